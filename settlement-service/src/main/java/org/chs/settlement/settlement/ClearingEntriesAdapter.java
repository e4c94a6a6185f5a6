package org.chs.settlement.settlement;

import org.chs.settlement.clearing.ClearingService;
import org.springframework.stereotype.Component;

/** The clearing port over {@link ClearingService}'s kept totals. */
@Component
class ClearingEntriesAdapter implements ClearingEntries {

    private final ClearingService clearing;

    ClearingEntriesAdapter(ClearingService clearing) {
        this.clearing = clearing;
    }

    @Override
    public void settled(String settlementId, String period, String payerRegion, String payeeRegion, long fundFen, long totalFen) {
        clearing.recordSettled(settlementId, period, payerRegion, payeeRegion, fundFen, totalFen);
    }

    @Override
    public void reversed(String settlementId, String period, String payerRegion, String payeeRegion, long fundFen, long totalFen) {
        clearing.recordReversed(settlementId, period, payerRegion, payeeRegion, fundFen, totalFen);
    }
}
