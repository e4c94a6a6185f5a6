import { describe, expect, it, vi } from 'vitest';
import { App } from 'antd';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse, renderWithProviders } from '../../../test/render';
import { AGENCY_ADMIN, point } from '../testFixtures';
import PointsPage from './PointsPage';

vi.setConfig({ testTimeout: 90_000 });
// findBy… and waitFor wait longer than their 1 s default: this machine is loaded.
configure({ asyncUtilTimeout: 15_000 });

describe('PointsPage', () => {
  it('lists points a page at a time, opens one with its facts and history, and changes its status with a reason', async () => {
    const suspended = point({
      status: 'SUSPENDED',
      version: 3,
      statusHistory: [...(point().statusHistory ?? []), { from: 'ACTIVE', to: 'SUSPENDED', reason: '装修', by: 'admin', at: '2026-06-01T02:00:00Z' }],
    });
    const { api, calls } = fakeApi(({ method, url }) => {
      if (method === 'POST') return jsonResponse(200, suspended);
      if (url.startsWith('/api/registry/service-points?')) return jsonResponse(200, { items: [point()], page: Number(/page=(\d+)/.exec(url)?.[1]), size: 20, hasNext: url.includes('page=0') });
      if (url === '/api/registry/service-points/sp-fenkou-township') return jsonResponse(200, point());
      return jsonResponse(404, { title: 'Not Found' }, 'application/problem+json');
    });
    renderWithProviders(<App><PointsPage /></App>, { api, caller: AGENCY_ADMIN });
    expect(await screen.findByRole('button', { name: '汾口镇便民服务中心医保窗口' })).toBeInTheDocument();
    expect(calls[0]?.url).toBe('/api/registry/service-points?page=0&size=20');
    await userEvent.click(screen.getByRole('button', { name: /下一页/ }));
    await waitFor(() => expect(calls.map((c) => c.url)).toContain('/api/registry/service-points?page=1&size=20'));

    await userEvent.click(await screen.findByRole('button', { name: '汾口镇便民服务中心医保窗口' }));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('160.5 m²')).toBeInTheDocument();
    expect(within(drawer).getByText('引导咨询区')).toBeInTheDocument();
    expect(within(drawer).getByText('周一、周二 08:30–17:00')).toBeInTheDocument();
    expect(within(drawer).getByText('2026-05-01 09:00:00')).toBeInTheDocument();

    await userEvent.click(within(drawer).getByRole('button', { name: '变更状态' }));
    await userEvent.click(within(drawer).getByLabelText('新状态'));
    await userEvent.click((await screen.findAllByTitle('暂停')).at(-1)!);
    await userEvent.type(within(drawer).getByLabelText('原因'), '装修');
    await userEvent.click(within(drawer).getByRole('button', { name: '提交状态变更' }));
    expect(await within(drawer).findByText('2026-06-01 10:00:00')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      url: '/api/registry/service-points/sp-fenkou-township/status',
      body: { status: 'SUSPENDED', reason: '装修' },
      headers: { 'If-Match': '"2"' },
    });
  });
});
