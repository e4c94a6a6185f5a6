import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse, renderWithProviders, type Handler } from '../../../test/render';
import { agencyToday } from '../../../lib/time';
import { saveReceipt } from '../receipt/receiptStore';
import type { Handling } from '../types';
import HandlingsPage from './HandlingsPage';

configure({ asyncUtilTimeout: 5000 });

const handling = (id: string, itemCode: string, itemName: string, completedAt: string, extra: Partial<Handling> = {}): Handling => ({
  handlingId: id,
  itemCode,
  itemName,
  servicePointId: 'sp-fenkou-village',
  operator: 'clerk-village',
  channel: 'COUNTER',
  queuedAt: '2026-05-10T00:50:00Z',
  startedAt: '2026-05-10T01:00:00Z',
  completedAt,
  personId: `psn-${id}`,
  ...extra,
});

const ENROLMENT = [
  handling('e1', 'ENR-02', '城乡居民参保登记', '2026-05-10T01:05:00Z'),
  handling('e2', 'PAY-01', '参保缴费', '2026-05-10T01:30:00Z', { channel: 'BANK_API', queuedAt: null, operator: 'bank-nongshang' }),
];
const SETTLEMENT = [
  handling('s1', 'FIL-01', '异地长期居住人员备案', '2026-05-10T01:10:00.5Z'),
  handling('s2', 'RMB-01', '零星报销, 手工', '2026-05-10T01:40:00Z'),
];

const page = (items: Handling[], hasNext = false, pageNo = 0) => ({ items, page: pageNo, size: 200, hasNext });

function api(enrollment: Handler, settlement: Handler) {
  return fakeApi((call) =>
    call.url.startsWith('/api/registry/service-points/')
      ? jsonResponse(200, { id: 'sp-fenkou-village', name: '赋溪村医保服务点', type: 'VILLAGE_STATION', areaCode: '330127' })
      : call.url.startsWith('/api/enrollment/handlings')
        ? enrollment(call)
        : settlement(call),
  );
}

/** jsdom's Blob has no arrayBuffer(); its FileReader reads one. */
const readBytes = (blob: Blob) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });

const dataRows = () => screen.getAllByRole('row').filter((row) => row.closest('tbody') && !row.classList.contains('ant-table-placeholder') && !row.getAttribute('aria-hidden'));

