package org.chs.settlement.settlement;

/**
 * 就医依据 — on what footing care outside the insured region is paid, which decides the ratio reduction (DOMAIN Appendix C).
 */
public enum CareBasis {
    /** Care inside the insured region: no filing needed, no reduction. */
    LOCAL,
    /** 异地长期居住 filing (relocated retiree, long-term resident, posted worker): no reduction. */
    LONG_TERM,
    /** 异地转诊 filing: the referral reduction. */
    REFERRAL,
    /** 异地急诊抢救: counts as filed, no reduction, with or without a filing. */
    EMERGENCY,
    /** 其他临时外出就医 filing: the reduction for temporary care without referral. */
    OTHER_TEMPORARY
}
