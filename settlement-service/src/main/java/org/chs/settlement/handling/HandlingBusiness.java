package org.chs.settlement.handling;

/** 办件业务 — which business of this service a handling did, so the daily list can lead to its filing or reimbursement. */
public enum HandlingBusiness {
    /** 异地就医备案: the handling made a filing (FIL-01 / FIL-02). */
    FILING,
    /** 撤销备案: the handling revoked a filing (under the filing's item). */
    FILING_REVOCATION,
    /** 零星报销: the handling reimbursed a bill paid out of pocket (RMB-01). */
    MANUAL_REIMBURSEMENT
}
