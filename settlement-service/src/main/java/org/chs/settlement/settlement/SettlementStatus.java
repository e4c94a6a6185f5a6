package org.chs.settlement.settlement;

/**
 * 结算状态. CLAIMED: the bill number is taken and the settlement is being made; COMPLETED; REVERSED (冲正); ABANDONED: an
 * attempt that failed or timed out after claiming, whose reservation is released — a retry of the bill may take it over;
 * VOIDED: a reversal arrived for a bill never settled (a hospital reversing a timed-out request that had not reached us), so
 * the number is void and a late settlement request under it is refused.
 */
public enum SettlementStatus {
    CLAIMED, COMPLETED, REVERSED, ABANDONED, VOIDED
}
