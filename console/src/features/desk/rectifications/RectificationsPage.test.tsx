import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse, renderWithProviders, VILLAGE_CLERK, type Handler } from '../../../test/render';
import { CATALOGUE, page, review } from '../../reviews/fixtures';
import type { ReviewView } from '../../reviews/model';
import RectificationsPage from './RectificationsPage';

// Tables and dialogs of Ant Design render slowly in jsdom, more so on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const OVERDUE = review({
  handlingId: 'h-late',
  comment: '材料让我交了两次',
  reasons: ['REPEATED_MATERIALS', 'MULTIPLE_VISITS'],
  rectification: { status: 'OPEN', openedAt: '2026-04-01T01:00:00Z', dueAt: '2026-04-08T01:00:00Z', overdue: true },
});
const ON_TIME = review({ handlingId: 'h-new', itemCode: 'FIL-01', comment: null, reasons: null });
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

function server(list: (url: string) => ReviewView[], answer?: Handler) {
  return fakeApi((request) => {
    if (request.url.startsWith('/api/registry/catalogue/items')) return jsonResponse(200, CATALOGUE);
    if (request.method === 'POST' && answer) return answer(request);
    if (request.url.startsWith('/api/evaluation/rectifications?')) return jsonResponse(200, page(list(request.url)));
    return jsonResponse(404, { title: 'Not Found' });
  });
}


/** Types a text in one go (a paste), as fast as the tests need. */
async function fill(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

const ANSWER_BUTTON = '答复';

async function row(handlingId: string): Promise<HTMLElement> {
  const cell = await screen.findByText(handlingId);
  return cell.closest('tr')!;
}

describe('RectificationsPage', () => {
  it("lists the open rectifications of the clerk's own point, overdue ones in red", async () => {
    const { api, calls } = server(() => [OVERDUE, ON_TIME]);
    renderWithProviders(<RectificationsPage />, { api, caller: VILLAGE_CLERK });
    const late = await row('h-late');
    expect(calls.find((c) => c.url.startsWith('/api/evaluation/'))).toMatchObject({
      method: 'GET',
      url: '/api/evaluation/rectifications?servicePointId=sp-fenkou-village&status=OPEN&page=0&size=10',
    });
    expect(late).toHaveClass('chs-row-overdue');
    expect(within(late).getByText('已逾期')).toBeInTheDocument();
    expect(within(late).getByText('不满意')).toBeInTheDocument();
    expect(within(late).getByText('材料重复提交')).toBeInTheDocument();
    expect(within(late).getByText('多次跑动')).toBeInTheDocument();
    expect(within(late).getByText('材料让我交了两次')).toBeInTheDocument();
    expect(await within(late).findByText('参保登记')).toBeInTheDocument();
    expect(within(late).getByText('2026-04-08 09:00:00')).toBeInTheDocument();

    const onTime = await row('h-new');
    expect(onTime).not.toHaveClass('chs-row-overdue');
    expect(within(onTime).queryByText('已逾期')).not.toBeInTheDocument();
    expect(within(onTime).getByText('异地长期居住备案')).toBeInTheDocument();
    expect(within(onTime).getByText('（未填写意见）')).toBeInTheDocument();
  });

  it('asks for the overdue ones with overdue=true and for the others by status', async () => {
    const { api, calls } = server((url) => (url.includes('overdue=true') ? [OVERDUE] : url.includes('ANSWERED') ? [ANSWERED] : [ON_TIME]));
    renderWithProviders(<RectificationsPage />, { api });
    await row('h-new');
    await userEvent.click(screen.getByText('已逾期', { selector: '.ant-segmented-item-label' }));
    await row('h-late');
    expect(calls.map((c) => c.url)).toContain('/api/evaluation/rectifications?servicePointId=sp-fenkou-village&overdue=true&page=0&size=10');
    await userEvent.click(screen.getByText('已答复', { selector: '.ant-segmented-item-label' }));
    const answered = await row('h-answered');
    expect(calls.map((c) => c.url)).toContain('/api/evaluation/rectifications?servicePointId=sp-fenkou-village&status=ANSWERED&page=0&size=10');
    // An answered rectification shows the answer and cannot be answered again here.
    expect(within(answered).getByText('增开高峰时段窗口')).toBeInTheDocument();
    expect(within(answered).getByText('clerk-village 于 2026-05-03 10:00:00 答复')).toBeInTheDocument();
    expect(within(answered).queryByRole('button', { name: ANSWER_BUTTON })).not.toBeInTheDocument();
  });

  it('answers an open rectification with what the point changed, after checking it is filled in', async () => {
    let answered = false;
    const { api, calls } = server(
      () => (answered ? [{ ...ON_TIME, rectification: { ...ON_TIME.rectification!, status: 'ANSWERED', answer: '已培训窗口人员' } }] : [ON_TIME]),
      ({ body }) => {
        answered = true;
        return jsonResponse(200, { ...ON_TIME, rectification: { ...ON_TIME.rectification!, status: 'ANSWERED', answer: (body as { answer: string }).answer } });
      },
    );
    renderWithProviders(<RectificationsPage />, { api });
    await userEvent.click(within(await row('h-new')).getByRole('button', { name: ANSWER_BUTTON }));
    const dialog = await screen.findByRole('dialog');

    await fill(within(dialog).getByLabelText('整改措施'), '   ');
    await userEvent.click(within(dialog).getByRole('button', { name: '提交答复' }));
    expect(await within(dialog).findByText('请填写整改措施')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await fill(within(dialog).getByLabelText('整改措施'), '已培训窗口人员');
    await userEvent.click(within(dialog).getByRole('button', { name: '提交答复' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      url: '/api/evaluation/rectifications/h-new/answer',
      body: { answer: '已培训窗口人员' },
    });
    expect(await screen.findByText('已答复，等待医保局核实办结')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The list is asked again, so the row no longer offers to answer.
    await waitFor(() => expect(calls.filter((c) => c.url.startsWith('/api/evaluation/rectifications?')).length).toBeGreaterThan(1));
  });

  it("puts the service's field error on the answer and shows other refusals above the form", async () => {
    let attempt = 0;
    const { api } = server(
      () => [ON_TIME],
      () => {
        attempt += 1;
        return attempt === 1
          ? jsonResponse(400, { title: 'Bad Request', status: 400, errors: [{ field: 'answer', rule: 'Size', message: '最多2000个字符' }] }, 'application/problem+json')
          : jsonResponse(409, { type: 'https://chs.example/problems/rectification-closed', title: 'Conflict', status: 409, detail: 'The rectification of handling h-new is closed' }, 'application/problem+json');
      },
    );
    renderWithProviders(<RectificationsPage />, { api });
    await userEvent.click(within(await row('h-new')).getByRole('button', { name: ANSWER_BUTTON }));
    const dialog = await screen.findByRole('dialog');
    await fill(within(dialog).getByLabelText('整改措施'), '已整改');
    await userEvent.click(within(dialog).getByRole('button', { name: '提交答复' }));
    expect(await within(dialog).findByText('最多2000个字符')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: '提交答复' }));
    expect(await within(dialog).findByText('该整改单已办结，不能再答复')).toBeInTheDocument();
  });

  it('tells a clerk without a point why there is nothing to show, and calls nothing', () => {
    const { api, calls } = server(() => []);
    renderWithProviders(<RectificationsPage />, { api, caller: { ...VILLAGE_CLERK, servicePointId: undefined } });
    expect(screen.getByText('未关联服务网点')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });
});
