import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Caller } from '../../auth/caller';
import { fakeApi, jsonResponse, renderWithProviders } from '../../test/render';
import { page } from '../reviews/fixtures';
import MyEvaluationsPage from './MyEvaluationsPage';
import type { EvaluationView } from './model';

// Tables of Ant Design render slowly in jsdom, more so on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const EVALUATOR: Caller = { username: 'evaluator-1', displayName: '评估专家一', roles: ['site-evaluator'] };

function evaluation(overrides: Partial<EvaluationView>): EvaluationView {
  return {
    id: 'ev-1',
    declarationId: 'decl-1',
    batchId: 'batch-2026-county',
    servicePointId: 'sp-fenkou-township',
    servicePointName: '汾口镇便民服务中心',
    servicePointType: 'TOWNSHIP_STATION',
    category: 'GRASSROOTS_TOWNSHIP',
    level: 'COUNTY',
    year: 2026,
    standardId: 'GRASSROOTS_SITE:v1',
    kpiFrom: '2026-01-01',
    kpiTo: '2026-12-31',
    evaluators: ['evaluator-1', 'evaluator-2'],
    status: 'OPEN',
    outcome: null,
    score: null,
    findings: [
      { itemCode: 'G1', recordedAt: '2026-05-02T01:00:00Z' },
      { itemCode: 'G5', recordedAt: '2026-05-03T06:30:00Z' },
    ],
    ...overrides,
  };
}

const OPEN = evaluation({});
const FINAL = evaluation({
  id: 'ev-2',
  servicePointId: 'sp-bank-1',
  servicePointName: null,
  category: 'BANK_COOPERATION',
  status: 'FINALIZED',
  outcome: 'VETOED',
  score: 86.5,
  findings: [],
});

describe('MyEvaluationsPage', () => {
  it('lists the evaluations the service gives the evaluator, with site, batch, status and their own progress', async () => {
    const { api, calls } = fakeApi(() => jsonResponse(200, page([OPEN, FINAL])));
    renderWithProviders(<MyEvaluationsPage />, { api, caller: EVALUATOR });
    const open = (await screen.findByText('汾口镇便民服务中心')).closest('tr')!;
    expect(calls[0]).toMatchObject({ method: 'GET', url: '/api/evaluation/evaluations?page=0&size=10' });
    expect(within(open).getByText('医保基层服务（乡镇）示范点')).toBeInTheDocument();
    expect(within(open).getByText('县级')).toBeInTheDocument();
    expect(within(open).getByText('batch-2026-county（2026）')).toBeInTheDocument();
    expect(within(open).getByText('GRASSROOTS_SITE:v1')).toBeInTheDocument();
    expect(within(open).getByText('2026-01-01 ~ 2026-12-31')).toBeInTheDocument();
    expect(within(open).getByText('评估中')).toBeInTheDocument();
    expect(within(open).getByText('已录入 2 项')).toBeInTheDocument();
    expect(within(open).getByText('最近 2026-05-03 14:30:00')).toBeInTheDocument();

    // No name in the declaration: the site's id stands for it.
    const final = screen.getAllByText('sp-bank-1')[0]!.closest('tr')!;
    expect(within(final).getByText('“医银合作”服务示范点')).toBeInTheDocument();
    expect(within(final).getByText('已定稿')).toBeInTheDocument();
    expect(within(final).getByText('一票否决')).toBeInTheDocument();
    expect(within(final).getByText('86.5 分')).toBeInTheDocument();
    expect(within(final).getByText('已录入 0 项')).toBeInTheDocument();
    // Each site opens the evaluator's workbench of that evaluation.
    expect(within(open).getByRole('link', { name: '汾口镇便民服务中心' })).toHaveAttribute('href', '/evaluations/ev-1');
    expect(within(final).getByRole('link', { name: 'sp-bank-1' })).toHaveAttribute('href', '/evaluations/ev-2');
  });

  it('filters by status and batch', async () => {
    const { api, calls } = fakeApi(() => jsonResponse(200, page([OPEN])));
    renderWithProviders(<MyEvaluationsPage />, { api, caller: EVALUATOR });
    await screen.findByText('汾口镇便民服务中心');
    await userEvent.click(screen.getByRole('combobox', { name: '状态' }));
    await userEvent.click(await screen.findByText('已定稿', { selector: '.ant-select-item-option-content' }));
    await userEvent.click(screen.getByLabelText('批次'));
    await userEvent.paste('  batch-2026-county ');
    await userEvent.click(screen.getByRole('button', { name: /查\s?询/ }));
    await waitFor(() => expect(calls.map((c) => c.url)).toContain('/api/evaluation/evaluations?batchId=batch-2026-county&status=FINALIZED&page=0&size=10'));
  });

  it('says when nothing is assigned, and shows a refusal', async () => {
    const empty = fakeApi(() => jsonResponse(200, page([])));
    const { unmount } = renderWithProviders(<MyEvaluationsPage />, { api: empty.api, caller: EVALUATOR });
    expect(await screen.findByText('暂无分配给您的评估任务')).toBeInTheDocument();
    unmount();
    const refused = fakeApi(() => jsonResponse(503, { title: 'Service Unavailable', status: 503, service: 'evaluation' }, 'application/problem+json'));
    renderWithProviders(<MyEvaluationsPage />, { api: refused.api, caller: EVALUATOR });
    expect(await screen.findByRole('alert')).toHaveTextContent('评价服务暂时不可用');
  });
});
