import { dayjs } from '../../lib/time';
import { kpiValue, meets, type KpiCheck, type KpiReport } from '../desk/kpis/model';

/** The KPIs charted month by month, in this order; the direct-settlement rate only for a point that settles. */
export const TREND_KPIS = ['AVERAGE_WAITING_MINUTES', 'AVERAGE_INSTANT_HANDLING_MINUTES', 'ONLINE_RATE', 'SATISFACTION_RATE', 'DIRECT_SETTLEMENT_RATE'] as const;

/** The `count` months ending with `month` (`yyyy-MM`), oldest first. */
export function monthsEndingWith(month: string, count: number): string[] {
  const last = dayjs(`${month}-01`);
  return Array.from({ length: count }, (_, i) => last.subtract(count - 1 - i, 'month').format('YYYY-MM'));
}

/** The period of a trend: the first day of its first month to the last day of its last. */
export function trendPeriod(months: readonly string[]): { from: string; to: string } {
  const first = months[0] ?? dayjs().format('YYYY-MM');
  const last = months[months.length - 1] ?? first;
  return { from: `${first}-01`, to: dayjs(`${last}-01`).endOf('month').format('YYYY-MM-DD') };
}

export interface TrendSeries {
  kpi: string;
  comparison: string;
  /** The standard, as evaluation-service's check names it (never a number of the console's own). */
  bound: number;
  /** One value per month, null for a month without data. */
  values: (number | null)[];
  /** Whether each month meets the standard, compared unrounded; null without data. */
  met: (boolean | null)[];
}

/**
 * The month-by-month series of each KPI the report checks, against the bound of that check. A KPI the service does not check
 * is not charted; the direct-settlement rate is left out when no month has data (a point that settles nothing).
 */
export function trendSeries(report: KpiReport, months: readonly string[]): TrendSeries[] {
  return TREND_KPIS.flatMap((kpi) => {
    const check: KpiCheck | undefined = report.checks.find((c) => c.kpi === kpi);
    if (!check) return [];
    const values = months.map((m) => kpiValue(kpi, report.months[m]));
    if (kpi === 'DIRECT_SETTLEMENT_RATE' && values.every((v) => v === null)) return [];
    return [{ kpi, comparison: check.comparison, bound: check.bound, values, met: values.map((v) => meets(v, check.comparison, check.bound)) }];
  });
}
