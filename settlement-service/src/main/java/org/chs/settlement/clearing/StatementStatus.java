package org.chs.settlement.clearing;

/** 清算单状态 — issued by the run, confirmed by the insuring (paying) region. */
public enum StatementStatus {
    ISSUED, CONFIRMED
}
