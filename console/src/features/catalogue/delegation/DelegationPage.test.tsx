import { describe, expect, it, vi } from 'vitest';
import { configure, screen, within } from '@testing-library/react';
import { fakeApi, jsonResponse, renderWithProviders } from '../../../test/render';
import { COUNTY } from '../../network/testFixtures';
import type { DelegationReport } from '../model';
import { item } from '../testFixtures';
import DelegationPage from './DelegationPage';

vi.setConfig({ testTimeout: 60_000 });
// findBy… and waitFor wait longer than their 1 s default: this machine is loaded.
configure({ asyncUtilTimeout: 15_000 });

const ADMIN = { username: 'admin', displayName: '管理员', roles: ['agency-admin' as const] };

function report(overrides: Partial<DelegationReport> = {}): DelegationReport {
  return {
    countyCode: '330127',
    catalogueVersion: 4,
    countyListSize: 32,
    minSharePercent: 30,
    pointCount: 2,
    meetingRule: 1,
    points: [
      { servicePointId: 'sp-fenkou-township', name: '汾口镇服务点', type: 'TOWNSHIP_STATION', areaCode: '330127107', status: 'ACTIVE', handleableItems: 16, countyListSize: 32, sharePercent: 50.0, meetsRule: true },
      // 9 × 100 < 30 × 32: below, whatever it rounds to
      { servicePointId: 'sp-fenkou-village', name: '赋溪村服务站', type: 'VILLAGE_STATION', areaCode: '330127107201', status: 'ACTIVE', handleableItems: 9, countyListSize: 32, sharePercent: 28.13, meetsRule: false },
    ],
    ...overrides,
  };
}

const items = (n: number) => Array.from({ length: n }, (_, i) => item({ code: `ENR-${String(i + 1).padStart(2, '0')}` }));

function server(answer: DelegationReport) {
  return fakeApi(({ url }) => {
    if (url.startsWith('/api/registry/areas?level=COUNTY')) return jsonResponse(200, { items: [COUNTY], page: 0, size: 200, hasNext: false });
    if (url === '/api/registry/reports/delegation?countyCode=330127') return jsonResponse(200, answer);
    const level = /items\?level=(\w+)&version=4$/.exec(url)?.[1];
    if (level) return jsonResponse(200, { version: 4, level, items: items(level === 'TOWNSHIP' ? 16 : level === 'VILLAGE' ? 9 : 15) });
    return jsonResponse(404, { title: 'Not Found' }, 'application/problem+json');
  });
}

describe('DelegationPage', () => {
  it("shows the 30 % rule as not met when the report says a point misses it, each point's verdict as the report gives it", async () => {
    const { api, calls } = server(report());
    renderWithProviders(<DelegationPage />, { api, caller: ADMIN });
    const rule = await screen.findByTestId('share-rule');
    expect(rule).toHaveTextContent('未达标');
    expect(screen.getByTestId('meeting')).toHaveTextContent('1 / 2 个');
    expect(screen.getByTestId('share-sp-fenkou-township')).toHaveTextContent(/^\s*达标$/);
    const village = screen.getByText('赋溪村服务站').closest('tr') as HTMLElement;
    expect(within(village).getByText('9 / 32')).toBeInTheDocument();
    expect(within(village).getByText('28.13 %')).toBeInTheDocument();
    expect(within(village).getByTestId('share-sp-fenkou-village')).toHaveTextContent('未达标');
    expect(calls.some((c) => c.method === 'GET' && c.url === '/api/registry/reports/delegation?countyCode=330127')).toBe(true);
  });

  it('shows the rule met when every point meets it', async () => {
    const { api } = server(report({ pointCount: 1, meetingRule: 1, points: [report().points[0]!] }));
    renderWithProviders(<DelegationPage />, { api, caller: ADMIN });
    expect(await screen.findByTestId('share-rule')).toHaveTextContent(/^\s*达标$/);
    expect(screen.getByTestId('share-rule').dataset.met).toBe('true');
  });

  it("counts the items of each level in the report's catalogue version against 16 / 10 / 15", async () => {
    const { api, calls } = server(report());
    renderWithProviders(<DelegationPage />, { api, caller: ADMIN });
    expect(await screen.findByTestId('level-TOWNSHIP')).toHaveTextContent(/^\s*达标$/);
    expect(await screen.findByTestId('level-VILLAGE')).toHaveTextContent('未达标');
    expect(await screen.findByTestId('level-BANK')).toHaveTextContent(/^\s*达标$/);
    const urls = calls.map((c) => c.url);
    expect(urls).toContain('/api/registry/catalogue/items?level=TOWNSHIP&version=4');
    expect(urls).toContain('/api/registry/catalogue/items?level=VILLAGE&version=4');
    expect(urls).toContain('/api/registry/catalogue/items?level=BANK&version=4');
  });
});