describe('HandlingsPage', { timeout: 60_000 }, () => {
  const { createObjectURL, revokeObjectURL } = URL;
  afterEach(() => {
    vi.restoreAllMocks();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  it('merges both services’ handlings of today in completion order', async () => {
    const { api: client, calls } = api(
      () => jsonResponse(200, page(ENROLMENT)),
      () => jsonResponse(200, page(SETTLEMENT)),
    );
    saveReceipt({ handling: SETTLEMENT[0] as Handling, servicePointName: '汾口', itemName: '异地长期居住人员备案', lines: [] });
    renderWithProviders(<HandlingsPage />, { api: client });

    expect(await screen.findByText('零星报销, 手工（RMB-01）')).toBeInTheDocument();
    await screen.findByText('城乡居民参保登记（ENR-02）');
    const rows = dataRows();
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['09:05:00', '09:10:00', '09:30:00', '09:40:00']);
    expect(rows.map((row) => within(row).getAllByRole('cell')[3]?.textContent)).toEqual(['psn-e1', 'psn-s1', 'psn-e2', 'psn-s2']);
    expect(within(rows[0] as HTMLElement).getByText('参保登记')).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByText('备案报销')).toBeInTheDocument();
    expect(within(rows[2] as HTMLElement).getByText('医银合作')).toBeInTheDocument();
    // waiting 10 minutes, handling 5 (09:00 → 09:05); a bank's handling has no queue time
    expect(within(rows[0] as HTMLElement).getByText('10')).toBeInTheDocument();
    expect(within(rows[0] as HTMLElement).getByText('5')).toBeInTheDocument();
    expect(within(rows[2] as HTMLElement).getAllByRole('cell')[6]).toHaveTextContent('—');
    // the receipt link only where this session has the receipt
    expect(within(rows[1] as HTMLElement).getByRole('link', { name: '回执' })).toHaveAttribute('href', '/desk/receipts/s1');
    expect(within(rows[0] as HTMLElement).queryByRole('link')).not.toBeInTheDocument();

    const today = agencyToday();
    expect(calls.map((c) => c.url).filter((url) => url.includes('/handlings')).sort()).toEqual([
      `/api/enrollment/handlings?date=${today}&page=0&size=200`,
      `/api/settlement/handlings?date=${today}&page=0&size=200`,
    ]);
    expect(screen.getByText('今日办件')).toBeInTheDocument();
    expect(await screen.findByText(/赋溪村医保服务点/)).toBeInTheDocument();
  });

  it('shows the other service’s list and names the unavailable one when one answers 503', async () => {
    const { api: client } = api(
      () => jsonResponse(200, page(ENROLMENT)),
      () =>
        jsonResponse(
          503,
          { type: 'https://chs-platform.org/problems/dependency-unavailable', title: 'Service unavailable', status: 503, service: 'settlement-service' },
          'application/problem+json',
        ),
    );
    renderWithProviders(<HandlingsPage />, { api: client });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('结算服务暂时不可用');
    expect(alert).toHaveTextContent('下表只列出参保登记服务的办件，结算服务的办件没有列出（不代表没有办件）');
    expect(await screen.findByText('城乡居民参保登记（ENR-02）')).toBeInTheDocument();
    expect(dataRows()).toHaveLength(2);
  });

  it('shows no list at all, only what failed, when neither service answers', async () => {
    const down = () => jsonResponse(503, { title: 'Service unavailable', status: 503 }, 'application/problem+json');
    renderWithProviders(<HandlingsPage />, { api: api(down, down).api });
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    expect(screen.getByText('参保登记服务暂时不可用')).toBeInTheDocument();
    expect(screen.getByText('结算服务暂时不可用')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByText('当日没有办件')).not.toBeInTheDocument();
  });

  it('pages each service by hasNext and never shows a gap: the list stops where a service has more', async () => {
    const user = userEvent.setup({ delay: null });
    const { api: client, calls } = api(
      (call) => jsonResponse(200, call.url.includes('page=1') ? page([ENROLMENT[1] as Handling], false, 1) : page([ENROLMENT[0] as Handling], true)),
      () => jsonResponse(200, page(SETTLEMENT)),
    );
    renderWithProviders(<HandlingsPage />, { api: client });

    expect(await screen.findByText('已列至 09:05:00')).toBeInTheDocument();
    expect(dataRows()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: '加载更多' }));
    await waitFor(() => expect(dataRows()).toHaveLength(4));
    expect(calls.filter((c) => c.url.startsWith('/api/enrollment')).map((c) => c.url)).toEqual([
      `/api/enrollment/handlings?date=${agencyToday()}&page=0&size=200`,
      `/api/enrollment/handlings?date=${agencyToday()}&page=1&size=200`,
    ]);
    expect(calls.filter((c) => c.url.startsWith('/api/settlement'))).toHaveLength(1);
    expect(screen.queryByRole('button', { name: '加载更多' })).not.toBeInTheDocument();
  });

  it('exports the shown rows as CSV in UTF-8 with a byte-order mark', async () => {
    const user = userEvent.setup({ delay: null });
    let blob: Blob | undefined;
    Object.assign(URL, {
      createObjectURL: vi.fn((b: Blob) => {
        blob = b;
        return 'blob:handlings';
      }),
      revokeObjectURL: vi.fn(),
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { api: client } = api(
      () => jsonResponse(200, page(ENROLMENT)),
      () => jsonResponse(200, page(SETTLEMENT)),
    );
    renderWithProviders(<HandlingsPage />, { api: client });
    await screen.findByText('零星报销, 手工（RMB-01）');
    await screen.findByText('城乡居民参保登记（ENR-02）');

    await user.click(screen.getByRole('button', { name: /导出 CSV/ }));
    expect(click).toHaveBeenCalledTimes(1);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe(`办件台账-sp-fenkou-village-${agencyToday()}.csv`);
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    const bytes = await readBytes(blob as Blob);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3));
    expect(text.split('\r\n')).toEqual([
      '办结时间,事项编码,事项名称,业务类别,参保人编号,经办人,渠道,等候（分钟）,办理（分钟）,办件编号',
      '2026-05-10 09:05:00,ENR-02,城乡居民参保登记,参保登记,psn-e1,clerk-village,窗口,10,5,e1',
      '2026-05-10 09:10:00,FIL-01,异地长期居住人员备案,备案报销,psn-s1,clerk-village,窗口,10,10,s1',
      '2026-05-10 09:30:00,PAY-01,参保缴费,参保登记,psn-e2,bank-nongshang,医银合作,,30,e2',
      '2026-05-10 09:40:00,RMB-01,"零星报销, 手工",备案报销,psn-s2,clerk-village,窗口,10,40,s2',
      '',
    ]);
  });
});
