import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Caller } from '../../auth/caller';
import { fakeApi, jsonResponse, renderWithProviders, type Handler } from '../../test/render';
import type { EvaluationView } from '../evaluations/model';
import { evaluation, SCORECARD, STANDARD } from '../evaluations/testFixtures';
import EvaluationPage from './EvaluationPage';

// Ant Design forms and tables render slowly in jsdom, more so on a busy machine.
vi.setConfig({ testTimeout: 120_000 });
configure({ asyncUtilTimeout: 15_000 });

const ADMIN: Caller = { username: 'admin', displayName: '医保局管理员', roles: ['agency-admin'] };
const VETO_FOUND = evaluation({
  evaluators: ['evaluator-1', 'evaluator-2'],
  findings: [
    { evaluator: 'evaluator-2', itemCode: 'G8', recordedAt: '2026-07-10T02:00:00Z', clausesMet: [], casesPerClause: {}, vetoFindings: [{ description: '挪用医疗救助资金', evidence: '凭证 031' }], preconditionMet: null, notes: null },
    { evaluator: 'evaluator-1', itemCode: 'G1', recordedAt: '2026-07-10T03:00:00Z', clausesMet: ['①'], casesPerClause: {}, vetoFindings: [], preconditionMet: null, notes: '一站式不足' },
  ],
});
const FINALISED = evaluation({ status: 'FINALIZED', outcome: 'SCORED', score: 21 });

/** An answer for some requests, the service's answer for the rest. */
type Extra = (request: Parameters<Handler>[0]) => Response | undefined;

function service(start: EvaluationView, extra?: Extra): Handler {
  let current = start;
  return (request) => {
    const { method, url, body } = request;
    const answer = extra?.(request);
    if (answer) return answer;
    if (method === 'GET' && url === '/api/evaluation/evaluations/ev-1') return jsonResponse(200, current);
    if (method === 'GET' && url === '/api/evaluation/standards/TEST_SITE/versions/2') return jsonResponse(200, STANDARD);
    if (method === 'PUT' && url === '/api/evaluation/evaluations/ev-1/evaluators') {
      current = { ...current, evaluators: (body as { evaluators: string[] }).evaluators };
      return jsonResponse(200, current);
    }
    if (method === 'POST' && url === '/api/evaluation/evaluations/ev-1/preview') return jsonResponse(200, { ...SCORECARD, finalizedBy: null, finalizedAt: null });
    if (method === 'POST' && url === '/api/evaluation/evaluations/ev-1/finalize') {
      current = { ...current, status: 'FINALIZED', outcome: 'SCORED', score: 21 };
      return jsonResponse(200, SCORECARD);
    }
    if (method === 'GET' && url === '/api/evaluation/evaluations/ev-1/scorecard') return jsonResponse(200, SCORECARD);
    return jsonResponse(404, { title: 'Not Found', status: 404 }, 'application/problem+json');
  };
}

function renderPage(handler: Handler) {
  const fake = fakeApi(handler);
  renderWithProviders(<EvaluationPage />, { api: fake.api, caller: ADMIN, route: '/sites/evaluations/ev-1', path: '/sites/evaluations/:id' });
  return fake;
}

