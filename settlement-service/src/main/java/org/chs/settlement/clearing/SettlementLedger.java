package org.chs.settlement.clearing;

import java.util.List;

/** Port: re-derives a month's clearing figures from the settlements themselves, for reconciliation (对总账). */
public interface SettlementLedger {

    /** Per region pair: settlements completed in the month, and reversals made in the month. */
    List<PairAmounts> recompute(String period);
}
