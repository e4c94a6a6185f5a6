import { describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { fakeApi, jsonResponse, renderWithProviders } from '../../../../test/render';
import { findReceipt } from '../../receipt/receiptStore';
import type { Receipt } from '../../types';
import ReimbursementForm from './ReimbursementForm';
import type { SettlementResponse } from './settlementApi';
import { formProps, ID_NUMBER, PERSON, TICKET } from './testFixtures';

configure({ asyncUtilTimeout: 10_000 });

/** The README's worked example: a long-term filing for Chun'an, LEVEL_2 policy of Shanghai Huangpu. */
const SETTLED: SettlementResponse = {
  id: 'stl-1',
  status: 'COMPLETED',
  mode: 'MANUAL',
  billNumber: 'ZY20260510-0042',
  institutionId: 'hospital-chunan-first',
  servicePointId: 'sp-fenkou-village',
  personId: PERSON.personId,
  maskedIdNumber: PERSON.maskedIdNumber,
  insuredRegion: '310101',
  treatmentRegion: '330127',
  visitType: 'INPATIENT',
  hospitalLevel: 'LEVEL_2',
  admissionDate: '2026-05-01',
  dischargeDate: '2026-05-08',
  emergency: false,
  basis: 'LONG_TERM',
  filingId: 'fil-9',
  filingType: 'LONG_TERM_RESIDENT',
  accumulatorYear: 2026,
  amounts: {
    total: 3000.0,
    selfPay: 0.0,
    selfPayFirst: 100.0,
    inScope: 2900.0,
    deductible: 600.0,
    deductiblePart: 600.0,
    ratio: 0.85,
    fundCandidate: 1955.0,
    annualCap: 300000.0,
    fundPaidBefore: 0,
    fundPayment: 1955.0,
    personalPayment: 1045.0,
    capReached: false,
  },
  lines: [
    { line: 1, itemCode: 'B10', quantity: 4, unitPrice: 250, amount: 1000, itemClass: 'CLASS_B', selfPayFirstShare: 0.1, flags: ['SELF_PAY_FIRST'] },
    { line: 2, itemCode: 'A1', quantity: 1, unitPrice: 2000, amount: 2000, itemClass: 'CLASS_A', flags: [] },
    { line: 3, itemCode: 'X9', quantity: 1, unitPrice: 0, amount: 0, itemClass: null, flags: ['UNMAPPED'] },
  ],
  auditFlags: [],
  settledAt: '2026-05-10T01:25:00Z',
  payment: {
    paymentId: 'pay-1',
    payee: { name: '王秀英', bankName: '浙江农商银行', accountMasked: '**********5678' },
    amount: 1955.0,
    status: 'ORDERED',
    orderedAt: '2026-05-10T01:25:00Z',
  },
  handlingId: 'hdl-rmb',
  reviewToken: 'tok-rmb',
};

/** Types a value in one go (a paste), as a scanner or a fast typist would: antd re-renders the form on every keystroke. */
async function fill(user: UserEvent, label: string, value: string) {
  const input = screen.getByLabelText(label);
  await user.clear(input);
  await user.click(input);
  await user.paste(value);
}

async function typeDate(user: UserEvent, label: string, value: string) {
  await fill(user, label, value);
  await user.click(screen.getByLabelText('票据号'));
}

async function fillLine(user: UserEvent, n: number, code: string, quantity: string, price: string) {
  await fill(user, `项目编码 ${n}`, code);
  await fill(user, `数量 ${n}`, quantity);
  await fill(user, `单价（元） ${n}`, price);
}

async function fillValidForm(user: UserEvent) {
  await fill(user, '公民身份号码', ID_NUMBER);
  await fill(user, '医疗机构编码', 'hospital-chunan-first');
  await fill(user, '票据号', 'ZY20260510-0042');
  await fill(user, '就医地（医疗机构所在地）', '330127');
  await typeDate(user, '入院（就诊）日期', '2026-05-01');
  await typeDate(user, '出院日期', '2026-05-08');
  await fillLine(user, 1, 'B10', '4', '250.00');
  await user.click(screen.getByRole('button', { name: '添加费用明细' }));
  await fillLine(user, 2, 'A1', '1', '2000');
  await fill(user, '开户银行', '浙江农商银行');
  await fill(user, '银行账号', '6230910012345678');
}

describe('ReimbursementForm', { timeout: 240_000 }, () => {
  it('checks quantities and prices as the API does and adds up the bill exactly', async () => {
    const user = userEvent.setup({ delay: null });
    const { api, calls } = fakeApi(() => jsonResponse(500, {}));
    renderWithProviders(<ReimbursementForm {...formProps('RMB-01', '零星报销')} />, { api });

    await fillLine(user, 1, 'B10', '0', '-1');
    expect(await screen.findByText('必须大于 0')).toBeInTheDocument();
    expect(await screen.findByText('请填写不小于 0 的数字')).toBeInTheDocument();

    await fill(user, '单价（元） 1', '0.12345');
    expect(await screen.findByText('最多 4 位小数')).toBeInTheDocument();
    await fill(user, '单价（元） 1', '12345678901');
    expect(await screen.findByText('整数部分最多 10 位')).toBeInTheDocument();

    await fill(user, '数量 1', '3');
    await fill(user, '单价（元） 1', '0.1005');
    await user.click(screen.getByRole('button', { name: '添加费用明细' }));
    await fillLine(user, 2, 'A1', '1', '0.1');
    // 3 × 0.1005 = 0.3015 plus 0.1 is 0.4015, rounded once to 0.40 (not 0.30 + 0.10 rounded line by line either way)
    await waitFor(() => expect(screen.getByTestId('bill-total')).toHaveTextContent('¥0.40'));

    await user.click(screen.getByRole('button', { name: '提交报销' }));
    expect(await screen.findByText('请填写公民身份号码（以身份证件为准）')).toBeInTheDocument();
    expect(await screen.findByText('请填写银行账号')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('sends the bill with the ticket’s times and no hospital level, and puts the computed result on the receipt', async () => {
    const user = userEvent.setup({ delay: null });
    const { api, calls } = fakeApi((call) => (call.method === 'POST' ? jsonResponse(201, SETTLED) : jsonResponse(404, {})));
    const props = formProps('RMB-01', '零星报销');
    renderWithProviders(<ReimbursementForm {...props} />, { api });

    await fillValidForm(user);
    await waitFor(() => expect(screen.getByTestId('bill-total')).toHaveTextContent('¥3,000.00'));
    await user.click(screen.getByRole('button', { name: '提交报销' }));
    await waitFor(() => expect(props.onDone).toHaveBeenCalledTimes(1));

    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe('/api/settlement/reimbursements');
    expect(post?.body).toEqual({
      institutionId: 'hospital-chunan-first',
      billNumber: 'ZY20260510-0042',
      idNumber: ID_NUMBER,
      treatmentRegion: '330127',
      admissionDate: '2026-05-01',
      dischargeDate: '2026-05-08',
      visitType: 'INPATIENT',
      emergency: false,
      lines: [
        { itemCode: 'B10', quantity: 4, unitPrice: 250 },
        { itemCode: 'A1', quantity: 1, unitPrice: 2000 },
      ],
      payee: { name: PERSON.name, bankName: '浙江农商银行', accountNumber: '6230910012345678' },
      queuedAt: TICKET.queuedAt,
      startedAt: TICKET.calledAt,
    });
    expect(post?.body).not.toHaveProperty('hospitalLevel');
    // one key per form, on top of the bill number's own idempotency
    expect(post?.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);

    const receipt = vi.mocked(props.onDone).mock.calls[0]?.[0] as Receipt;
    expect(receipt.handling).toMatchObject({
      handlingId: 'hdl-rmb',
      itemCode: 'RMB-01',
      itemName: '零星报销',
      reviewToken: 'tok-rmb',
      queuedAt: TICKET.queuedAt,
      startedAt: TICKET.calledAt,
      completedAt: '2026-05-10T01:25:00Z',
      operator: 'clerk-village',
    });
    expect(receipt.lines).toEqual(
      expect.arrayContaining([
        { label: '医疗费用总额', value: '¥3,000.00' },
        { label: '先行自付', value: '¥100.00' },
        { label: '政策范围内费用', value: '¥2,900.00' },
        { label: '起付标准（本次）', value: '¥600.00' },
        { label: '支付比例', value: '85%' },
        { label: '统筹基金支付', value: '¥1,955.00' },
        { label: '个人负担', value: '¥1,045.00' },
        { label: '就医依据', value: '异地长期居住备案（fil-9）' },
        { label: '就医地目录外项目（个人负担）', value: 'X9' },
        { label: '收款账户', value: '王秀英 · 浙江农商银行 · **********5678' },
        { label: '报销款', value: '¥1,955.00（已下达支付）' },
      ]),
    );
    expect(findReceipt('hdl-rmb')?.lines).toEqual(receipt.lines);
  });

  it('explains a refusal for want of a hospital level instead of letting the clerk type one', async () => {
    const user = userEvent.setup({ delay: null });
    const { api } = fakeApi(() =>
      jsonResponse(
        400,
        { type: 'https://chs-platform.org/problems/validation', title: 'Invalid request', status: 400, errors: [{ field: 'hospitalLevel', rule: 'required-for-unregistered-institution', message: 'institution inst-x is not in the institution register, so the reimbursement must name its hospitalLevel (from the bill)' }] },
        'application/problem+json',
      ),
    );
    const props = formProps('RMB-01', '零星报销');
    renderWithProviders(<ReimbursementForm {...props} />, { api });
    expect(screen.queryByLabelText(/医院等级/)).not.toBeInTheDocument();

    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: '提交报销' }));
    expect(await screen.findByText(/该医疗机构不在定点医疗机构登记中，平台无法确定其医院等级/)).toBeInTheDocument();
    expect(props.onDone).not.toHaveBeenCalled();
  });
});
