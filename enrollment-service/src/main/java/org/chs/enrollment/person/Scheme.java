package org.chs.enrollment.person;

/** 险种 — the basic medical-insurance scheme a person is enrolled in. */
public enum Scheme {
    /** 城镇职工基本医疗保险 — employee basic medical insurance, through an employer. */
    EMPLOYEE,
    /** 城乡居民基本医疗保险 — urban-rural resident medical insurance, paid by the resident each year. */
    URBAN_RURAL_RESIDENT
}
