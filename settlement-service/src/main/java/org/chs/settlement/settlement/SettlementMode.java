package org.chs.settlement.settlement;

/** 结算方式 — at the hospital's cashier, or afterwards at a counter for a bill the person paid in full. */
public enum SettlementMode {
    /** 直接结算 — the hospital settles at discharge. */
    DIRECT,
    /** 零星报销 — manual reimbursement at a counter. */
    MANUAL
}
