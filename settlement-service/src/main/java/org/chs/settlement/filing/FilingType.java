package org.chs.settlement.filing;

import org.chs.settlement.handling.ItemCodes;

/** 备案类型 — why a person is treated outside the insured region (DOMAIN Appendix C). */
public enum FilingType {
    /** 异地安置退休人员. */
    RELOCATED_RETIREE(true),
    /** 异地长期居住人员. */
    LONG_TERM_RESIDENT(true),
    /** 常驻异地工作人员. */
    POSTED_WORKER(true),
    /** 异地转诊人员. */
    REFERRAL(false),
    /** 异地急诊抢救人员 — treated as filed even without one. */
    EMERGENCY(false),
    /** 其他临时外出就医人员. */
    OTHER_TEMPORARY(false);

    private final boolean longTerm;

    FilingType(boolean longTerm) {
        this.longTerm = longTerm;
    }

    public boolean longTerm() {
        return longTerm;
    }

    /** FIL-01 for long-term filings, FIL-02 for temporary ones. */
    public String itemCode() {
        return longTerm ? ItemCodes.LONG_TERM_FILING : ItemCodes.TEMPORARY_FILING;
    }
}
