import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse, renderWithProviders } from '../../../test/render';
import { catalogue } from '../../../i18n/catalogue';
import { AUDITOR, SETTLED } from '../testFixtures';
import SettlementsPage from './SettlementsPage';
import { settlementsCsv } from './settlementsCsv';

vi.setConfig({ testTimeout: 60_000 });

const answer = (url: string) => {
  if (url.startsWith('/api/settlement/settlements/st-42')) return jsonResponse(200, SETTLED);
  if (url.startsWith('/api/settlement/accumulators/p-7/2026'))
    return jsonResponse(200, { personId: 'p-7', year: 2026, fundPaid: 1765, bills: [{ bill: 'st-1', fundPayment: 1000, at: '2026-03-01T00:00:00Z' }, { bill: 'st-42', fundPayment: 765, at: '2026-05-10T06:00:00Z' }] });
  return jsonResponse(200, { items: [SETTLED], page: 0, size: 20, hasNext: true, total: 45 });
};

describe('SettlementsPage', () => {
  it('pages settlements from the server with masked ID numbers, and filters by institution', async () => {
    const { api, calls } = fakeApi((call) => answer(call.url));
    renderWithProviders(<SettlementsPage />, { api, caller: AUDITOR });
    const row = (await screen.findByText('ZY20260510-0042')).closest('tr')!;
    expect(calls[0]!.url).toBe('/api/settlement/settlements?page=0&size=20');
    expect(within(row).getByText('330106********0322')).toBeInTheDocument();
    expect(within(row).getByText('¥765.00')).toBeInTheDocument();
    expect(within(row).getByText('重复收费')).toBeInTheDocument();
    expect(screen.getByText('共 45 条')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('定点医疗机构编码'), ' inst-chunan-tcm ');
    await userEvent.click(screen.getByRole('button', { name: /查\s?询/ }));
    await waitFor(() => expect(calls.map((c) => c.url)).toContain('/api/settlement/settlements?institutionId=inst-chunan-tcm&page=0&size=20'));
  });

  it('opens the itemised amounts, classed lines, audit evidence and the year to date', async () => {
    const { api } = fakeApi((call) => answer(call.url));
    renderWithProviders(<SettlementsPage />, { api, caller: AUDITOR });
    await userEvent.click(await screen.findByText('ZY20260510-0042'));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('政策范围内费用')).toBeInTheDocument();
    const amount = (label: string) => within(drawer).getByText(label).closest('tr')!;
    expect(amount('政策范围内费用')).toHaveTextContent('¥2,900.00');
    expect(amount('支付比例')).toHaveTextContent('45%');
    expect(within(drawer).getByText('三级')).toBeInTheDocument();
    const b10 = within(drawer).getByText('B10', { selector: 'td' }).closest('tr')!;
    expect(b10).toHaveTextContent('乙类 10%');
    expect(within(b10).getByText('先行自付')).toBeInTheDocument();
    expect(within(b10).getByText('重复收费')).toBeInTheDocument();
    const flags = within(drawer).getByTestId('settlement-flags');
    expect(within(flags).getByText('B10 charged 4 times on 2026-05-02')).toBeInTheDocument();
    expect(within(flags).getByText('限量')).toBeInTheDocument();
    expect(await within(drawer).findByTestId('accumulator-total')).toHaveTextContent('¥1,765.00');
  });

  it('exports the search as CSV with plain yuan and masked ID numbers', () => {
    const t = (key: string) => catalogue['zh-CN'][key as keyof (typeof catalogue)['zh-CN']] ?? key;
    const csv = settlementsCsv([SETTLED], { t, tx: (key, fallback) => catalogue['zh-CN'][key as keyof (typeof catalogue)['zh-CN']] ?? fallback });
    const [header, line] = csv.split('\r\n');
    expect(header).toContain('结算时间,ID,票据号');
    expect(line).toBe('2026-05-10 14:00:00,st-42,ZY20260510-0042,直接结算,inst-chunan-first-peoples,330106********0322,330106,330127,3000,765,2235,已结算,重复收费');
  });
});
