package org.chs.registry.coverage.web;

import java.math.BigDecimal;
import java.util.List;

import org.chs.registry.coverage.CoverageReport;
import org.chs.registry.coverage.TravelModel;
import org.chs.registry.coverage.VillageCoverage;
import org.chs.registry.servicepoint.ServicePointType;

/** 服务圈覆盖报告 — the coverage report as the API shows it, with the travel model it was computed with. */
record CoverageReportResponse(String countyCode, String countyName, Model travelModel, int activePoints, int villages, int coveredVillages,
                              BigDecimal villageSharePercent, long population, long coveredPopulation, BigDecimal populationSharePercent,
                              int urbanKeyAreaVillages, int coveredUrbanKeyAreaVillages, List<Village> villageDetails) {

    /** The assumptions: minutes = haversine km × detourFactor ÷ speed × 60. */
    record Model(String formula, double detourFactor, double ruralSpeedKmh, double urbanSpeedKmh, int countyWideMinutes,
                 int urbanKeyAreaMinutes) {

        static Model of(TravelModel m) {
            return new Model("minutes = haversine km × detourFactor ÷ speed km/h × 60", m.detourFactor(), m.ruralSpeedKmh(),
                    m.urbanSpeedKmh(), m.countyWideMinutes(), m.urbanKeyAreaMinutes());
        }
    }

    /** One village or community with its nearest active point. */
    record Village(String code, String name, String townshipCode, long population, boolean urbanKeyArea, int circleMinutes,
                   boolean covered, String nearestPointId, String nearestPointName, ServicePointType nearestPointType, Double distanceKm,
                   Double travelMinutes) {

        static Village of(VillageCoverage v) {
            return new Village(v.code(), v.name(), v.townshipCode(), v.population(), v.urbanKeyArea(), v.circleMinutes(), v.covered(),
                    v.nearestPointId(), v.nearestPointName(), v.nearestPointType(), v.distanceKm(), v.travelMinutes());
        }
    }

    static CoverageReportResponse of(CoverageReport r, boolean uncoveredOnly) {
        return new CoverageReportResponse(r.countyCode(), r.countyName(), Model.of(r.travelModel()), r.activePoints(), r.villages(),
                r.coveredVillages(), r.villageSharePercent(), r.population(), r.coveredPopulation(), r.populationSharePercent(),
                r.urbanKeyAreaVillages(), r.coveredUrbanKeyAreaVillages(),
                r.villageDetails().stream().filter(v -> !uncoveredOnly || !v.covered()).map(Village::of).toList());
    }
}
