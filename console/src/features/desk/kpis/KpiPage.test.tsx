import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse, renderWithProviders, VILLAGE_CLERK } from '../../../test/render';
import KpiPage from './KpiPage';
import { meets, monthRange, type KpiFigures, type KpiReport } from './model';

// Tables and dialogs of Ant Design render slowly in jsdom, more so on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

vi.mock('echarts-for-react/esm/core', () => ({
  default: ({ option }: { option: { xAxis: { data: string[] }; series: { data: (number | { value: number | string; itemStyle: { color: string } })[]; markLine?: { data: { yAxis: number }[] } }[] } }) => (
    <div
      data-testid="chart"
      data-labels={option.xAxis.data.join('|')}
      data-values={option.series[0]?.data.map((d) => (typeof d === 'object' ? d.value : d)).join('|')}
      data-colours={option.series[0]?.data.map((d) => (typeof d === 'object' ? d.itemStyle.color : '')).join('|')}
      data-bound={option.series[0]?.markLine?.data[0]?.yAxis}
    />
  ),
}));

/** The chart inside the figure of that name (each chart is an image labelled by its title). */
async function chartNamed(name: string | RegExp) {
  return within(await screen.findByRole('img', { name })).getByTestId('chart');
}

function figures(overrides: Partial<KpiFigures> = {}): KpiFigures {
  return {
    handlings: 50,
    byChannel: { COUNTER: 10, SELF_SERVICE: 40 },
    instantHandlings: 30,
    averageInstantHandlingMinutes: 10.01,
    waits: 10,
    averageWaitingMinutes: 12.5,
    byItem: { 'ENR-02': 30, 'PAY-01': 15, UNKNOWN: 5 },
    onlineHandlings: 40,
    onlineRatePercent: 79.96,
    reviews: 13,
    reviewsByLevel: { SATISFIED: 12, DISSATISFIED: 1 },
    satisfiedReviews: 12,
    satisfactionRatePercent: 92.31,
    badReviews: 1,
    unrectifiedBadReviews: 1,
    directSettlements: 0,
    manualSettlements: 0,
    directSettlementRatePercent: null,
    bankHandlings: 0,
    ...overrides,
  };
}

function report(from: string, to: string, totals = figures()): KpiReport {
  return {
    servicePointId: 'sp-fenkou-village',
    from,
    to,
    totals,
    checks: [
      { kpi: 'AVERAGE_INSTANT_HANDLING_MINUTES', value: totals.averageInstantHandlingMinutes, comparison: '<=', bound: 10, met: false, source: '[004 L75]' },
      { kpi: 'AVERAGE_WAITING_MINUTES', value: totals.averageWaitingMinutes, comparison: '<=', bound: 15, met: true, source: '[004 L75]' },
      { kpi: 'ONLINE_RATE', value: totals.onlineRatePercent, comparison: '>=', bound: 80, met: false, source: '[004 L81]' },
      { kpi: 'SATISFACTION_RATE', value: totals.satisfactionRatePercent, comparison: '>=', bound: 90, met: totals.satisfactionRatePercent == null ? null : true, source: '[004 L141]' },
      { kpi: 'DIRECT_SETTLEMENT_RATE', value: totals.directSettlementRatePercent, comparison: '>=', bound: 90, met: null, source: '[004 L47]' },
    ],
    months: {},
  };
}

function kpiServer(totals?: KpiFigures) {
  return fakeApi(({ url }) => {
    if (url.startsWith('/api/registry/service-points/')) return jsonResponse(200, { id: 'sp-fenkou-village', name: '汾口镇汾口村服务站', type: 'VILLAGE_STATION', areaCode: '330127' });
    if (url.startsWith('/api/registry/catalogue/items')) return jsonResponse(200, { version: 1, items: [{ code: 'ENR-02', name: '城乡居民参保登记' }, { code: 'PAY-01', name: '参保缴费' }] });
    const match = /from=([\d-]+)&to=([\d-]+)/.exec(url);
    const answer = report(match?.[1] ?? '', match?.[2] ?? '', totals);
    // the twelve-month trend: two months with data, one meeting the waiting standard and one not
    if (match?.[1] !== undefined && match[1].slice(0, 7) !== match[2]?.slice(0, 7)) {
      answer.months = { '2026-04': figures({ averageWaitingMinutes: 15.01 }), '2026-06': figures({ averageWaitingMinutes: 9 }) };
    }
    return jsonResponse(200, answer);
  });
}

