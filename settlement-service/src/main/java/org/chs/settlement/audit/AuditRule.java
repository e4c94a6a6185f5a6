package org.chs.settlement.audit;

/** 智能审核规则 — the fund-supervision violations (DOMAIN §7) checked on every settlement. */
public enum AuditRule {
    /** 重复收费 (§7 #14) — the same item charged on the same day more often than allowed. */
    REPEAT_CHARGE,
    /** 分解住院 (§7 #23) — the same person admitted again within a few days of a discharge. */
    DECOMPOSED_HOSPITALISATION,
    /** 超量开药 / 超限 (§7 #27) — more of an item than the catalogue's per-bill quantity limit. */
    OVER_QUANTITY_LIMIT,
    /** 超医保限制用药 (§7 #3) — a restricted drug for a person without a qualification for one of its diseases. */
    RESTRICTED_DRUG_WITHOUT_QUALIFICATION,
    /**
     * 异地急诊抢救 without a filing — care outside the insured region settled as an emergency, which counts as filed and takes no
     * ratio reduction (DOMAIN Appendix C), on the hospital's word: the supervisors check the diagnosis against the record.
     */
    EMERGENCY_WITHOUT_FILING
}
