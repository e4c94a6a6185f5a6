import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useParams } from 'react-router';
import { fakeApi, jsonResponse, renderWithProviders, VILLAGE_CLERK, type Handler } from '../../test/render';
import DeskPage from './DeskPage';
import { CATALOGUE, POINT_ITEMS } from './items/itemFixtures';
import { handlingAnswer } from './items/enrollment/testKit';
import { WANG_FANG } from './person/personFixtures';
import { findReceipt } from './receipt/receiptStore';

function ReceiptProbe() {
  const { handlingId } = useParams();
  return <p>receipt {handlingId}</p>;
}

const platform: Handler = ({ method, url }) => {
  if (url === '/api/registry/service-points/sp-fenkou-village/items') return jsonResponse(200, POINT_ITEMS);
  if (url === '/api/registry/catalogue?version=3') return jsonResponse(200, CATALOGUE);
  if (method === 'POST' && url === '/api/enrollment/persons/lookups') return jsonResponse(200, [WANG_FANG]);
  if (url === '/api/enrollment/persons/psn-wang') return jsonResponse(200, WANG_FANG);
  if (method === 'POST' && url === '/api/enrollment/persons/psn-wang/enrolment-queries')
    return jsonResponse(200, { result: WANG_FANG, handling: handlingAnswer('QRY-01', '参保信息查询', 'psn-wang') });
  return jsonResponse(404, { title: 'Not Found' });
};

const click = (text: string) => userEvent.click(screen.getByText(text).closest('button')!);

function renderDesk(handler: Handler = platform, caller = VILLAGE_CLERK) {
  const { api, calls } = fakeApi(handler);
  renderWithProviders(
    <Routes>
      <Route path="/desk" element={<DeskPage />} />
      <Route path="/desk/receipts/:handlingId" element={<ReceiptProbe />} />
    </Routes>,
    { api, route: '/desk', caller },
  );
  return calls;
}

describe('DeskPage', { timeout: 120_000 }, () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-10T01:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('serves a citizen from ticket to receipt: queue, person, item, handling with the ticket’s times', async () => {
    const calls = renderDesk();
    expect(await screen.findByText('窗口工作台 · 汾口镇汾口村服务站')).toBeInTheDocument();
    expect(await screen.findByTestId('item-QRY-01')).toBeDisabled();
    expect(screen.getByTestId('item-ENR-02')).toBeDisabled();

    await click('取号');
    await screen.findByTestId('waiting-A001');
    vi.setSystemTime(new Date('2025-03-10T01:06:00Z'));
    await click('叫号');
    await waitFor(() => expect(screen.getByTestId('current-ticket')).toHaveTextContent('A001'));
    expect(screen.getByTestId('item-ENR-02')).toBeEnabled();
    expect(screen.getByTestId('item-QRY-01')).toBeDisabled();

    const idInput = screen.getByLabelText('公民身份号码');
    await userEvent.click(idInput);
    await userEvent.paste('330127198506120324');
    await userEvent.click(screen.getByText('查找').closest('button')!);
    expect(await screen.findByTestId('masked-id-number')).toHaveTextContent('330127********0324');
    expect(document.body).not.toHaveTextContent('330127198506120324');

    await waitFor(() => expect(screen.getByTestId('item-QRY-01')).toBeEnabled());
    await userEvent.click(screen.getByTestId('item-QRY-01'));
    vi.setSystemTime(new Date('2025-03-10T01:08:00Z'));
    await screen.findByText('为办事群众查询本人的参保信息。查询将记录为一件办件，结果打印在回执上。', {}, { timeout: 10_000 });
    await userEvent.click(screen.getByText(/^查\s?询$/, { selector: 'button span' }).closest('button')!);

    expect(await screen.findByText('receipt hdl-QRY-01')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST' && c.url.endsWith('/enrolment-queries'));
    expect(post?.body).toEqual({
      handling: { servicePointId: 'sp-fenkou-village', channel: 'COUNTER', queuedAt: '2025-03-10T01:00:00.000Z', startedAt: '2025-03-10T01:06:00.000Z' },
    });
    expect(findReceipt('hdl-QRY-01')?.person).toEqual({ personId: 'psn-wang', name: '王芳', maskedIdNumber: '330127********0324' });
    const stored = JSON.parse(localStorage.getItem('chs.console.queue.v1.sp-fenkou-village.2025-03-10') ?? '[]') as { number: string; handlingIds: string[] }[];
    expect(stored[0]).toMatchObject({ number: 'A001', handlingIds: ['hdl-QRY-01'] });
  });

  it('offers to enrol a number that is not enrolled, with the number carried into the form', async () => {
    renderDesk((request) =>
      request.method === 'POST' && request.url === '/api/enrollment/persons/lookups' ? jsonResponse(200, []) : platform(request),
    );
    await click('取号');
    await screen.findByTestId('waiting-A001');
    await click('叫号');
    await waitFor(() => expect(screen.getByTestId('current-ticket')).toHaveTextContent('A001'));
    const idInput = screen.getByLabelText('公民身份号码');
    await userEvent.click(idInput);
    await userEvent.paste('330127198506120324');
    await userEvent.click(screen.getByText('查找').closest('button')!);
    expect(await screen.findByText('330127********0324 尚未参保')).toBeInTheDocument();

    await userEvent.click(screen.getAllByText('城乡居民参保登记').map((el) => el.closest('button')!).find((b) => !b.dataset.testid)!);
    await waitFor(() => expect(document.querySelector('.ant-drawer input#itemForm_idNumber')).toHaveValue('330127198506120324'));
  });

  it('tells a clerk without a service point that business needs one', () => {
    renderDesk(platform, { ...VILLAGE_CLERK, servicePointId: undefined });
    expect(screen.getByText('您的账号没有绑定服务网点')).toBeInTheDocument();
  });
});
