import { describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Caller } from '../../auth/caller';
import { fakeApi, jsonResponse, renderWithProviders, type Handler } from '../../test/render';
import EvaluationWorkbenchPage from './EvaluationWorkbenchPage';
import type { EvaluationView, FindingView } from './model';
import { evaluation, KPIS, STANDARD } from './testFixtures';

// Ant Design forms render slowly in jsdom, more so on a busy machine.
vi.setConfig({ testTimeout: 120_000 });
configure({ asyncUtilTimeout: 15_000 });

const EVALUATOR: Caller = { username: 'evaluator-1', displayName: '评估专家一', roles: ['site-evaluator'] };

function finding(itemCode: string, extra: Partial<FindingView> = {}): FindingView {
  return { evaluator: 'evaluator-1', itemCode, recordedAt: '2026-07-10T02:00:00Z', clausesMet: [], casesPerClause: {}, vetoFindings: [], preconditionMet: null, notes: null, ...extra };
}

/** The evaluation service as the workbench reads it; a saved finding is added to the evaluation the PUT answers. */
function service(start: EvaluationView): Handler {
  let current = start;
  return ({ method, url, body }) => {
    if (method === 'GET' && url === '/api/evaluation/evaluations/ev-1') return jsonResponse(200, current);
    if (method === 'GET' && url === '/api/evaluation/standards/TEST_SITE/versions/2') return jsonResponse(200, STANDARD);
    if (method === 'GET' && url.startsWith('/api/evaluation/kpis/service-points/sp-fenkou-township?')) return jsonResponse(200, KPIS);
    const put = /^\/api\/evaluation\/evaluations\/ev-1\/findings\/(.+)$/.exec(url);
    if (method === 'PUT' && put) {
      const itemCode = decodeURIComponent(put[1]!);
      current = { ...current, findings: [...current.findings.filter((f) => f.itemCode !== itemCode), finding(itemCode, body as Partial<FindingView>)] };
      return jsonResponse(200, current);
    }
    return jsonResponse(404, { title: 'Not Found' }, 'application/problem+json');
  };
}

function renderPage(handler: Handler) {
  const fake = fakeApi(handler);
  renderWithProviders(<EvaluationWorkbenchPage />, { api: fake.api, caller: EVALUATOR, route: '/evaluations/ev-1', path: '/evaluations/:id' });
  return fake;
}

const item = (code: string) => screen.getByTestId(`item-${code}`);
const clause = (code: string, name: string) => within(screen.getByTestId(`item-${code}`)).getByRole('radiogroup', { name });
const puts = (calls: { method: string; url: string; body: unknown }[]) => calls.filter((c) => c.method === 'PUT');