describe('KpiPage', () => {
  beforeEach(() => {
    // 01:30 on 1 June in Shanghai is still 31 May in UTC: the default month is the agency's, not the browser's.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-05-31T17:30:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it("asks for the clerk's own point over this month in Asia/Shanghai", async () => {
    const { api, calls } = kpiServer();
    renderWithProviders(<KpiPage />, { api, caller: VILLAGE_CLERK });
    await screen.findByTestId('kpi-ONLINE_RATE');
    const kpiCall = calls.find((c) => c.url.startsWith('/api/evaluation/kpis/'));
    expect(kpiCall).toMatchObject({ method: 'GET', url: '/api/evaluation/kpis/service-points/sp-fenkou-village?from=2026-06-01&to=2026-06-30' });
    expect(kpiCall?.headers.Authorization).toBe('Bearer test-token');
    expect(await screen.findByText('网点考核指标 · 汾口镇汾口村服务站')).toBeInTheDocument();
  });

  it('colours each KPI by its standard, compared unrounded: 79.96 % shows as 80.0 % and is not met', async () => {
    const { api } = kpiServer();
    renderWithProviders(<KpiPage />, { api });
    const online = await screen.findByTestId('kpi-ONLINE_RATE');
    expect(online).toHaveAttribute('data-met', 'false');
    expect(within(online).getByText('80.0')).toBeInTheDocument();
    expect(within(online).getByText('未达标')).toBeInTheDocument();
    expect(within(online).getByText('标准 ≥ 80%')).toBeInTheDocument();
    expect(within(online).getByText('网上及自助办理 40 笔 / 全部办件 50 笔')).toBeInTheDocument();

    const instant = screen.getByTestId('kpi-AVERAGE_INSTANT_HANDLING_MINUTES');
    expect(instant).toHaveAttribute('data-met', 'false');
    expect(within(instant).getByText('10.0')).toBeInTheDocument();
    expect(within(instant).getByText('未达标')).toBeInTheDocument();

    const waiting = screen.getByTestId('kpi-AVERAGE_WAITING_MINUTES');
    expect(waiting).toHaveAttribute('data-met', 'true');
    expect(within(waiting).getByText('12.5')).toBeInTheDocument();
    expect(within(waiting).getByText('达标')).toBeInTheDocument();
    expect(within(waiting).getByText('标准 ≤ 15分钟')).toBeInTheDocument();

    const satisfaction = screen.getByTestId('kpi-SATISFACTION_RATE');
    expect(satisfaction).toHaveAttribute('data-met', 'true');
    expect(within(satisfaction).getByText('92.3')).toBeInTheDocument();

    // A point that settles nothing has no direct-settlement card.
    expect(screen.queryByTestId('kpi-DIRECT_SETTLEMENT_RATE')).not.toBeInTheDocument();
  });

  it('says "no data" rather than 0 when a rate has no denominator', async () => {
    const { api } = kpiServer(figures({ reviews: 0, satisfiedReviews: 0, satisfactionRatePercent: null, reviewsByLevel: {} }));
    renderWithProviders(<KpiPage />, { api });
    const satisfaction = await screen.findByTestId('kpi-SATISFACTION_RATE');
    expect(satisfaction).toHaveAttribute('data-met', 'none');
    expect(within(satisfaction).getAllByText('无数据').length).toBeGreaterThan(0);
  });

  it('charts handlings by channel, largest first', async () => {
    const { api } = kpiServer();
    renderWithProviders(<KpiPage />, { api });
    const chart = await chartNamed('办件量（按办理渠道）');
    expect(chart).toHaveAttribute('data-labels', '自助终端|窗口');
    expect(chart).toHaveAttribute('data-values', '40|10');
  });

  it('charts handlings by item with the catalogue names, largest first', async () => {
    const { api } = kpiServer();
    renderWithProviders(<KpiPage />, { api });
    const chart = await chartNamed('办件量（按服务事项）');
    await waitFor(() => expect(chart).toHaveAttribute('data-labels', 'ENR-02 城乡居民参保登记|PAY-01 参保缴费|未注明事项'));
    expect(chart).toHaveAttribute('data-values', '30|15|5');
  });

  it("charts the twelve months up to the chosen one against the service's bound, each month coloured by it", async () => {
    const { api, calls } = kpiServer();
    renderWithProviders(<KpiPage />, { api });
    const waiting = await chartNamed('平均等候时间（标准 ≤ 15分钟）');
    expect(calls.map((c) => c.url)).toContain('/api/evaluation/kpis/service-points/sp-fenkou-village?from=2025-07-01&to=2026-06-30');
    expect(waiting.getAttribute('data-labels')?.split('|')).toHaveLength(12);
    expect(waiting).toHaveAttribute('data-bound', '15');
    // 2026-04 at 15.01 minutes is over the bound; 2026-05 has no data; 2026-06 at 9 minutes meets it
    expect(waiting.getAttribute('data-values')?.split('|').slice(-3)).toEqual(['15.01', '-', '9']);
    expect(waiting.getAttribute('data-colours')?.split('|').slice(-3)).toEqual(['#cf1322', '#1677ff', '#389e0d']);
    expect(screen.getByText('月度趋势（2025-07 至 2026-06）')).toBeInTheDocument();
    // a point that settles nothing gets no direct-settlement chart
    expect(screen.queryByRole('img', { name: /直接结算率/ })).not.toBeInTheDocument();
  });

  it('asks again for the month the clerk picks', async () => {
    const { api, calls } = kpiServer();
    renderWithProviders(<KpiPage />, { api });
    await screen.findByTestId('kpi-ONLINE_RATE');
    const input = screen.getByLabelText('统计月份');
    await userEvent.click(input);
    await userEvent.clear(input);
    await userEvent.type(input, '2026-02{enter}');
    await waitFor(() =>
      expect(calls.map((c) => c.url)).toContain('/api/evaluation/kpis/service-points/sp-fenkou-village?from=2026-02-01&to=2026-02-28'),
    );
    expect(await screen.findByText(/统计期间：2026-02-01 至 2026-02-28/)).toBeInTheDocument();
  });

  it('shows a refusal from the service', async () => {
    const { api } = fakeApi(({ url }) =>
      url.startsWith('/api/evaluation/')
        ? jsonResponse(403, { type: 'https://chs.example/problems/forbidden', title: 'Forbidden', status: 403, detail: 'a clerk sees the KPIs of their own service point only' }, 'application/problem+json')
        : jsonResponse(404, {}),
    );
    renderWithProviders(<KpiPage />, { api });
    expect(await screen.findByRole('alert')).toHaveTextContent('a clerk sees the KPIs of their own service point only');
  });

  it('tells a clerk without a point why there is nothing to show, and calls nothing', () => {
    const { api, calls } = kpiServer();
    renderWithProviders(<KpiPage />, { api, caller: { ...VILLAGE_CLERK, servicePointId: undefined } });
    expect(screen.getByText('未关联服务网点')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });
});

describe('KPI model', () => {
  it('compares the value as sent, never rounded', () => {
    expect(meets(79.96, '>=', 80)).toBe(false);
    expect(meets(80, '>=', 80)).toBe(true);
    expect(meets(15.01, '<=', 15)).toBe(false);
    expect(meets(15, '<=', 15)).toBe(true);
    expect(meets(null, '<=', 15)).toBeNull();
    expect(meets(3, '==', 3)).toBeNull();
  });

  it('spans whole months, leap years included', () => {
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
});
