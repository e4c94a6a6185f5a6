import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse, renderWithProviders, type Handler } from '../../../test/render';
import { ADMIN, AUDITOR } from '../testFixtures';
import ClearingPage, { lastClosedMonth } from './ClearingPage';
import { figureValue } from './ReconciliationPanel';
import { RunCard } from './RunCard';
import { agencyToday } from '../../../lib/time';

// Ant Design's tables, forms and popovers render slowly in jsdom, the more so on a machine shared by many builds.
vi.setConfig({ testTimeout: 300_000 });

const problem = (status: number, type: string, detail: string) =>
  jsonResponse(status, { type: `https://chs-platform.org/problems/${type}`, title: type, status, detail }, 'application/problem+json');

const STATEMENT = {
  id: 'cs-2026-04-310101-330127', period: '2026-04', payerRegion: '310101', payeeRegion: '330127', settledCount: 3, reversedCount: 1,
  settledFundPayment: 5000, reversedFundPayment: 765, fundPayment: 4235, status: 'ISSUED', issuedAt: '2026-05-01T01:00:00Z', issuedBy: 'admin',
};
const FUND_LOW = {
  region: '330106', balance: 1000, toppedUp: 50000, drawn: 49000, averageMonthlyPayments: 20000, recommended: 40000, warningLevel: 12000, warning: true,
};

function handler(overrides: (call: Parameters<Handler>[0]) => Response | undefined = () => undefined): Handler {
  return (call) => {
    const own = overrides(call);
    if (own) return own;
    const url = call.url;
    if (url.startsWith('/api/settlement/clearing/totals'))
      return jsonResponse(200, [{ period: '2026-04', payerRegion: '310101', payeeRegion: '330127', settledCount: 3, settledFundPayment: 5000, settledTotal: 9000, reversedCount: 1, reversedFundPayment: 765, reversedTotal: 3000, netFundPayment: 4235 }]);
    if (url.startsWith('/api/settlement/clearing/runs/')) return problem(404, 'not-found', 'No clearing run for 2026-04');
    if (url.startsWith('/api/settlement/clearing/statements?')) return jsonResponse(200, [STATEMENT]);
    if (url.startsWith('/api/settlement/clearing/reconciliation'))
      return jsonResponse(200, { period: '2026-04', pairsKept: 1, pairsRecomputed: 1, consistent: false, differences: [{ payerRegion: '310101', payeeRegion: '330127', figure: 'settledFundFen', kept: 500000, recomputed: 576500 }] });
    if (url.startsWith('/api/settlement/advance-funds/330106')) return jsonResponse(200, FUND_LOW);
    return problem(404, 'not-found', url);
  };
}

describe('ClearingPage', () => {
  it('shows totals, statements, the fund warning and reconciliation differences to the auditor, with no write control', async () => {
    const { api, calls } = fakeApi(handler());
    renderWithProviders(<ClearingPage />, { api, caller: AUDITOR, route: '/' });
    expect(await screen.findByText('¥4,235.00', { selector: 'strong' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(await screen.findByText(`${lastClosedMonth()} 尚未清算`)).toBeInTheDocument();
    expect(await screen.findByText('cs-2026-04-310101-330127')).toBeInTheDocument();
    expect(await screen.findByTestId('fund-warning')).toHaveTextContent('预付金余额 ¥1,000.00 低于预警线 ¥12,000.00');
    expect(screen.queryByRole('button', { name: /确认支付/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /执行/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /拨付预付金/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '从结算记录重算并比对' }));
    expect(await screen.findByText('发现 1 处差异')).toBeInTheDocument();
    const diff = screen.getByText('结算基金支付', { selector: 'td' }).closest('tr')!;
    expect(within(diff).getByText('¥5,000.00')).toBeInTheDocument();
    expect(within(diff).getByText('¥5,765.00')).toBeInTheDocument();
    expect(calls.every((c) => c.method === 'GET')).toBe(true);
  });

  it('lets agency-admin run the month, confirm a statement and top up the fund under one idempotency key', async () => {
    const { api, calls } = fakeApi(
      handler((call) => {
        if (call.method === 'POST' && call.url === '/api/settlement/clearing/runs')
          return jsonResponse(200, { period: lastClosedMonth(), status: 'COMPLETED', statementIds: ['cs-1'], positions: [{ region: '330127', receivable: 4235, payable: 0, net: 4235 }] });
        if (call.method === 'POST' && call.url.endsWith('/confirmation')) return jsonResponse(200, { ...STATEMENT, status: 'CONFIRMED' });
        if (call.method === 'POST' && call.url.endsWith('/top-ups')) return jsonResponse(200, { ...FUND_LOW, balance: 31000, warning: false });
        return undefined;
      }),
    );
    renderWithProviders(<ClearingPage />, { api, caller: ADMIN });
    await userEvent.click(await screen.findByRole('button', { name: `执行 ${lastClosedMonth()} 清算` }, { timeout: 60_000 }));
    const runPopup = await screen.findByText(/清算只能对已结束的月份执行一次/);
    await userEvent.click(within(runPopup.closest('.ant-popover')! as HTMLElement).getByRole('button', { name: /确\s?认/ }));
    await waitFor(() => expect(calls).toContainEqual(expect.objectContaining({ method: 'POST', url: '/api/settlement/clearing/runs', body: { period: lastClosedMonth() } })));
    expect(await screen.findByText('净头寸（正数为应收）')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '确认支付' }));
    const popup = await screen.findByText(/从参保地 310101 的预付金中划付给 330127/);
    await userEvent.click(within(popup.closest('.ant-popover')! as HTMLElement).getByRole('button', { name: /确\s?认/ }));
    await waitFor(() => expect(calls.map((c) => `${c.method} ${c.url}`)).toContain('POST /api/settlement/clearing/statements/cs-2026-04-310101-330127/confirmation'));

    await userEvent.type(await screen.findByLabelText('拨付金额（元）'), '30000.00');
    await userEvent.click(screen.getByRole('button', { name: /拨付预付金/ }));
    await waitFor(() => expect(calls.some((c) => c.url.endsWith('/top-ups'))).toBe(true));
    const topUp = calls.find((c) => c.url.endsWith('/top-ups'))!;
    expect(topUp.url).toBe('/api/settlement/advance-funds/330106/top-ups');
    expect(topUp.body).toEqual({ amount: 30000 });
    expect(topUp.headers['Idempotency-Key']).toMatch(/^[A-Za-z0-9_-]{8,128}$/);
    expect(await screen.findByText('余额高于预警线')).toBeInTheDocument();
  });

  it('names the figures of the reconciliation in yuan or as counts', () => {
    expect(figureValue('settledFundFen', 576500)).toBe('¥5,765.00');
    expect(figureValue('settledCount', 3)).toBe('3');
    expect(lastClosedMonth('2026-01-15')).toBe('2025-12');
  });

  it('offers no run for a month that has not ended', async () => {
    const month = agencyToday().slice(0, 7);
    const { api } = fakeApi(handler());
    renderWithProviders(<RunCard period={month} canWrite />, { api, caller: ADMIN });
    expect(await screen.findByText(`${month} 尚未结束，月份结束后才能清算`, {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /执行/ })).not.toBeInTheDocument();
  });
});
