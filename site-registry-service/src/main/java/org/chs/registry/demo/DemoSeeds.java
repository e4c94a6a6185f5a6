package org.chs.registry.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.chs.registry.area.AreaLevel;
import org.chs.registry.catalogue.CatalogueEntry;
import org.chs.registry.servicepoint.FunctionalZone;
import org.chs.registry.servicepoint.OpeningPeriod;
import org.chs.registry.servicepoint.PartnerOrganisation;
import org.chs.registry.servicepoint.ServicePointType;

/** 演示数据文件 — the shapes of the demo JSON files under {@code classpath:demo/}. */
final class DemoSeeds {

    private DemoSeeds() {
    }

    /** {@code demo/catalogue.json} */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CatalogueSeed(List<CatalogueEntry> entries) {
    }

    /** {@code demo/chunan-county.json} */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CountySeed(List<AreaSeed> areas, List<PointSeed> servicePoints) {
    }

    record AreaSeed(String code, String name, AreaLevel level, String parentCode, long population, double latitude, double longitude,
                    boolean urbanKeyArea) {
    }

    record PointSeed(String id, ServicePointType type, String areaCode, String name, String address, double latitude, double longitude,
                     PartnerOrganisation partner, BigDecimal floorAreaSquareMetres, int staffCount, int selfServiceMachines,
                     Set<FunctionalZone> zones, List<OpeningPeriod> openingHours) {
    }
}
