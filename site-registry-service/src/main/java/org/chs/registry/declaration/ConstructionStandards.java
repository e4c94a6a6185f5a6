package org.chs.registry.declaration;

/**
 * 示范点建设标准 — the numbers of the grassroots demonstration-site construction standard that the registry can check from what it
 * knows (DOMAIN §3.2, [004 L91–L99]); configurable because the county may tighten them ({@code chs.declaration.standards.*},
 * bound by {@code config.ConstructionStandardsProperties}).
 *
 * @param minFloorAreaSquareMetres "一般不少于150平方米"; villages and communities may relax it
 * @param minSelfServiceMachines   "不少于2台"
 * @param minStaff                 "一般至少配备3-5名": at least 3
 * @param minStaffSmallPopulation  2 where the population is under {@code smallPopulationBelow}
 * @param smallPopulationBelow     "不足5万人"
 */
public record ConstructionStandards(int minFloorAreaSquareMetres, int minSelfServiceMachines, int minStaff,
                                    int minStaffSmallPopulation, long smallPopulationBelow) {
}
