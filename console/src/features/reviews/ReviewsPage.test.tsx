import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Caller } from '../../auth/caller';
import { fakeApi, jsonResponse, renderWithProviders, type Handler } from '../../test/render';
import { CATALOGUE, page, review } from './fixtures';
import type { ReviewView } from './model';
import ReviewsPage from './ReviewsPage';

// Tables and dialogs of Ant Design render slowly in jsdom, more so on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const ADMIN: Caller = { username: 'admin', displayName: '医保局管理员', roles: ['agency-admin'] };

const POINTS = {
  items: [
    { id: 'sp-fenkou-township', name: '汾口镇便民服务中心', type: 'TOWNSHIP_STATION', areaCode: '330127101' },
    { id: 'sp-fenkou-village', name: '汾口村服务站', type: 'VILLAGE_STATION', areaCode: '330127101201' },
  ],
  page: 0,
  size: 100,
  hasNext: false,
};

const LATE = review({
  handlingId: 'h-late',
  servicePointId: 'sp-fenkou-township',
  rectification: { status: 'OPEN', openedAt: '2026-04-01T01:00:00Z', dueAt: '2026-04-08T01:00:00Z', overdue: true },
});
const ANSWERED = review({
  handlingId: 'h-answered',
  rectification: {
    status: 'ANSWERED',
    openedAt: '2026-05-01T01:00:00Z',
    dueAt: '2026-05-08T01:00:00Z',
    overdue: false,
    answer: '增开高峰时段窗口',
    answeredBy: 'clerk-village',
    answeredAt: '2026-05-03T02:00:00Z',
  },
});
const GOOD = review({ handlingId: 'h-good', level: 'VERY_SATISFIED', reasons: ['FRIENDLY_SERVICE'], comment: '很耐心', bad: false, rectification: null });

function server(lists: { rectifications?: (url: string) => ReviewView[]; reviews?: ReviewView[] }, post?: Handler) {
  return fakeApi((request) => {
    if (request.url.startsWith('/api/registry/catalogue/items')) return jsonResponse(200, CATALOGUE);
    if (request.url.startsWith('/api/registry/service-points?')) return jsonResponse(200, POINTS);
    if (request.method === 'POST' && post) return post(request);
    if (request.url.startsWith('/api/evaluation/rectifications?')) return jsonResponse(200, page(lists.rectifications?.(request.url) ?? []));
    if (request.url.startsWith('/api/evaluation/reviews?')) return jsonResponse(200, page(lists.reviews ?? []));
    return jsonResponse(404, { title: 'Not Found' });
  });
}

async function row(handlingId: string): Promise<HTMLElement> {
  return (await screen.findByText(handlingId)).closest('tr')!;
}

describe('ReviewsPage', () => {
  it('lists rectifications across points with the point names, overdue ones highlighted', async () => {
    const { api, calls } = server({ rectifications: () => [LATE, ANSWERED] });
    renderWithProviders(<ReviewsPage />, { api, caller: ADMIN });
    const late = await row('h-late');
    expect(calls.find((c) => c.url.startsWith('/api/evaluation/'))).toMatchObject({ method: 'GET', url: '/api/evaluation/rectifications?page=0&size=10' });
    expect(late).toHaveClass('chs-row-overdue');
    expect(within(late).getByText('已逾期')).toBeInTheDocument();
    expect(await within(late).findByText('汾口镇便民服务中心')).toBeInTheDocument();
    const answered = await row('h-answered');
    expect(answered).not.toHaveClass('chs-row-overdue');
    expect(within(answered).getByText('汾口村服务站')).toBeInTheDocument();
    expect(within(answered).getByText('增开高峰时段窗口')).toBeInTheDocument();
    // Only an answered rectification can be closed.
    expect(within(answered).getByRole('button', { name: '核实办结' })).toBeInTheDocument();
    expect(within(late).queryByRole('button', { name: '核实办结' })).not.toBeInTheDocument();
  });

  it('filters by point, status and overdue', async () => {
    const { api, calls } = server({ rectifications: () => [ANSWERED] });
    renderWithProviders(<ReviewsPage />, { api, caller: ADMIN });
    await row('h-answered');
    await userEvent.click(screen.getByRole('combobox', { name: '服务网点' }));
    await userEvent.paste('sp-fenkou-township');
    await userEvent.click(screen.getByRole('combobox', { name: '状态' }));
    await userEvent.click(await screen.findByText('已答复', { selector: '.ant-select-item-option-content' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '仅看逾期未办结' }));
    await userEvent.click(screen.getByRole('button', { name: /查\s?询/ }));
    await waitFor(() =>
      expect(calls.map((c) => c.url)).toContain(
        '/api/evaluation/rectifications?servicePointId=sp-fenkou-township&status=ANSWERED&overdue=true&page=0&size=10',
      ),
    );
  });

  it('closes an answered rectification with a note', async () => {
    const { api, calls } = server({ rectifications: () => [ANSWERED] }, ({ url }) =>
      url.endsWith('/close') ? jsonResponse(200, { ...ANSWERED, rectification: { ...ANSWERED.rectification!, status: 'CLOSED' } }) : jsonResponse(404, {}),
    );
    renderWithProviders(<ReviewsPage />, { api, caller: ADMIN });
    await userEvent.click(within(await row('h-answered')).getByRole('button', { name: '核实办结' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('增开高峰时段窗口')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByLabelText('核实情况'));
    await userEvent.paste('电话回访，群众认可');
    await userEvent.click(within(dialog).getByRole('button', { name: '办结' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      url: '/api/evaluation/rectifications/h-answered/close',
      body: { note: '电话回访，群众认可' },
    });
    expect(await screen.findByText('整改已办结')).toBeInTheDocument();
  });

  it('says why a rectification cannot be closed yet (409)', async () => {
    const { api } = server({ rectifications: () => [ANSWERED] }, () =>
      jsonResponse(
        409,
        { type: 'https://chs.example/problems/rectification-not-answered', title: 'Conflict', status: 409, detail: 'The rectification of handling h-answered is OPEN' },
        'application/problem+json',
      ),
    );
    renderWithProviders(<ReviewsPage />, { api, caller: ADMIN });
    await userEvent.click(within(await row('h-answered')).getByRole('button', { name: '核实办结' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: '办结' }));
    expect(await within(dialog).findByText('网点尚未答复，不能办结')).toBeInTheDocument();
    expect(within(dialog).getByText('The rectification of handling h-answered is OPEN')).toBeInTheDocument();
  });

  it('lists all reviews, of one point when asked', async () => {
    const { api, calls } = server({ reviews: [GOOD, LATE] });
    renderWithProviders(<ReviewsPage />, { api, caller: ADMIN });
    await userEvent.click(screen.getByRole('tab', { name: '全部评价' }));
    const good = await row('h-good');
    expect(calls.map((c) => c.url)).toContain('/api/evaluation/reviews?page=0&size=10');
    expect(within(good).getByText('非常满意')).toBeInTheDocument();
    expect(within(good).getByText('服务热情')).toBeInTheDocument();
    expect(within(good).getByText('很耐心')).toBeInTheDocument();
    expect(await row('h-late')).toHaveClass('chs-row-overdue');
    const tab = screen.getByRole('tabpanel');
    await userEvent.click(within(tab).getByRole('combobox', { name: '服务网点' }));
    await userEvent.paste('sp-fenkou-village');
    await userEvent.click(within(tab).getByRole('button', { name: /查\s?询/ }));
    await waitFor(() => expect(calls.map((c) => c.url)).toContain('/api/evaluation/reviews?servicePointId=sp-fenkou-village&page=0&size=10'));
  });
});
