package org.chs.settlement.policy;

/** 医院等级 — the hospital level the insured region's deductible and ratio depend on (一级/二级/三级). */
public enum HospitalLevel {
    LEVEL_1, LEVEL_2, LEVEL_3
}
