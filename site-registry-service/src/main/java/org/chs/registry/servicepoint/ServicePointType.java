package org.chs.registry.servicepoint;

import java.util.EnumSet;
import java.util.Set;

import org.chs.registry.area.AreaLevel;

/**
 * 服务网点类型 — the kinds of points of the three-tier network and its third-party supplements (DOMAIN §2.2): which area level
 * a point sits in and which partner organisation runs it.
 */
public enum ServicePointType {

    /** 县行政服务中心医保窗口 — the county window; handles the whole county list. */
    COUNTY_HALL(EnumSet.of(AreaLevel.COUNTY), null),
    /** 乡镇(街道)基层服务点 */
    TOWNSHIP_STATION(EnumSet.of(AreaLevel.TOWNSHIP), null),
    /** 村基层服务点 */
    VILLAGE_STATION(EnumSet.of(AreaLevel.VILLAGE), null),
    /** 社区基层服务点 */
    COMMUNITY_STATION(EnumSet.of(AreaLevel.VILLAGE), null),
    /** 合作银行网点 (医银合作) */
    BANK_BRANCH(EnumSet.of(AreaLevel.COUNTY, AreaLevel.TOWNSHIP, AreaLevel.VILLAGE), PartnerKind.BANK),
    /** 定点医疗机构医保服务专窗 */
    HOSPITAL_WINDOW(EnumSet.of(AreaLevel.COUNTY, AreaLevel.TOWNSHIP, AreaLevel.VILLAGE), PartnerKind.HOSPITAL);

    private final Set<AreaLevel> areaLevels;
    private final PartnerKind partnerKind;

    ServicePointType(Set<AreaLevel> areaLevels, PartnerKind partnerKind) {
        this.areaLevels = areaLevels;
        this.partnerKind = partnerKind;
    }

    /** The area levels a point of this type may belong to. */
    public Set<AreaLevel> areaLevels() {
        return EnumSet.copyOf(areaLevels);
    }

    /** The kind of partner that must run a point of this type, or {@code null} for the agency's own points. */
    public PartnerKind partnerKind() {
        return partnerKind;
    }

    /** Township, village and community points: the grassroots (基层) the 30 % rule and the grassroots standards apply to. */
    public boolean grassroots() {
        return this == TOWNSHIP_STATION || this == VILLAGE_STATION || this == COMMUNITY_STATION;
    }
}
