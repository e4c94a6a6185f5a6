import { describe, expect, it } from 'vitest';
import type { KpiCheck, KpiFigures } from '../desk/kpis/model';
import { rankPoints } from './ranking';
import { niceCeiling, thresholdOption } from './ThresholdChart';
import { monthsEndingWith, trendPeriod, trendSeries } from './trend';

const point = (id: string) => ({ id, name: `网点${id}`, type: 'VILLAGE_STATION', areaCode: '330127' });

function checks(waiting: number | null, instant: number | null, online: number | null, satisfaction: number | null): KpiCheck[] {
  return [
    { kpi: 'AVERAGE_WAITING_MINUTES', value: waiting, comparison: '<=', bound: 15, met: null },
    { kpi: 'AVERAGE_INSTANT_HANDLING_MINUTES', value: instant, comparison: '<=', bound: 10, met: null },
    { kpi: 'ONLINE_RATE', value: online, comparison: '>=', bound: 80, met: null },
    { kpi: 'SATISFACTION_RATE', value: satisfaction, comparison: '>=', bound: 90, met: null },
    { kpi: 'DIRECT_SETTLEMENT_RATE', value: null, comparison: '>=', bound: 90, met: null },
  ];
}

const totals = (handlings: number, satisfaction: number | null) => ({ handlings, satisfactionRatePercent: satisfaction }) as KpiFigures;

describe('rankPoints', () => {
  it('ranks by standards met, then satisfaction; equals share a rank; points without data come last, unranked', () => {
    const ranked = rankPoints(
      [point('a'), point('b'), point('c'), point('d'), point('silent')],
      [
        { servicePointId: 'a', totals: totals(10, 95), checks: checks(20, 5, 50, 95) }, // 2 met
        { servicePointId: 'b', totals: totals(30, 92), checks: checks(10, 5, 85, 92) }, // 4 met
        { servicePointId: 'c', totals: totals(50, 95), checks: checks(15.01, 5, 50, 95) }, // 2 met, same satisfaction as a
        { servicePointId: 'd', totals: totals(5, null), checks: checks(5, null, 90, null) }, // 2 met of 2 measured, no reviews
        { servicePointId: 'elsewhere', totals: totals(5, 100), checks: checks(1, 1, 100, 100) }, // not in this county
      ],
    );
    expect(ranked.map((p) => [p.servicePointId, p.rank, p.met, p.measured])).toEqual([
      ['b', 1, 4, 4],
      ['c', 2, 2, 4],
      ['a', 2, 2, 4],
      ['d', 4, 2, 2],
      ['silent', null, 0, 0],
    ]);
  });
});

describe('trend', () => {
  it('spans the twelve months ending with the chosen one, across a year boundary', () => {
    const months = monthsEndingWith('2026-02', 12);
    expect(months[0]).toBe('2025-03');
    expect(months[11]).toBe('2026-02');
    expect(trendPeriod(months)).toEqual({ from: '2025-03-01', to: '2026-02-28' });
  });

  it("takes each KPI's bound from the service's check and compares each month unrounded", () => {
    const report = {
      servicePointId: 'sp',
      from: '2026-01-01',
      to: '2026-03-31',
      totals: {} as KpiFigures,
      checks: [{ kpi: 'ONLINE_RATE', value: 80, comparison: '>=', bound: 82, met: false }],
      months: { '2026-01': { onlineRatePercent: 81.99 } as KpiFigures, '2026-03': { onlineRatePercent: 82 } as KpiFigures },
    };
    expect(trendSeries(report, ['2026-01', '2026-02', '2026-03'])).toEqual([
      { kpi: 'ONLINE_RATE', comparison: '>=', bound: 82, values: [81.99, null, 82], met: [false, null, true] },
    ]);
  });
});

describe('thresholdOption', () => {
  it("reaches the bound on the axis even without data, so the standard's line is drawn", () => {
    const option = thresholdOption({ labels: ['2026-01'], values: [null], met: [null], bound: 15, boundLabel: '标准 ≤ 15分钟', name: '平均等候时间' }, 'line') as {
      yAxis: { max: (extent: { max: number }) => number };
    };
    expect(option.yAxis.max({ max: -Infinity })).toBe(20);
    expect(option.yAxis.max({ max: 95 })).toBe(120);
    expect(niceCeiling(16.5)).toBe(20);
    expect(niceCeiling(99)).toBe(100);
  });
});
