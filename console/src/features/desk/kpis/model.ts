import { agencyToday, dayjs } from '../../../lib/time';

/** evaluation-service's KpiFigures: sums of a point's day buckets; an average or rate is null without data, never 0. */
export interface KpiFigures {
  handlings: number;
  byChannel: Record<string, number>;
  /** Handlings per catalogue item code (UNKNOWN: the producer sent none); absent from services older than it. */
  byItem?: Record<string, number>;
  instantHandlings: number;
  averageInstantHandlingMinutes: number | null;
  waits: number;
  averageWaitingMinutes: number | null;
  onlineHandlings: number;
  onlineRatePercent: number | null;
  reviews: number;
  reviewsByLevel: Record<string, number>;
  satisfiedReviews: number;
  satisfactionRatePercent: number | null;
  badReviews: number;
  unrectifiedBadReviews: number;
  directSettlements: number;
  manualSettlements: number;
  directSettlementRatePercent: number | null;
  bankHandlings: number;
}

/** KpiCheck: a KPI against the standard the service is configured with (the source's 10 / 15 / 80 / 90 by default). */
export interface KpiCheck {
  kpi: string;
  value: number | null;
  comparison: '<=' | '>=' | string;
  bound: number;
  met: boolean | null;
  source?: string | null;
}

export interface KpiReport {
  servicePointId: string;
  from: string;
  to: string;
  totals: KpiFigures;
  checks: KpiCheck[];
  months: Record<string, KpiFigures>;
}

/** The figure each KPI check (and each metric item of a standard) compares: KpiFigures.metrics() of evaluation-service. */
export const KPI_FIELDS: Readonly<Record<string, keyof KpiFigures>> = {
  AVERAGE_INSTANT_HANDLING_MINUTES: 'averageInstantHandlingMinutes',
  AVERAGE_WAITING_MINUTES: 'averageWaitingMinutes',
  ONLINE_RATE: 'onlineRatePercent',
  SATISFACTION_RATE: 'satisfactionRatePercent',
  DIRECT_SETTLEMENT_RATE: 'directSettlementRatePercent',
  BANK_HANDLINGS: 'bankHandlings',
};

/** The value of a KPI in some figures; null without data or for a KPI this console does not know. */
export function kpiValue(kpi: string | null | undefined, figures: KpiFigures | undefined): number | null {
  const field = kpi ? KPI_FIELDS[kpi] : undefined;
  if (!field || !figures) return null;
  const value = figures[field];
  return typeof value === 'number' ? value : null;
}

export const kpiPath = (servicePointId: string) => `/api/evaluation/kpis/service-points/${encodeURIComponent(servicePointId)}`;

/** This month in the agency's zone (Asia/Shanghai), `yyyy-MM`. */
export function currentMonth(now: Date = new Date()): string {
  return agencyToday(now).slice(0, 7);
}

/** The first and last day of a month, as the KPI period `from`/`to` (inclusive local days). */
export function monthRange(month: string): { from: string; to: string } {
  const first = dayjs(`${month}-01`);
  return { from: first.format('YYYY-MM-DD'), to: first.endOf('month').format('YYYY-MM-DD') };
}

/**
 * Whether a value meets its standard, compared as the service sent it (never after rounding for display: 79.96 % is not
 * 80 %, and 15.01 minutes is more than 15). Null without data; null for a comparison this console does not know.
 */
export function meets(value: number | null | undefined, comparison: string, bound: number): boolean | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  if (comparison === '<=') return value <= bound;
  if (comparison === '>=') return value >= bound;
  return null;
}

/** One decimal for display only. */
export function displayNumber(value: number, digits = 1): string {
  return value.toFixed(digits);
}
