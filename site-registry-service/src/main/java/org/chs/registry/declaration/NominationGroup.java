package org.chs.registry.declaration;

/**
 * 推荐名额类别 — how nomination quotas are counted: the source nominates "1 grassroots site" (township or village alike) and
 * "1 DMI site" from the first county batch to the city (DOMAIN §4.1).
 */
public enum NominationGroup {
    /** 基层示范点 (乡镇、村(社区)) */
    GRASSROOTS,
    /** 定点医疗机构示范点 */
    MEDICAL_INSTITUTION,
    /** "医银合作"服务示范点 */
    BANK_COOPERATION
}
