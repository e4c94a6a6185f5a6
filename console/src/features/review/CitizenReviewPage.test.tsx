import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, renderWithProviders } from '../../test/render';
import CitizenReviewPage from './CitizenReviewPage';
import type { Invitation } from './invitation';

// Tables and dialogs of Ant Design render slowly in jsdom, more so on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

interface Call {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * The page builds its own token-less API client over the browser's fetch, so the tests fake that fetch (the providers'
 * signed-in client, which would send `Bearer test-token`, must not be the one used).
 */
function citizenServer(handler: (call: Call) => Response): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const call = {
      method: init?.method ?? 'GET',
      url: String(input),
      headers: (init?.headers ?? {}) as Record<string, string>,
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    };
    calls.push(call);
    return handler(call);
  });
  return calls;
}

const INVITATION: Invitation = {
  handlingId: 'h-1',
  itemCode: 'ENR-01',
  itemName: '城乡居民参保登记',
  servicePointId: 'sp-fenkou-township',
  servicePointName: '汾口镇便民服务中心',
  handlingDay: '2026-05-02',
  completedAt: '2026-05-02T01:15:00Z',
  reviewed: false,
  reviewedLevel: null,
};

const LINK = '/review?h=h-1&t=tok-abc';
const problem = (status: number, type: string, detail: string) =>
  jsonResponse(status, { type: `https://chs.example/problems/${type}`, title: 'x', status, detail }, 'application/problem+json');

function renderPage(route = LINK) {
  return renderWithProviders(<CitizenReviewPage />, { route });
}

const button = (label: string) => screen.getByRole('radio', { name: label });

afterEach(() => vi.unstubAllGlobals());

