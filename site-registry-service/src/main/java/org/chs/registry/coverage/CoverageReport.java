package org.chs.registry.coverage;

import java.math.BigDecimal;
import java.util.List;

/** 服务圈覆盖报告 — for one county, which villages (and how many people) have an active service point within their circle. */
public record CoverageReport(String countyCode, String countyName, TravelModel travelModel, int activePoints, int villages,
                             int coveredVillages, BigDecimal villageSharePercent, long population, long coveredPopulation,
                             BigDecimal populationSharePercent, int urbanKeyAreaVillages, int coveredUrbanKeyAreaVillages,
                             List<VillageCoverage> villageDetails) {
}
