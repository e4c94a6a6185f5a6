import { describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse, renderWithProviders } from '../../../test/render';
import { AGENCY_ADMIN, COUNTY, coverageReport } from '../testFixtures';
import CoveragePage from './CoveragePage';

vi.setConfig({ testTimeout: 60_000 });
// findBy… and waitFor wait longer than their 1 s default: this machine is loaded.
configure({ asyncUtilTimeout: 15_000 });

vi.mock('echarts-for-react/esm/core', () => ({
  default: ({ option }: { option: { xAxis: { data?: string[] }; series: { data: unknown[]; markLine?: { data: { yAxis: number }[] } }[] } }) => (
    <div
      data-testid="chart"
      data-labels={option.xAxis.data?.join('|')}
      data-values={option.series.map((s) => JSON.stringify(s.data)).join('|')}
      data-target={option.series[0]?.markLine?.data[0]?.yAxis}
    />
  ),
}));

function server(report = coverageReport()) {
  return fakeApi(({ url }) => {
    if (url.startsWith('/api/registry/areas?level=COUNTY')) return jsonResponse(200, { items: [COUNTY], page: 0, size: 200, hasNext: false });
    if (url.startsWith('/api/registry/reports/coverage')) return jsonResponse(200, report);
    return jsonResponse(404, { title: 'Not Found' }, 'application/problem+json');
  });
}

describe('CoveragePage', () => {
  it("shows the report's figures, the chart against the target and the uncovered villages", async () => {
    const { api, calls } = server();
    renderWithProviders(<CoveragePage />, { api, caller: AGENCY_ADMIN });
    const villages = await screen.findByTestId('coverage-villages');
    expect(calls.find((c) => c.url.startsWith('/api/registry/reports/coverage'))).toMatchObject({ method: 'GET', url: '/api/registry/reports/coverage?countyCode=330127' });

    expect(villages).toHaveTextContent('73.24');
    expect(villages).toHaveTextContent('52 / 71 个村(社区)');
    expect(screen.getByTestId('coverage-population')).toHaveTextContent('80.1');
    expect(screen.getByTestId('coverage-population')).toHaveTextContent('368,460 / 460,000 人');
    expect(screen.getByTestId('coverage-urban')).toHaveTextContent('4 / 5 个村(社区)');
    expect(screen.getByTestId('coverage-points')).toHaveTextContent('17');
    expect(screen.getByText('全县 30 分钟，城镇重点区域 15 分钟')).toBeInTheDocument();

    const chart = screen.getByTestId('chart');
    expect(chart.dataset.values).toBe('[73.24,80.1,80]');
    expect(chart.dataset.target).toBe('100');
    expect(chart.dataset.labels).toContain('城镇重点区域 15 分钟');

    expect(screen.getByText('未覆盖的村(社区)：2 个')).toBeInTheDocument();
    const first = screen.getByText('大墅村').closest('tr') as HTMLElement;
    expect(within(first).getByText('62.7')).toBeInTheDocument();
    expect(within(first).getByText('汾口镇便民服务中心医保窗口（乡镇(街道)服务点）')).toBeInTheDocument();
    const urban = screen.getByText('进贤村').closest('tr') as HTMLElement;
    expect(within(urban).getByText(/15 分钟/)).toBeInTheDocument();
    expect(screen.queryByText('赋溪村')).not.toBeInTheDocument();
  });

  it('asks again with the what-if values the user set, and only those', async () => {
    const { api, calls } = server();
    renderWithProviders(<CoveragePage />, { api, caller: AGENCY_ADMIN });
    await screen.findByTestId('coverage-villages');
    await userEvent.type(screen.getByLabelText('农村速度'), '40');
    await userEvent.click(screen.getByRole('button', { name: '重新计算' }));
    await waitFor(() => expect(calls.map((c) => c.url)).toContain('/api/registry/reports/coverage?countyCode=330127&ruralSpeedKmh=40'));
  });
});
