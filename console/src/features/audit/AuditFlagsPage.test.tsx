import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Caller } from '../../auth/caller';
import { fakeApi, jsonResponse, renderWithProviders } from '../../test/render';
import { catalogue } from '../../i18n/catalogue';
import { SETTLED } from '../settlement/testFixtures';
import AuditFlagsPage from './AuditFlagsPage';
import { flagsCsv } from './flagsCsv';
import type { FlaggedSettlement } from './model';
import type { Page } from '../../api/page';

// Tables and forms of Ant Design render slowly in jsdom, more so on a busy machine.
vi.setConfig({ testTimeout: 240_000 });

const AUDITOR: Caller = { username: 'auditor', displayName: '基金监管', roles: ['auditor'] };

const REPEAT: FlaggedSettlement = {
  settlementId: 'st-1',
  billNumber: 'B2026050001',
  institutionId: 'hosp-chunan-1',
  personId: 'p-1',
  maskedIdNumber: '330127********123X',
  insuredRegion: '330127',
  treatmentRegion: '330102',
  status: 'COMPLETED',
  settledAt: '2026-05-02T03:00:00Z',
  flags: [
    {
      rule: 'REPEAT_CHARGE',
      itemCode: '250101001',
      blocking: false,
      message: 'Item 250101001 charged 3 times on 2026-05-01 (at most 1)',
      evidence: { date: '2026-05-01', lines: '1,2,3', count: '3', limit: '1' },
    },
    {
      rule: 'RESTRICTED_DRUG_WITHOUT_QUALIFICATION',
      itemCode: 'XA01',
      blocking: true,
      message: 'restricted drug XA01 without qualification',
      evidence: { qualifyingDiseases: 'E11' },
    },
  ],
};

function result(items: FlaggedSettlement[], total = items.length): Page<FlaggedSettlement> {
  return { items, page: 0, size: 20, hasNext: total > items.length, total };
}