describe('CitizenReviewPage', () => {
  it('shows the handling named in the invitation, asked for with the review token and without any sign-in', async () => {
    const calls = citizenServer(() => jsonResponse(200, INVITATION));
    renderPage();
    expect(await screen.findByText('城乡居民参保登记')).toBeInTheDocument();
    expect(screen.getByText('汾口镇便民服务中心')).toBeInTheDocument();
    expect(screen.getByText('2026-05-02 09:15:00')).toBeInTheDocument();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'GET', url: '/api/evaluation/reviews/h-1/invitation' });
    expect(calls[0]!.headers['X-Review-Token']).toBe('tok-abc');
    expect(calls[0]!.headers).not.toHaveProperty('Authorization');
    expect(screen.getAllByRole('radio').map((r) => r.textContent?.replace(/\s/g, ''))).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
  });

  it('offers only the reasons that fit the chosen level and drops the ones that no longer fit', async () => {
    citizenServer(() => jsonResponse(200, INVITATION));
    renderPage();
    await screen.findByText('城乡居民参保登记');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();

    await userEvent.click(button('满意'));
    const positive = screen.getAllByRole('checkbox').map((c) => c.textContent);
    expect(positive).toEqual(['服务热情', '办理高效', '一次告知清楚', '便捷省心', '其他']);
    await userEvent.click(screen.getByRole('checkbox', { name: '服务热情' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '其他' }));
    expect(screen.getByRole('checkbox', { name: '服务热情' })).toHaveAttribute('aria-checked', 'true');

    await userEvent.click(button('非常不满意'));
    const negative = screen.getAllByRole('checkbox').map((c) => c.textContent);
    expect(negative).toEqual(['服务态度差', '等候时间长', '办理效率低', '材料重复提交', '多次跑动', '告知不清', '环境设施差', '其他']);
    expect(screen.queryByRole('checkbox', { name: '服务热情' })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '其他' })).toHaveAttribute('aria-checked', 'true');
  });

  it('sends the level, the reasons, the comment and the token, and thanks the citizen', async () => {
    const calls = citizenServer(({ method }) => (method === 'POST' ? jsonResponse(201, { handlingId: 'h-1', level: 'DISSATISFIED' }) : jsonResponse(200, INVITATION)));
    renderPage();
    await screen.findByText('城乡居民参保登记');
    await userEvent.click(button('满意'));
    await userEvent.click(screen.getByRole('checkbox', { name: '办理高效' }));
    await userEvent.click(button('不满意'));
    await userEvent.click(screen.getByRole('checkbox', { name: '等候时间长' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '其他' }));
    await userEvent.click(screen.getByLabelText('意见和建议（选填）'));
    await userEvent.paste('  排队排了四十分钟  ');
    expect(document.querySelector('[data-count]')).toHaveAttribute('data-count', '12 / 1000');
    await userEvent.click(screen.getByRole('button', { name: '提交评价' }));

    expect(await screen.findByText('感谢您的评价！')).toBeInTheDocument();
    expect(screen.getByText('您的评价：不满意')).toBeInTheDocument();
    expect(screen.getByText(/转交服务网点限期整改/)).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST');
    expect(post).toMatchObject({
      url: '/api/evaluation/reviews',
      body: { handlingId: 'h-1', token: 'tok-abc', level: 'DISSATISFIED', reasons: ['LONG_WAIT', 'OTHER'], comment: '排队排了四十分钟' },
    });
    expect(post!.headers).not.toHaveProperty('Authorization');
  });

  it('asks for a level before sending anything', async () => {
    const calls = citizenServer(() => jsonResponse(200, INVITATION));
    renderPage();
    await screen.findByText('城乡居民参保登记');
    await userEvent.click(screen.getByRole('button', { name: '提交评价' }));
    expect(screen.getByText('请选择满意程度')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('says the link is not valid when the token is not the handling’s (403)', async () => {
    citizenServer(() => problem(403, 'forbidden', 'The review token does not belong to handling h-1'));
    renderPage();
    expect(await screen.findByText('评价链接无效')).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
  });

  it('asks the citizen to try again shortly while the handling is on its way (404), and then shows it', async () => {
    let attempts = 0;
    const calls = citizenServer(() => {
      attempts += 1;
      return attempts === 1 ? problem(404, 'handling-not-received', 'Handling h-1 is not known here yet') : jsonResponse(200, INVITATION);
    });
    renderPage();
    expect(await screen.findByText('办件信息正在同步')).toBeInTheDocument();
    expect(screen.getByText(/请稍后再试/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '再试一次' }));
    expect(await screen.findByText('城乡居民参保登记')).toBeInTheDocument();
    expect(calls).toHaveLength(2);
  });

  it('shows the level already given when the invitation says the handling was reviewed', async () => {
    citizenServer(() => jsonResponse(200, { ...INVITATION, reviewed: true, reviewedLevel: 'SATISFIED' }));
    renderPage();
    expect(await screen.findByText('本次办件已评价')).toBeInTheDocument();
    expect(screen.getByText('您的评价：满意')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交评价' })).not.toBeInTheDocument();
  });

  it('turns a second review (409) into "already reviewed" with the level on record', async () => {
    let invitations = 0;
    citizenServer(({ method }) => {
      if (method === 'POST') return problem(409, 'already-reviewed', 'Handling h-1 has already been reviewed');
      invitations += 1;
      return jsonResponse(200, invitations === 1 ? INVITATION : { ...INVITATION, reviewed: true, reviewedLevel: 'VERY_SATISFIED' });
    });
    renderPage();
    await screen.findByText('城乡居民参保登记');
    await userEvent.click(button('基本满意'));
    await userEvent.click(screen.getByRole('button', { name: '提交评价' }));
    expect(await screen.findByText('本次办件已评价')).toBeInTheDocument();
    expect(await screen.findByText('您的评价：非常满意')).toBeInTheDocument();
  });

  it('keeps the form and says "try again shortly" when the review itself comes before the handling (404)', async () => {
    citizenServer(({ method }) =>
      method === 'POST' ? problem(404, 'handling-not-received', 'Handling h-1 is not known here yet') : jsonResponse(200, INVITATION),
    );
    renderPage();
    await screen.findByText('城乡居民参保登记');
    await userEvent.click(button('满意'));
    await userEvent.click(screen.getByRole('button', { name: '提交评价' }));
    expect(await screen.findByText('办件信息正在同步')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '提交评价' })).toBeInTheDocument();
    expect(button('满意')).toHaveAttribute('aria-checked', 'true');
  });

  it.each([
    ['/review', 'nothing'],
    ['/review?h=h-1', 'no token'],
    ['/review?t=tok-abc', 'no handling'],
    [`/review?h=h-1&t=${'x'.repeat(201)}`, 'a token longer than the service takes'],
  ])('says the link is incomplete for %s (%s) and asks nothing', async (route) => {
    const calls = citizenServer(() => jsonResponse(200, INVITATION));
    renderPage(route);
    expect(await screen.findByText('评价链接不完整')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('still lets the citizen review by the link when the invitation cannot be read for another reason', async () => {
    citizenServer(({ method }) => (method === 'POST' ? jsonResponse(201, {}) : jsonResponse(401, { title: 'Unauthorized' })));
    renderPage();
    expect(await screen.findByText('h-1', { selector: '.ant-descriptions-item-content' })).toBeInTheDocument();
    expect(screen.getByText('办件编号')).toBeInTheDocument();
    expect(screen.queryByText('办理事项')).not.toBeInTheDocument();
    await userEvent.click(button('非常满意'));
    await userEvent.click(screen.getByRole('button', { name: '提交评价' }));
    expect(await screen.findByText('感谢您的评价！')).toBeInTheDocument();
  });

  it('switches to English', async () => {
    citizenServer(() => jsonResponse(200, INVITATION));
    renderPage();
    await screen.findByText('城乡居民参保登记');
    await userEvent.click(screen.getByRole('button', { name: /English/ }));
    expect(await screen.findByText('How satisfied are you with our service?')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Very dissatisfied' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Rate our service'));
  });
});
