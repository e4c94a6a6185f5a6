import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { jsonResponse, type Handler } from '../../../../test/render';
import { agencyToday } from '../../../../lib/time';
import { WANG_FANG } from '../../person/personFixtures';
import { findReceipt } from '../../receipt/receiptStore';
import ContributionForm from './ContributionForm';
import { fill, handlingAnswer, HANDLING_PART, renderForm, SERVED, submit, unavailable, validationProblem } from './testKit';

const PAY_01 = { code: 'PAY-01', name: '城乡居民参保缴费', category: 'PAY', instant: true };
const THIS_YEAR = Number(agencyToday().slice(0, 4));

const paid = (body: { year: number; amount: number; receiptNumber: string }) =>
  jsonResponse(201, {
    result: {
      personId: 'psn-wang',
      contribution: { year: body.year, amount: body.amount, channel: 'COUNTER', receiptNumber: body.receiptNumber, paidAt: '2025-03-10T01:09:00Z', handlingId: 'hdl-PAY-01' },
      year: { year: body.year, total: body.amount, covered: true, contributions: [] },
    },
    handling: handlingAnswer('PAY-01', '城乡居民参保缴费', 'psn-wang'),
  });

function enrollment(answer: (body: { year: number; amount: number; receiptNumber: string }) => Response, person = WANG_FANG): Handler {
  return ({ method, url, body }) => {
    if (method === 'GET' && url === '/api/enrollment/persons/psn-wang') return jsonResponse(200, person);
    if (method === 'POST' && url === '/api/enrollment/persons/psn-wang/contributions')
      return answer(body as { year: number; amount: number; receiptNumber: string });
    return jsonResponse(404, { title: 'Not Found' });
  };
}

async function ready() {
  await waitFor(() => expect(screen.getByLabelText('缴费年度')).toHaveValue(String(THIS_YEAR)));
}

describe('ContributionForm', { timeout: 60_000 }, () => {
  it('refuses amounts with more than two decimals or not above zero, a bad receipt number, and a year outside birth year to next year', async () => {
    const { posts } = renderForm(ContributionForm, PAY_01, enrollment(paid), { person: SERVED });
    await ready();
    await fill('缴费金额（元）', '380.125');
    await fill('缴费票据号', '票据#1');
    await fill('缴费年度', '1980');
    await submit();
    expect(await screen.findByText('金额以元为单位，最多两位小数，例如 380 或 380.50')).toBeInTheDocument();
    expect(await screen.findByText('票据号为1至64位字母、数字或“-”')).toBeInTheDocument();
    expect(await screen.findByText(`缴费年度应在 1985 至 ${THIS_YEAR + 1} 之间（出生年度至明年）`)).toBeInTheDocument();

    await fill('缴费金额（元）', '0.00');
    expect(await screen.findByText('金额必须大于0')).toBeInTheDocument();
    expect(posts()).toHaveLength(0);
  });

  it('records the payment with the ticket’s times (the channel follows from the caller) and hands over the receipt', async () => {
    const { posts, onDone } = renderForm(ContributionForm, PAY_01, enrollment(paid), { person: SERVED });
    await ready();
    await fill('缴费金额（元）', '380.5');
    await fill('缴费票据号', 'CA-2025-0001');
    await submit();

    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(posts()).toHaveLength(1);
    expect(posts()[0]).toMatchObject({
      method: 'POST',
      url: '/api/enrollment/persons/psn-wang/contributions',
      body: { year: THIS_YEAR, amount: 380.5, receiptNumber: 'CA-2025-0001', handling: HANDLING_PART },
    });
    expect(Object.keys(posts()[0]!.body as object).sort()).toEqual(['amount', 'handling', 'receiptNumber', 'year']);
    const receipt = onDone.mock.calls[0]![0];
    expect(receipt).toMatchObject({ person: SERVED, itemName: '城乡居民参保缴费', handling: { reviewToken: 'tok-123' } });
    expect(receipt.lines).toEqual(
      expect.arrayContaining([
        { label: '缴费金额（元）', value: '¥380.50' },
        { label: '缴费渠道', value: '窗口' },
        { label: '该年度享受待遇', value: '是' },
      ]),
    );
    expect(findReceipt('hdl-PAY-01')).toEqual(receipt);
  });

  it('puts a 400’s field errors on the fields', async () => {
    const { onDone } = renderForm(
      ContributionForm,
      PAY_01,
      enrollment(() => validationProblem([{ field: 'amount', rule: 'Digits', message: 'yuan with at most two decimals' }])),
      { person: SERVED },
    );
    await ready();
    await fill('缴费金额（元）', '380');
    await fill('缴费票据号', 'CA-1');
    await submit();
    const message = await screen.findByText('yuan with at most two decimals');
    expect(message.closest('.ant-form-item')).toHaveTextContent('缴费金额（元）');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('shows a duplicate receipt number and a business rule in the clerk’s language', async () => {
    let answer = () =>
      jsonResponse(409, { type: 'https://chs-platform.org/problems/duplicate-receipt', title: 'Receipt number already used', status: 409, detail: 'COUNTER:CA-1' }, 'application/problem+json');
    renderForm(ContributionForm, PAY_01, enrollment(() => answer()), { person: SERVED });
    await ready();
    await fill('缴费金额（元）', '380');
    await fill('缴费票据号', 'CA-1');
    await submit();
    expect(await screen.findByText('该缴费票据号已使用')).toBeInTheDocument();

    answer = () =>
      jsonResponse(422, { type: 'https://chs-platform.org/problems/business-rule', title: 'Business rule violated', status: 422, detail: 'contributions are for a year …', rule: 'year-out-of-range' }, 'application/problem+json');
    await submit();
    expect(await screen.findByText('缴费年度须在出生年度至明年之间。')).toBeInTheDocument();
  });

  it('says enrolment is unavailable and nothing was recorded', async () => {
    const { onDone } = renderForm(ContributionForm, PAY_01, enrollment(unavailable), { person: SERVED });
    await ready();
    await fill('缴费金额（元）', '380');
    await fill('缴费票据号', 'CA-1');
    await submit();
    expect(await screen.findByText('服务网点与事项目录服务暂时不可用，本次操作没有记录任何内容，请稍后重试。')).toBeInTheDocument();
    expect(screen.getByText(/trace-503/)).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('does not offer a payment for a deceased person', async () => {
    const { posts } = renderForm(ContributionForm, PAY_01, enrollment(paid, { ...WANG_FANG, status: 'DECEASED' }), { person: SERVED });
    expect(await screen.findByText('参保状态为“死亡”，不能办理此事项（仅限：正常参保、暂停参保）。')).toBeInTheDocument();
    expect(screen.getByText('提交办理').closest('button')).toBeDisabled();
    expect(posts()).toHaveLength(0);
  });
});
