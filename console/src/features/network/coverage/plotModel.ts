import type { Area, CoverageVillage, ServicePoint } from '../model';

export interface PlotSeries {
  /** A point type, or 'covered' / 'uncovered' for villages. */
  key: string;
  kind: 'point' | 'village';
  /** [longitude, latitude, name] */
  data: [number, number, string][];
}

/**
 * Points coloured by type and village centroids split by the report's `covered`, on longitude/latitude. Villages the
 * report does not name (none in a consistent county) are left out rather than guessed.
 */
export function plotSeries(points: readonly ServicePoint[], villages: readonly Area[], report: readonly CoverageVillage[]): PlotSeries[] {
  const byType = new Map<string, [number, number, string][]>();
  for (const p of points) {
    if (!p.location) continue;
    const list = byType.get(p.type) ?? [];
    list.push([p.location.longitude, p.location.latitude, p.name]);
    byType.set(p.type, list);
  }
  const coverage = new Map(report.map((v) => [v.code, v.covered]));
  const covered: [number, number, string][] = [];
  const uncovered: [number, number, string][] = [];
  for (const v of villages) {
    const isCovered = coverage.get(v.code);
    if (!v.centroid || isCovered === undefined) continue;
    (isCovered ? covered : uncovered).push([v.centroid.longitude, v.centroid.latitude, v.name]);
  }
  return [
    ...[...byType.entries()].map(([key, data]) => ({ key, kind: 'point' as const, data })),
    { key: 'covered', kind: 'village', data: covered },
    { key: 'uncovered', kind: 'village', data: uncovered },
  ];
}
