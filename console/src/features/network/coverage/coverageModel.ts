import type { CoverageParams, CoverageReport, CoverageVillage } from '../model';

/** The plan's aim (DOMAIN §2.1): every village within its service circle, 30 minutes county-wide and 15 in urban key areas. */
export const TARGET_PERCENT = 100;

/** The report's query: the county and only the what-if values the user set (the rest are the service's defaults). */
export function coverageQuery(countyCode: string, params: CoverageParams) {
  return {
    countyCode,
    detourFactor: params.detourFactor ?? undefined,
    ruralSpeedKmh: params.ruralSpeedKmh ?? undefined,
    urbanSpeedKmh: params.urbanSpeedKmh ?? undefined,
    pointTypes: params.pointTypes && params.pointTypes.length > 0 ? params.pointTypes.join(',') : undefined,
  };
}

/** Share of urban key-area villages within 15 minutes, from the report's own counts; null when the county has none. */
export function urbanSharePercent(report: CoverageReport): number | null {
  if (report.urbanKeyAreaVillages === 0) return null;
  return Math.round((report.coveredUrbanKeyAreaVillages * 10000) / report.urbanKeyAreaVillages) / 100;
}

/** The villages outside their circle, in the report's order (farthest first). */
export function uncovered(report: CoverageReport): CoverageVillage[] {
  return report.villageDetails.filter((v) => !v.covered);
}
