package org.chs.settlement.clearing;

import java.util.List;

/**
 * 对总账 — the month's kept totals compared with totals recomputed from the settlements.
 *
 * @param consistent  no difference at all
 * @param differences each pair and figure that differs
 */
public record Reconciliation(String period, int pairsKept, int pairsRecomputed, boolean consistent, List<Difference> differences) {

    /** One figure of one pair that differs. */
    public record Difference(String payerRegion, String payeeRegion, String figure, long kept, long recomputed) {
    }
}
