package org.chs.registry.declaration;

import java.util.EnumSet;
import java.util.Set;

import org.chs.registry.servicepoint.ServicePointType;

/**
 * 示范点类型 — the kinds of demonstration site (DOMAIN §4.1), each with the point types that may be declared in it and the
 * standard the site is built and scored against.
 */
public enum DemonstrationCategory {

    /** 医保基层服务(乡镇)示范点 */
    GRASSROOTS_TOWNSHIP(EnumSet.of(ServicePointType.TOWNSHIP_STATION), NominationGroup.GRASSROOTS),
    /** 医保基层服务(村、社区)示范点 — the construction standard may be relaxed for villages and communities */
    GRASSROOTS_VILLAGE(EnumSet.of(ServicePointType.VILLAGE_STATION, ServicePointType.COMMUNITY_STATION), NominationGroup.GRASSROOTS),
    /** 医保定点医疗机构示范点 */
    MEDICAL_INSTITUTION(EnumSet.of(ServicePointType.HOSPITAL_WINDOW), NominationGroup.MEDICAL_INSTITUTION),
    /** "医银合作"服务示范点 — standards "to be formulated separately" (DOMAIN §2.3) */
    BANK_COOPERATION(EnumSet.of(ServicePointType.BANK_BRANCH), NominationGroup.BANK_COOPERATION);

    private final Set<ServicePointType> pointTypes;
    private final NominationGroup nominationGroup;

    DemonstrationCategory(Set<ServicePointType> pointTypes, NominationGroup nominationGroup) {
        this.pointTypes = pointTypes;
        this.nominationGroup = nominationGroup;
    }

    public boolean accepts(ServicePointType type) {
        return pointTypes.contains(type);
    }

    public Set<ServicePointType> pointTypes() {
        return EnumSet.copyOf(pointTypes);
    }

    public NominationGroup nominationGroup() {
        return nominationGroup;
    }

    public boolean grassroots() {
        return nominationGroup == NominationGroup.GRASSROOTS;
    }
}
