package org.chs.registry.servicepoint;

/** 合作机构类型 — the third-party organisations that run service points: partner banks and designated medical institutions. */
public enum PartnerKind {
    /** 合作银行 */
    BANK,
    /** 定点医疗机构 */
    HOSPITAL
}
