package org.chs.settlement.handling;

/** The catalogue items (事项) this service's handlings fall under. */
public final class ItemCodes {

    /** 异地长期居住人员备案 — long-term filing (relocated retirees, long-term residents, posted workers). */
    public static final String LONG_TERM_FILING = "FIL-01";
    /** 临时外出就医人员备案 — temporary filing (referral, emergency, other). */
    public static final String TEMPORARY_FILING = "FIL-02";
    /** 零星报销 — manual reimbursement of a bill paid out of pocket. */
    public static final String MANUAL_REIMBURSEMENT = "RMB-01";

    private ItemCodes() {
    }
}