describe('EvaluationPage (agency)', () => {
  const { createObjectURL, revokeObjectURL } = URL;
  afterEach(() => {
    vi.restoreAllMocks();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  it('assigns the evaluators typed by the administrator', async () => {
    const { calls } = renderPage(service(evaluation()));
    const input = await screen.findByRole('combobox', { name: '评估员' });
    await userEvent.type(input, 'evaluator-2{enter}');
    await userEvent.click(screen.getByRole('button', { name: '保存评估员' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'PUT')).toMatchObject({
      url: '/api/evaluation/evaluations/ev-1/evaluators',
      body: { evaluators: ['evaluator-1', 'evaluator-2'] },
    });
    expect(await screen.findByText('已保存')).toBeInTheDocument();
  });

  it('sets the KPI period', async () => {
    const { calls } = renderPage(service(evaluation(), ({ method, url, body }) =>
      method === 'PUT' && url.endsWith('/kpi-period') ? jsonResponse(200, evaluation({ kpiFrom: (body as { from: string }).from })) : undefined,
    ));
    await screen.findByRole('button', { name: '保存统计期' });
    await userEvent.click(screen.getByRole('button', { name: '保存统计期' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'PUT')).toMatchObject({
      url: '/api/evaluation/evaluations/ev-1/kpi-period',
      body: { from: '2026-01-01', to: '2026-06-30' },
    });
  });

  it('shows every finding, previews with the confirmed veto, and finalises only after a confirmation', async () => {
    const { calls } = renderPage(service(VETO_FOUND));
    expect(await screen.findByText('否决事项：挪用医疗救助资金')).toBeInTheDocument();
    expect(await screen.findByText('符合条款：①')).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('checkbox', { name: /确认 G8 财经纪律 否决/ }));
    await userEvent.click(screen.getByRole('button', { name: '预览得分' }));
    await waitFor(() => expect(calls.filter((c) => c.url.endsWith('/preview'))).toHaveLength(1));
    expect(calls.find((c) => c.url.endsWith('/preview'))!.body).toEqual({ confirmedVetoes: ['G8'], failedPreconditions: {} });
    expect(await screen.findByText('预览：按当前录入和以上决定计算，尚未定稿，什么也没有保存。')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '定 稿' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('确认定稿？')).toBeInTheDocument();
    expect(calls.filter((c) => c.url.endsWith('/finalize'))).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole('button', { name: '确认定稿' }));
    await waitFor(() => expect(calls.filter((c) => c.url.endsWith('/finalize'))).toHaveLength(1));
    expect(calls.find((c) => c.url.endsWith('/finalize'))).toMatchObject({ method: 'POST', body: { confirmedVetoes: ['G8'], failedPreconditions: {} } });
    expect(await screen.findByRole('button', { name: /下载 PDF/ })).toBeInTheDocument();
  });

  it('a precondition found unmet needs its reason, and is sent with it', async () => {
    const { calls } = renderPage(service(evaluation()));
    await userEvent.click(await screen.findByRole('checkbox', { name: '不满足准入条件（不予评分）' }));
    await userEvent.click(screen.getByRole('button', { name: '预览得分' }));
    expect(await screen.findByText('请填写原因')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('不满足的原因'), '2025 年查实欺诈骗保');
    await userEvent.click(screen.getByRole('button', { name: '预览得分' }));
    await waitFor(() => expect(calls.filter((c) => c.url.endsWith('/preview'))).toHaveLength(1));
    expect(calls.find((c) => c.url.endsWith('/preview'))!.body).toEqual({ confirmedVetoes: [], failedPreconditions: { D0: '2025 年查实欺诈骗保' } });
  });

  it('lists every point lost of a finalised scorecard with its reason', async () => {
    renderPage(service(FINALISED));
    expect(await screen.findByText('4 cases × 2 points under ③')).toBeInTheDocument();
    const row = screen.getByText('4 cases × 2 points under ③').closest('tr')!;
    expect(within(row).getByText('D10 规范医疗收费')).toBeInTheDocument();
    expect(within(row).getByText('−8')).toBeInTheDocument();
    expect(within(row).getByText('evaluator-1')).toBeInTheDocument();
    const cap = screen.getByText('capped at 7 points').closest('tr')!;
    expect(within(cap).getByText('封顶退回 1')).toBeInTheDocument();
    const metric = screen.getByText('AVERAGE_INSTANT_HANDLING_MINUTES 12.5 > 10').closest('tr')!;
    expect(within(metric).getByText('K1 即办件平均办理时长')).toBeInTheDocument();
    expect(within(metric).getByText('−6')).toBeInTheDocument();
    expect(screen.getByText('21 / 30 分')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '预览得分' })).not.toBeInTheDocument();
  });

  it('downloads the PDF from the scorecard.pdf URL and saves it under the server’s file name', async () => {
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:scorecard'), revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { calls } = renderPage(
      service(FINALISED, ({ url }) =>
        url.endsWith('/scorecard.pdf')
          ? new Response(new Blob(['%PDF-1.7']), { status: 200, headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="scorecard-ev-1.pdf"' } })
          : undefined,
      ),
    );
    await userEvent.click(await screen.findByRole('button', { name: /下载 PDF/ }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(calls.filter((c) => c.url.endsWith('.pdf'))).toEqual([expect.objectContaining({ method: 'GET', url: '/api/evaluation/evaluations/ev-1/scorecard.pdf' })]);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('scorecard-ev-1.pdf');
  });
});