describe('EvaluationWorkbenchPage', () => {
  it('shows the assigned evaluation with its standard, and progress over the items that take a finding', async () => {
    const { calls } = renderPage(service(evaluation({ findings: [finding('G1', { clausesMet: ['①', '②'] }), finding('D0', { preconditionMet: true })] })));
    expect(await screen.findByText('已录入 2 / 5 项（指标项来自考核指标，不计在内）')).toBeInTheDocument();
    expect(screen.getByText('评估工作台：汾口镇便民服务中心')).toBeInTheDocument();
    expect(screen.getByText('测试示范点评分标准（TEST_SITE:v2）')).toBeInTheDocument();
    expect(calls.map((c) => c.url)).toContain('/api/evaluation/standards/TEST_SITE/versions/2');
    expect(within(item('G1')).getByText('已录入')).toBeInTheDocument();
    expect(within(item('D10')).getByText('未录入')).toBeInTheDocument();
    // The recorded finding is the form's starting point.
    expect(within(clause('G1', '条款 ②')).getByRole('radio', { name: '符合' })).toBeChecked();

    // Recording one more item moves the progress.
    await userEvent.click(within(clause('D20', '条款 ①')).getByRole('radio', { name: '已执行' }));
    await userEvent.click(within(clause('D20', '条款 ②')).getByRole('radio', { name: '已执行' }));
    await userEvent.click(within(clause('D20', '条款 ③')).getByRole('radio', { name: '已执行' }));
    await userEvent.click(within(item('D20')).getByRole('button', { name: '保存 D20' }));
    expect(await screen.findByText('已录入 3 / 5 项（指标项来自考核指标，不计在内）')).toBeInTheDocument();
  });

  it('CHECK: the clauses met are sent', async () => {
    const { calls } = renderPage(service(evaluation()));
    await screen.findByTestId('item-G1');
    await userEvent.click(within(item('G1')).getByRole('button', { name: '保存 G1' }));
    await waitFor(() => expect(within(item('G1')).getAllByText('请选择是否符合')).toHaveLength(2));
    expect(puts(calls)).toHaveLength(0);
    await userEvent.click(within(clause('G1', '条款 ①')).getByRole('radio', { name: '符合' }));
    await userEvent.click(within(clause('G1', '条款 ②')).getByRole('radio', { name: '不符合' }));
    await userEvent.click(within(item('G1')).getByRole('button', { name: '保存 G1' }));
    await waitFor(() => expect(puts(calls)).toHaveLength(1));
    expect(puts(calls)[0]).toMatchObject({ url: '/api/evaluation/evaluations/ev-1/findings/G1', body: { clausesMet: ['①'] } });
    expect(await within(item('G1')).findByText('已保存')).toBeInTheDocument();
  });

  it('PER_CASE_DEDUCTION: the cases per clause are sent, with the points per case shown', async () => {
    const { calls } = renderPage(service(evaluation()));
    await screen.findByTestId('item-D10');
    expect(within(item('D10')).getByText('按发现例数扣分：①②⑤ 每例扣 1 分；③④ 每例扣 2 分，最多扣 7 分。')).toBeInTheDocument();
    const cases = within(item('D10')).getByRole('spinbutton', { name: '条款 ③ 发现例数' });
    await userEvent.clear(cases);
    await userEvent.type(cases, '4');
    await userEvent.type(within(item('D10')).getByLabelText('备注'), '  抽查病历 4 份重复收费 ');
    await userEvent.click(within(item('D10')).getByRole('button', { name: '保存 D10' }));
    await waitFor(() => expect(puts(calls)).toHaveLength(1));
    expect(puts(calls)[0]).toMatchObject({
      url: '/api/evaluation/evaluations/ev-1/findings/D10',
      body: { casesPerClause: { '①': 0, '②': 0, '③': 4, '④': 0, '⑤': 0 }, notes: '抽查病历 4 份重复收费' },
    });
  });

  it('PER_ITEM_DEDUCTION: the clauses implemented are sent', async () => {
    const { calls } = renderPage(service(evaluation()));
    await screen.findByTestId('item-D20');
    await userEvent.click(within(clause('D20', '条款 ①')).getByRole('radio', { name: '已执行' }));
    await userEvent.click(within(clause('D20', '条款 ②')).getByRole('radio', { name: '未执行' }));
    await userEvent.click(within(clause('D20', '条款 ③')).getByRole('radio', { name: '已执行' }));
    await userEvent.click(within(item('D20')).getByRole('button', { name: '保存 D20' }));
    await waitFor(() => expect(puts(calls)).toHaveLength(1));
    expect(puts(calls)[0]!.body).toEqual({ clausesMet: ['①', '③'] });
  });

  it('VETO: a veto needs its description and evidence, and is sent with them; none found sends an empty list', async () => {
    const { calls } = renderPage(service(evaluation()));
    await screen.findByTestId('item-G8');
    await userEvent.click(within(item('G8')).getByRole('radio', { name: '发现否决事项' }));
    await userEvent.type(await within(item('G8')).findByLabelText('否决事项 1'), '挪用医疗救助资金');
    await userEvent.click(within(item('G8')).getByRole('button', { name: '保存 G8' }));
    expect(await within(item('G8')).findByText('请填写证据（如检查记录编号、凭证号）')).toBeInTheDocument();
    expect(puts(calls)).toHaveLength(0);
    await userEvent.type(within(item('G8')).getByLabelText('证据 1'), '记账凭证 2026-031');
    await userEvent.click(within(item('G8')).getByRole('button', { name: '保存 G8' }));
    await waitFor(() => expect(puts(calls)).toHaveLength(1));
    expect(puts(calls)[0]).toMatchObject({
      url: '/api/evaluation/evaluations/ev-1/findings/G8',
      body: { vetoFindings: [{ description: '挪用医疗救助资金', evidence: '记账凭证 2026-031' }] },
    });
    await userEvent.click(within(item('G8')).getByRole('radio', { name: '未发现' }));
    await userEvent.click(within(item('G8')).getByRole('button', { name: '保存 G8' }));
    await waitFor(() => expect(puts(calls)).toHaveLength(2));
    expect(puts(calls)[1]!.body).toEqual({ vetoFindings: [] });
  });

  it('ELIGIBILITY_PRECONDITION: the evaluator says whether it is met', async () => {
    const { calls } = renderPage(service(evaluation()));
    await screen.findByTestId('item-D0');
    await userEvent.click(within(item('D0')).getByRole('radio', { name: '不符合' }));
    await userEvent.click(within(item('D0')).getByRole('button', { name: '保存 D0' }));
    await waitFor(() => expect(puts(calls)).toHaveLength(1));
    expect(puts(calls)[0]!.body).toEqual({ preconditionMet: false });
  });

  it('a metric item shows its KPI figure read-only, against its bound, with no form', async () => {
    const { calls } = renderPage(service(evaluation()));
    const metric = await screen.findByTestId('item-K1');
    expect(await within(metric).findByText('12.5')).toBeInTheDocument();
    expect(within(metric).getByText('未达标')).toBeInTheDocument();
    expect(within(metric).getByText('来自考核指标')).toBeInTheDocument();
    expect(within(metric).queryByRole('button')).not.toBeInTheDocument();
    expect(calls.map((c) => c.url)).toContain('/api/evaluation/kpis/service-points/sp-fenkou-township?from=2026-01-01&to=2026-06-30');
  });

  it('shows the field errors of a 400 on the fields', async () => {
    const handler = service(evaluation());
    const { calls } = renderPage((request) =>
      request.method === 'PUT'
        ? jsonResponse(400, { title: 'Bad Request', status: 400, errors: [{ field: 'notes', rule: 'Size', message: '备注过长' }] }, 'application/problem+json')
        : handler(request),
    );
    await screen.findByTestId('item-D0');
    await userEvent.click(within(item('D0')).getByRole('radio', { name: '符合' }));
    await userEvent.click(within(item('D0')).getByRole('button', { name: '保存 D0' }));
    expect(await within(item('D0')).findByText('备注过长')).toBeInTheDocument();
    expect(puts(calls)).toHaveLength(1);
  });

  it('refuses an evaluation not assigned to the evaluator, showing none of its data', async () => {
    const { calls } = renderPage(() =>
      jsonResponse(403, { type: 'https://chs.example/problems/forbidden', title: 'Forbidden', status: 403, detail: 'Evaluation ev-1 is not assigned to evaluator-1' }, 'application/problem+json'),
    );
    expect(await screen.findByText('无权查看此评估')).toBeInTheDocument();
    expect(screen.getByText('这项评估没有指派给您。如需参与，请联系医保局管理员指派。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回我的评估任务' })).toHaveAttribute('href', '/evaluations');
    expect(calls.map((c) => c.url)).toEqual(['/api/evaluation/evaluations/ev-1']);
    expect(screen.queryByText(/汾口镇/)).not.toBeInTheDocument();
  });

  it('says so when the evaluation does not exist', async () => {
    renderPage(() => jsonResponse(404, { type: 'https://chs.example/problems/evaluation-not-found', title: 'Not found', status: 404 }, 'application/problem+json'));
    expect(await screen.findByText('评估不存在')).toBeInTheDocument();
  });
});