describe('AuditFlagsPage', () => {
  it('lists flagged settlements with rule, blocking, institution, evidence and date', async () => {
    const { api, calls } = fakeApi(() => jsonResponse(200, result([REPEAT], 41)));
    renderWithProviders(<AuditFlagsPage />, { api, caller: AUDITOR });
    const row = (await screen.findByText('st-1')).closest('tr')!;
    expect(calls[0]).toMatchObject({ method: 'GET', url: '/api/settlement/audit-flags?page=0&size=20' });
    expect(within(row).getByText('2026-05-02 11:00:00')).toBeInTheDocument();
    expect(within(row).getByText('票据号 B2026050001')).toBeInTheDocument();
    expect(within(row).getByText('hosp-chunan-1')).toBeInTheDocument();
    expect(within(row).getByText('330127********123X')).toBeInTheDocument();
    expect(within(row).getByText('330127 → 330102')).toBeInTheDocument();
    expect(within(row).getByText('已结算')).toBeInTheDocument();
    const [repeat, restricted] = within(row).getAllByTestId('audit-flag');
    expect(within(repeat!).getByText('重复收费')).toBeInTheDocument();
    expect(within(repeat!).getByText('提示')).toBeInTheDocument();
    expect(within(repeat!).getByText('Item 250101001 charged 3 times on 2026-05-01 (at most 1)')).toBeInTheDocument();
    expect(within(repeat!).getByText('明细行号')).toBeInTheDocument();
    expect(within(repeat!).getByText('1,2,3')).toBeInTheDocument();
    expect(within(restricted!).getByText('超医保限制用药')).toBeInTheDocument();
    expect(within(restricted!).getByText('拦截')).toBeInTheDocument();
    expect(within(restricted!).getByText('限定病种')).toBeInTheDocument();
    expect(screen.getByText('共 41 条')).toBeInTheDocument();
  });

  it('sends the filters as the query string and starts again at the first page', async () => {
    const { api, calls } = fakeApi(() => jsonResponse(200, result([REPEAT], 41)));
    renderWithProviders(<AuditFlagsPage />, { api, caller: AUDITOR });
    await screen.findByText('st-1');
    await userEvent.click(screen.getByRole('listitem', { name: '2' }));
    await waitFor(() => expect(calls.map((c) => c.url)).toContain('/api/settlement/audit-flags?page=1&size=20'));

    await userEvent.click(screen.getByRole('combobox', { name: '审核规则' }));
    await userEvent.click(await screen.findByText('分解住院', { selector: '.ant-select-item-option-content' }));
    await userEvent.click(screen.getByLabelText('定点医疗机构'));
    await userEvent.paste(' hosp-chunan-1 ');
    await userEvent.click(screen.getByLabelText('参保地'));
    await userEvent.paste('330127');
    await userEvent.click(screen.getByLabelText('就医地'));
    await userEvent.paste('330102');
    const [from, to] = screen.getAllByRole('textbox').filter((input) => input.closest('.ant-picker-range'));
    await userEvent.click(from!);
    await userEvent.paste('2026-05-01');
    await userEvent.click(to!);
    await userEvent.paste('2026-05-31');
    await userEvent.keyboard('{Enter}');
    await userEvent.click(screen.getByRole('button', { name: /查\s?询/ }));
    await waitFor(() =>
      expect(calls.map((c) => c.url)).toContain(
        '/api/settlement/audit-flags?rule=DECOMPOSED_HOSPITALISATION&institutionId=hosp-chunan-1&insuredRegion=330127&treatmentRegion=330102&from=2026-05-01&to=2026-05-31&page=0&size=20',
      ),
    );
  });

  it('refuses a region that is not a six-digit code, without asking', async () => {
    const { api, calls } = fakeApi(() => jsonResponse(200, result([])));
    renderWithProviders(<AuditFlagsPage />, { api, caller: AUDITOR });
    await waitFor(() => expect(calls).toHaveLength(1));
    await userEvent.click(screen.getByLabelText('参保地'));
    await userEvent.paste('3301');
    await userEvent.click(screen.getByRole('button', { name: /查\s?询/ }));
    expect(await screen.findByText('请输入6位行政区划代码')).toBeInTheDocument();
    expect(calls).toHaveLength(1);
  });

  it('opens the flagged settlement with its itemised amounts and the flagged line marked', async () => {
    const { api, calls } = fakeApi((call) =>
      call.url.startsWith('/api/settlement/settlements/') ? jsonResponse(200, { ...SETTLED, id: 'st-1' })
      : call.url.startsWith('/api/settlement/accumulators/') ? jsonResponse(404, { status: 404, title: 'Not Found' }, 'application/problem+json')
      : jsonResponse(200, result([REPEAT])),
    );
    renderWithProviders(<AuditFlagsPage />, { api, caller: AUDITOR });
    await screen.findByText('st-1');
    await userEvent.click(screen.getByRole('button', { name: '结算明细' }));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('政策范围内费用', {}, { timeout: 10_000 })).toBeInTheDocument();
    const b10 = within(drawer).getByText('B10', { selector: 'td' }).closest('tr')!;
    expect(within(b10).getByText('重复收费')).toBeInTheDocument();
    expect(calls.map((c) => c.url)).toContain('/api/settlement/settlements/st-1');
    expect(await within(drawer).findByText('该年度没有基金支付记录')).toBeInTheDocument();
  });

  it('exports one CSV line per flag with its evidence', () => {
    const zh = catalogue['zh-CN'] as Record<string, string>;
    const csv = flagsCsv([REPEAT], { t: (key) => zh[key] ?? key, tx: (key, fallback) => zh[key] ?? fallback });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(
      '2026-05-02 11:00:00,st-1,B2026050001,hosp-chunan-1,330127********123X,330127,330102,已结算,重复收费,否,250101001,Item 250101001 charged 3 times on 2026-05-01 (at most 1),"日期: 2026-05-01; 明细行号: 1,2,3; 次数: 3; 限量: 1"',
    );
    expect(lines[2]).toContain(',超医保限制用药,是,XA01,');
  });
});
