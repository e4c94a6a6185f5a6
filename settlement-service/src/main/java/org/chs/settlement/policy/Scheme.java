package org.chs.settlement.policy;

/** 险种 — the basic medical-insurance scheme a person is insured under. */
public enum Scheme {
    /** 职工基本医疗保险. */
    EMPLOYEE,
    /** 城乡居民基本医疗保险. */
    URBAN_RURAL_RESIDENT
}
