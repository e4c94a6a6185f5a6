import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Caller } from '../../auth/caller';
import { fakeApi, jsonResponse, renderWithProviders } from '../../test/render';
import type { KpiCheck, KpiFigures } from '../desk/kpis/model';
import KpisPage from './KpisPage';

vi.setConfig({ testTimeout: 60_000 });

vi.mock('echarts-for-react/esm/core', () => ({
  default: ({ option }: { option: { xAxis: { data: string[] }; series: { data: (number | { value: number | string })[]; markLine?: { data: { yAxis: number }[] } }[] } }) => (
    <div
      data-testid="chart"
      data-labels={option.xAxis.data.join('|')}
      data-values={option.series[0]?.data.map((d) => (typeof d === 'object' ? d.value : d)).join('|')}
      data-bound={option.series[0]?.markLine?.data[0]?.yAxis}
    />
  ),
}));

const ADMIN: Caller = { username: 'admin', displayName: '医保局管理员', roles: ['agency-admin'] };

const figures = (handlings: number, satisfaction: number | null, bad = 0) =>
  ({ handlings, byChannel: { COUNTER: handlings }, byItem: {}, satisfactionRatePercent: satisfaction, badReviews: bad, unrectifiedBadReviews: bad, reviews: 3 }) as unknown as KpiFigures;

const checks = (waiting: number, satisfaction: number | null): KpiCheck[] => [
  { kpi: 'AVERAGE_WAITING_MINUTES', value: waiting, comparison: '<=', bound: 15, met: waiting <= 15 },
  { kpi: 'AVERAGE_INSTANT_HANDLING_MINUTES', value: 5, comparison: '<=', bound: 10, met: true },
  { kpi: 'ONLINE_RATE', value: 10, comparison: '>=', bound: 80, met: false },
  { kpi: 'SATISFACTION_RATE', value: satisfaction, comparison: '>=', bound: 88, met: satisfaction == null ? null : satisfaction >= 88 },
];

function server() {
  return fakeApi(({ url }) => {
    if (url.startsWith('/api/registry/areas')) return jsonResponse(200, { items: [{ code: '330127', name: '淳安县', level: 'COUNTY' }], page: 0, size: 200, hasNext: false });
    if (url.startsWith('/api/registry/service-points?')) {
      return jsonResponse(200, {
        items: [
          { id: 'sp-fenkou-township', name: '汾口镇便民服务中心', type: 'TOWNSHIP_STATION', areaCode: '330127107' },
          { id: 'sp-fenkou-village', name: '赋溪村医保服务点', type: 'VILLAGE_STATION', areaCode: '330127107201' },
          { id: 'sp-silent', name: '无数据服务点', type: 'VILLAGE_STATION', areaCode: '330127107202' },
        ],
        page: 0,
        size: 100,
        hasNext: false,
      });
    }
    if (url.startsWith('/api/registry/service-points/')) return jsonResponse(200, { id: 'sp-fenkou-village', name: '赋溪村医保服务点', type: 'VILLAGE_STATION', areaCode: '330127107201' });
    if (url.startsWith('/api/evaluation/kpis/service-points?')) {
      return jsonResponse(200, {
        from: '2026-06-01',
        to: '2026-06-30',
        points: [
          { servicePointId: 'sp-fenkou-township', totals: figures(40, 80, 2), checks: checks(20, 80) },
          { servicePointId: 'sp-fenkou-village', totals: figures(12, 95), checks: checks(8, 95) },
        ],
      });
    }
    if (url.startsWith('/api/evaluation/kpis/service-points/')) {
      return jsonResponse(200, { servicePointId: 'sp-fenkou-village', from: '', to: '', totals: figures(12, 95), checks: checks(8, 95), months: {} });
    }
    return jsonResponse(404, {});
  });
}

describe('KpisPage (agency)', () => {
  it("ranks the county's points by the standards they meet, charts one KPI against the service's bound, and lists silent points last", async () => {
    const { api, calls } = server();
    renderWithProviders(<KpisPage />, { api, caller: ADMIN, route: '/kpis', path: '/kpis' });
    const village = await screen.findByRole('button', { name: '赋溪村医保服务点' });
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual(['1', '2', '—']);
    expect(within(rows[0]!).getByText('3 / 4')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('2 条未整改')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('无数据服务点')).toBeInTheDocument();
    expect(calls.map((c) => c.url)).toContain('/api/registry/service-points?areaCode=330127&page=0&size=100');
    expect(calls.find((c) => c.url.startsWith('/api/evaluation/kpis/service-points?'))?.url).toMatch(/from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-\d{2}$/);

    const chart = within(screen.getByRole('img', { name: '满意率（标准 ≥ 88%）' })).getByTestId('chart');
    expect(chart).toHaveAttribute('data-labels', '赋溪村医保服务点|汾口镇便民服务中心');
    expect(chart).toHaveAttribute('data-values', '95|80');
    expect(chart).toHaveAttribute('data-bound', '88');

    await userEvent.click(village);
    await waitFor(() => expect(calls.map((c) => c.url).some((u) => u.startsWith('/api/evaluation/kpis/service-points/sp-fenkou-village?'))).toBe(true));
    expect(await screen.findByText('网点考核指标 · 赋溪村医保服务点')).toBeInTheDocument();
  });
});
