import { describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Caller } from '../../auth/caller';
import { fakeApi, jsonResponse, renderWithProviders, type Handler } from '../../test/render';
import type { EvaluationBatch, Rankings } from './model';
import RankingsPage from './RankingsPage';

vi.setConfig({ testTimeout: 120_000 });
configure({ asyncUtilTimeout: 15_000 });

const ADMIN: Caller = { username: 'admin', displayName: '医保局管理员', roles: ['agency-admin'] };
const BATCH: EvaluationBatch = {
  batchId: 'batch-chunan-county-1',
  level: 'COUNTY',
  year: 2026,
  quotas: { GRASSROOTS_TOWNSHIP: 1 },
  defaultQuota: 2,
  awardThreshold: 80,
  status: 'OPEN',
  awards: [],
};
const site = (n: number, extra: Partial<Rankings['categories'][number]['ranked'][number]> = {}) => ({
  rank: null,
  evaluationId: `ev-${n}`,
  declarationId: `dcl-${n}`,
  servicePointId: `sp-${n}`,
  servicePointName: `网点${n}`,
  score: null,
  reason: null,
  awardable: false,
  ...extra,
});
const RANKINGS: Rankings = {
  batch: BATCH,
  categories: [
    {
      category: 'GRASSROOTS_TOWNSHIP',
      quota: 1,
      threshold: 80,
      ranked: [site(1, { rank: 1, score: 92.5, awardable: true }), site(2, { rank: 2, score: 85 })],
      vetoed: [site(3, { score: 95, reason: 'G8: 挪用医疗救助资金' })],
      ineligible: [site(4, { reason: 'D0: 3年内欺诈骗保' })],
      pending: [site(5)],
    },
  ],
};

function service(publish: () => Response): { handler: Handler } {
  return {
    handler: ({ method, url }) => {
      if (method === 'GET' && url === '/api/evaluation/batches') return jsonResponse(200, [BATCH]);
      if (method === 'GET' && url === '/api/evaluation/batches/batch-chunan-county-1/rankings') return jsonResponse(200, RANKINGS);
      if (method === 'POST' && url === '/api/evaluation/batches/batch-chunan-county-1/publish') return publish();
      return jsonResponse(404, { title: 'Not Found' }, 'application/problem+json');
    },
  };
}

function renderPage(handler: Handler) {
  const fake = fakeApi(handler);
  renderWithProviders(<RankingsPage />, { api: fake.api, caller: ADMIN, route: '/sites/rankings?batch=batch-chunan-county-1', path: '/sites/rankings' });
  return fake;
}

describe('RankingsPage', () => {
  it('ranks the scored sites and lists vetoed, ineligible and unfinished ones apart', async () => {
    renderPage(service(() => jsonResponse(200, BATCH)).handler);
    const card = await screen.findByTestId('category-GRASSROOTS_TOWNSHIP');
    expect(within(card).getByText('名额 1 · 分数线 80')).toBeInTheDocument();
    const ranked = within(card).getAllByRole('row').slice(1);
    expect(ranked.map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['1', '网点1', '92.5', '拟授牌'],
      ['2', '网点2', '85', '未入选'],
    ]);
    const vetoed = within(card).getByRole('region', { name: '一票否决' });
    expect(within(vetoed).getByRole('link', { name: '网点3' })).toHaveAttribute('href', '/sites/evaluations/ev-3');
    expect(within(vetoed).getByText('：G8: 挪用医疗救助资金')).toBeInTheDocument();
    expect(within(card).getByRole('region', { name: '不符合准入条件' })).toHaveTextContent('网点4：D0: 3年内欺诈骗保');
    expect(within(card).getByRole('region', { name: '尚未定稿' })).toHaveTextContent('网点5');
    // A vetoed site with the best score is not in the ranking.
    expect(within(card).getAllByRole('table')[0]).not.toHaveTextContent('网点3');
  });

  it('publishes the awards only after a confirmation, and shows a refusal', async () => {
    const { calls } = renderPage(
      service(() =>
        jsonResponse(409, { type: 'https://chs.example/problems/evaluations-open', title: 'Conflict', status: 409, detail: '1 evaluation is open' }, 'application/problem+json'),
      ).handler,
    );
    await userEvent.click(await screen.findByRole('button', { name: '公布授牌' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('公布批次 batch-chunan-county-1 的授牌结果？')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole('button', { name: '取 消' }));
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: '公布授牌' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '确认公布' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')!.url).toBe('/api/evaluation/batches/batch-chunan-county-1/publish');
    expect(await screen.findByText('本批次还有未定稿的评估')).toBeInTheDocument();
  });
});
