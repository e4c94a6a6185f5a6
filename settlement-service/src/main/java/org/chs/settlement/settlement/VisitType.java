package org.chs.settlement.settlement;

/** 就诊类型 — what kind of care a bill is for. */
public enum VisitType {
    /** 住院. */
    INPATIENT,
    /** 门诊慢特病 — outpatient chronic or special disease; needs a qualification in force for the disease. */
    OUTPATIENT_CHRONIC_SPECIAL
}
