import type { ServicePoint } from '../../api/endpoints/registry';
import { meets, type KpiCheck, type KpiFigures } from '../desk/kpis/model';

/** evaluation-service's KpiOverview: every point with data in the period, its totals and their checks. */
export interface KpiOverview {
  from: string;
  to: string;
  points: { servicePointId: string; totals: KpiFigures; checks: KpiCheck[] }[];
}

export const KPI_OVERVIEW_PATH = '/api/evaluation/kpis/service-points';

/** The KPIs the county overview ranks by: the four of the grassroots standard (the direct-settlement rate is a hospital's). */
export const RANKED_KPIS = ['AVERAGE_WAITING_MINUTES', 'AVERAGE_INSTANT_HANDLING_MINUTES', 'ONLINE_RATE', 'SATISFACTION_RATE'] as const;

export interface RankedPoint {
  servicePointId: string;
  point?: ServicePoint;
  totals?: KpiFigures;
  checks: KpiCheck[];
  /** How many of RANKED_KPIS the point meets, and how many it has data for. */
  met: number;
  measured: number;
  /** Competition rank (1, 2, 2, 4); null for a point without data in the period. */
  rank: number | null;
}

function countMet(checks: readonly KpiCheck[]): { met: number; measured: number } {
  let met = 0;
  let measured = 0;
  for (const kpi of RANKED_KPIS) {
    const check = checks.find((c) => c.kpi === kpi);
    const result = check ? meets(check.value, check.comparison, check.bound) : null;
    if (result !== null) measured++;
    if (result === true) met++;
  }
  return { met, measured };
}

const satisfaction = (p: RankedPoint) => p.totals?.satisfactionRatePercent ?? -1;

/**
 * 县域总览 — the county's points ranked: most standards met first, then the higher satisfaction rate (the citizens' own
 * verdict); points equal on both share a rank and are listed by handlings. Points the registry lists without data in the
 * period come last, unranked, so a silent point is seen rather than hidden.
 */
export function rankPoints(points: readonly ServicePoint[], overview: KpiOverview['points']): RankedPoint[] {
  const byId = new Map(overview.map((o) => [o.servicePointId, o]));
  const withData: RankedPoint[] = [];
  const without: RankedPoint[] = [];
  for (const point of points) {
    const data = byId.get(point.id);
    if (!data) {
      without.push({ servicePointId: point.id, point, checks: [], met: 0, measured: 0, rank: null });
      continue;
    }
    withData.push({ servicePointId: point.id, point, totals: data.totals, checks: data.checks, ...countMet(data.checks), rank: null });
  }
  withData.sort((a, b) => b.met - a.met || satisfaction(b) - satisfaction(a) || (b.totals?.handlings ?? 0) - (a.totals?.handlings ?? 0));
  withData.forEach((p, i) => {
    const previous = withData[i - 1];
    p.rank = previous && previous.met === p.met && satisfaction(previous) === satisfaction(p) ? previous.rank : i + 1;
  });
  return [...withData, ...without];
}
