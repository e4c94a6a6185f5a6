import { describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse, renderWithProviders, type Handler } from '../../../../test/render';
import { agencyToday, dayjs } from '../../../../lib/time';
import { findReceipt } from '../../receipt/receiptStore';
import type { Receipt } from '../../types';
import FilingForm from './FilingForm';
import type { FilingResponse } from './settlementApi';
import { formProps, ID_NUMBER, OTHER_ID_NUMBER, PERSON, TICKET } from './testFixtures';

const ACTIVE: FilingResponse = {
  id: 'fil-active-1',
  personId: PERSON.personId,
  maskedIdNumber: PERSON.maskedIdNumber,
  scheme: 'URBAN_RURAL_RESIDENT',
  insuredRegion: '330127',
  treatmentRegion: '310101',
  type: 'LONG_TERM_RESIDENT',
  itemCode: 'FIL-01',
  validFrom: '2026-01-01',
  status: 'ACTIVE',
  madeUp: false,
  channel: 'COUNTER',
  servicePointId: 'sp-fenkou-village',
  handlingId: 'hdl-filed-1',
  createdAt: '2026-01-01T02:00:00Z',
  createdBy: 'clerk-village',
};

function created(overrides: Partial<FilingResponse> = {}): FilingResponse {
  return {
    ...ACTIVE,
    id: 'fil-new',
    handlingId: 'hdl-new',
    validFrom: agencyToday(),
    createdAt: '2026-05-10T01:20:00.123456Z',
    reviewToken: 'tok-new',
    ...overrides,
  };
}

/** Answers the person's filings list; `post` answers the filing POST. */
function api(post: Handler, filings: FilingResponse[] = [ACTIVE]) {
  return fakeApi((call) => {
    if (call.method === 'GET' && call.url.startsWith('/api/settlement/filings?')) {
      return jsonResponse(200, { items: filings, page: 0, size: 50, hasNext: false, total: filings.length });
    }
    return post(call);
  });
}

// antd forms are slow in jsdom on a busy machine: wait longer than the default second for what the user would see
configure({ asyncUtilTimeout: 10_000 });

const posts = <C extends { method: string }>(calls: C[]) => calls.filter((c) => c.method === 'POST');

describe('FilingForm', { timeout: 120_000 }, () => {
  it('refuses to submit what the API would refuse: missing fields, a bad or other person’s ID number, a bad region', async () => {
    const user = userEvent.setup({ delay: null });
    const { api: client, calls } = api(() => jsonResponse(500, {}));
    renderWithProviders(<FilingForm {...formProps('FIL-01', '异地长期居住人员备案')} />, { api: client });

    await user.click(screen.getByRole('button', { name: '提交备案' }));
    expect(await screen.findByText('请选择备案类型')).toBeInTheDocument();
    expect(screen.getByText('请填写公民身份号码（以身份证件为准）')).toBeInTheDocument();
    expect(screen.getByText('请填写 6 位行政区划代码')).toBeInTheDocument();

    await user.type(screen.getByLabelText('公民身份号码'), ID_NUMBER.slice(0, 17) + (ID_NUMBER.endsWith('1') ? '2' : '1'));
    expect(await screen.findByText('公民身份号码有误（18 位，末位校验码）')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('公民身份号码'));
    await user.type(screen.getByLabelText('公民身份号码'), OTHER_ID_NUMBER);
    expect(await screen.findByText(`与当前办理对象（${PERSON.maskedIdNumber}）的证件号码不一致`)).toBeInTheDocument();
    await user.type(screen.getByLabelText('就医地'), '3101');
    expect(await screen.findByText('行政区划代码为 6 位数字')).toBeInTheDocument();

    expect(posts(calls)).toHaveLength(0);
  });

  it('offers only the item’s filing types and asks a temporary filing for its last day', async () => {
    const user = userEvent.setup({ delay: null });
    const { api: client, calls } = api(() => jsonResponse(500, {}));
    renderWithProviders(<FilingForm {...formProps('FIL-02', '临时外出就医人员备案')} />, { api: client });

    expect(screen.getByLabelText('异地转诊人员')).toBeInTheDocument();
    expect(screen.getByLabelText('异地急诊抢救人员')).toBeInTheDocument();
    expect(screen.getByLabelText('其他临时外出就医人员')).toBeInTheDocument();
    expect(screen.queryByLabelText('异地长期居住人员')).not.toBeInTheDocument();

    await user.click(screen.getByLabelText('异地转诊人员'));
    await user.type(screen.getByLabelText('公民身份号码'), ID_NUMBER);
    await user.type(screen.getByLabelText('就医地'), '310101');
    await user.click(screen.getByRole('button', { name: '提交备案' }));
    expect(await screen.findByText('临时外出就医备案须填写有效期结束日期')).toBeInTheDocument();
    expect(posts(calls)).toHaveLength(0);
  });

  it('files a temporary filing for at most 180 days, first and last day included', async () => {
    const user = userEvent.setup({ delay: null });
    const { api: client, calls } = api((call) => (call.method === 'POST' ? jsonResponse(201, created({ type: 'REFERRAL', itemCode: 'FIL-02' })) : jsonResponse(404, {})));
    const props = formProps('FIL-02', '临时外出就医人员备案');
    renderWithProviders(<FilingForm {...props} />, { api: client });
    const from = dayjs(agencyToday());

    await user.click(screen.getByLabelText('异地转诊人员'));
    await user.type(screen.getByLabelText('公民身份号码'), ID_NUMBER);
    await user.type(screen.getByLabelText('就医地'), '330100');
    const validTo = screen.getByLabelText('有效期结束');
    await user.click(validTo);
    await user.type(validTo, from.add(180, 'day').format('YYYY-MM-DD'));
    await user.click(screen.getByLabelText('就医地'));
    await user.click(screen.getByRole('button', { name: '提交备案' }));
    expect(await screen.findByText('临时外出就医备案最长 180 天')).toBeInTheDocument();
    expect(posts(calls)).toHaveLength(0);

    await user.click(validTo);
    await user.clear(validTo);
    await user.type(validTo, from.add(179, 'day').format('YYYY-MM-DD'));
    await user.click(screen.getByLabelText('就医地'));
    await waitFor(() => expect(screen.queryByText('临时外出就医备案最长 180 天')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: '提交备案' }));
    await waitFor(() => expect(props.onDone).toHaveBeenCalledTimes(1), { timeout: 15_000 });
    expect(posts(calls)[0]?.body).toMatchObject({
      type: 'REFERRAL',
      treatmentRegion: '330100',
      validFrom: from.format('YYYY-MM-DD'),
      validTo: from.add(179, 'day').format('YYYY-MM-DD'),
    });
  });

  it('files with the ticket’s times and one idempotency key per form, shows a refusal, and hands the receipt to the desk', async () => {
    const user = userEvent.setup({ delay: null });
    let attempt = 0;
    const { api: client, calls } = api((call) => {
      if (call.method === 'POST' && call.url === '/api/settlement/filings') {
        attempt++;
        return attempt === 1
          ? jsonResponse(503, { type: 'https://chs-platform.org/problems/dependency-unavailable', title: 'Service unavailable', status: 503, service: 'settlement' }, 'application/problem+json')
          : jsonResponse(201, created());
      }
      return jsonResponse(404, {});
    });
    const props = formProps('FIL-01', '异地长期居住人员备案');
    renderWithProviders(<FilingForm {...props} />, { api: client });

    await user.click(screen.getByLabelText('异地长期居住人员'));
    await user.type(screen.getByLabelText('公民身份号码'), ID_NUMBER.toLowerCase());
    await user.type(screen.getByLabelText('就医地'), '310101');
    await user.click(screen.getByRole('button', { name: '提交备案' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('结算服务暂时不可用');
    expect(props.onDone).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: '提交备案' }));
    await waitFor(() => expect(props.onDone).toHaveBeenCalledTimes(1));

    const sent = posts(calls);
    expect(sent).toHaveLength(2);
    expect(sent[0]?.body).toEqual({
      idNumber: ID_NUMBER,
      treatmentRegion: '310101',
      type: 'LONG_TERM_RESIDENT',
      validFrom: agencyToday(),
      queuedAt: TICKET.queuedAt,
      startedAt: TICKET.calledAt,
    });
    const key = sent[0]?.headers['Idempotency-Key'];
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent[1]?.headers['Idempotency-Key']).toBe(key);

    const receipt = vi.mocked(props.onDone).mock.calls[0]?.[0] as Receipt;
    expect(receipt.handling).toMatchObject({
      handlingId: 'hdl-new',
      itemCode: 'FIL-01',
      itemName: '异地长期居住人员备案',
      queuedAt: TICKET.queuedAt,
      startedAt: TICKET.calledAt,
      completedAt: '2026-05-10T01:20:00.123456Z',
      completedOn: '2026-05-10',
      operator: 'clerk-village',
      channel: 'COUNTER',
      reviewToken: 'tok-new',
    });
    expect(receipt.person).toEqual(PERSON);
    expect(receipt.servicePointName).toBe('汾口镇新联村便民服务点');
    expect(receipt.lines).toEqual(
      expect.arrayContaining([
        { label: '备案编号', value: 'fil-new' },
        { label: '备案类型', value: '异地长期居住人员' },
        { label: '就医地', value: '310101' },
        { label: '有效期', value: `${agencyToday()} 起长期有效` },
      ]),
    );
    expect(findReceipt('hdl-new')?.handling.reviewToken).toBe('tok-new');
  });

  it('puts the API’s field errors on the fields and the others above the form', async () => {
    const user = userEvent.setup({ delay: null });
    const { api: client } = api(() =>
      jsonResponse(
        400,
        {
          type: 'https://chs-platform.org/problems/validation',
          title: 'Invalid request',
          status: 400,
          errors: [
            { field: 'treatmentRegion', rule: 'pattern', message: 'treatmentRegion must be a six-digit area code' },
            { field: 'queuedAt', rule: 'recent', message: 'queuedAt is more than 24 hours ago' },
          ],
        },
        'application/problem+json',
      ),
    );
    renderWithProviders(<FilingForm {...formProps('FIL-01', '异地长期居住人员备案')} />, { api: client });
    await user.click(screen.getByLabelText('异地安置退休人员'));
    await user.type(screen.getByLabelText('公民身份号码'), ID_NUMBER);
    await user.type(screen.getByLabelText('就医地'), '310101');
    await user.click(screen.getByRole('button', { name: '提交备案' }));

    expect(await screen.findByText('treatmentRegion must be a six-digit area code')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: '其他需要更正的内容' })).getByText(/queuedAt is more than 24 hours ago/)).toBeInTheDocument();
  });

  it('lists the person’s filings and revokes one as a handling with its own receipt, found in the day’s handlings when the answer lacks it', async () => {
    const user = userEvent.setup({ delay: null });
    const revokedAt = '2026-05-10T01:30:00.123456789Z';
    const { api: client, calls } = api((call) => {
      if (call.method === 'POST' && call.url === '/api/settlement/filings/fil-active-1/revocation') {
        return jsonResponse(200, { ...ACTIVE, status: 'REVOKED', revokedAt, revocationReason: '已回参保地居住', reviewToken: 'tok-revoke' });
      }
      if (call.method === 'GET' && call.url.startsWith('/api/settlement/handlings?')) {
        return jsonResponse(200, {
          page: 0,
          size: 200,
          hasNext: false,
          items: [
            { handlingId: 'hdl-filed-1', itemCode: 'FIL-01', servicePointId: 'sp-fenkou-village', operator: 'clerk-village', channel: 'COUNTER', personId: PERSON.personId, completedAt: '2026-01-01T02:00:00Z' },
            { handlingId: 'hdl-other', itemCode: 'FIL-01', servicePointId: 'sp-fenkou-village', operator: 'clerk-village', channel: 'COUNTER', personId: 'psn-8', completedAt: '2026-05-10T01:30:00.123Z' },
            {
              handlingId: 'hdl-revoke',
              itemCode: 'FIL-01',
              itemName: '异地长期居住人员备案',
              servicePointId: 'sp-fenkou-village',
              operator: 'clerk-village',
              channel: 'COUNTER',
              personId: PERSON.personId,
              queuedAt: TICKET.queuedAt,
              startedAt: TICKET.calledAt,
              completedAt: '2026-05-10T01:30:00.123Z',
            },
          ],
        });
      }
      return jsonResponse(404, {});
    });
    const props = formProps('FIL-02', '临时外出就医人员备案');
    renderWithProviders(<FilingForm {...props} />, { api: client });

    const row = (await screen.findByText('310101')).closest('tr') as HTMLElement;
    expect(within(row).getByText(/异地长期居住人员（FIL-01）/)).toBeInTheDocument();
    expect(within(row).getByText('有效')).toBeInTheDocument();
    expect(calls[0]?.url).toBe(`/api/settlement/filings?personId=${PERSON.personId}&page=0&size=50`);

    await user.click(within(row).getByRole('button', { name: '撤销备案 fil-active-1' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '确认撤销' }));
    expect(await within(dialog).findByText('请填写撤销原因')).toBeInTheDocument();
    expect(posts(calls)).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('撤销原因'), '已回参保地居住');
    await user.click(within(dialog).getByRole('button', { name: '确认撤销' }));
    await waitFor(() => expect(props.onDone).toHaveBeenCalledTimes(1));

    const revocation = posts(calls)[0];
    expect(revocation?.url).toBe('/api/settlement/filings/fil-active-1/revocation');
    expect(revocation?.body).toEqual({ reason: '已回参保地居住', queuedAt: TICKET.queuedAt, startedAt: TICKET.calledAt });
    expect(calls.find((c) => c.url.startsWith('/api/settlement/handlings'))?.url).toBe('/api/settlement/handlings?date=2026-05-10&page=0&size=200');

    const receipt = vi.mocked(props.onDone).mock.calls[0]?.[0] as Receipt;
    expect(receipt.handling).toMatchObject({ handlingId: 'hdl-revoke', itemCode: 'FIL-01', reviewToken: 'tok-revoke', servicePointName: '汾口镇新联村便民服务点' });
    expect(receipt.itemName).toBe('异地长期居住人员备案');
    expect(receipt.lines).toEqual(
      expect.arrayContaining([
        { label: '办理内容', value: '撤销异地就医备案' },
        { label: '备案编号', value: 'fil-active-1' },
        { label: '撤销原因', value: '已回参保地居住' },
        { label: '撤销时间', value: '2026-05-10 09:30:00' },
      ]),
    );
    expect(findReceipt('hdl-revoke')?.handling.reviewToken).toBe('tok-revoke');
  });

  it('takes the revocation’s handling from the answer when it carries one', async () => {
    const user = userEvent.setup({ delay: null });
    const revocationHandling = {
      handlingId: 'hdl-revoke-2',
      itemCode: 'FIL-01',
      itemName: '异地长期居住人员备案',
      servicePointId: 'sp-fenkou-village',
      servicePointName: '新联村便民服务点',
      operator: 'clerk-village',
      channel: 'COUNTER',
      queuedAt: TICKET.queuedAt,
      startedAt: TICKET.calledAt,
      completedAt: '2026-05-10T01:31:00Z',
      completedOn: '2026-05-10',
      personId: PERSON.personId,
      outcome: 'COMPLETED',
      reviewToken: 'tok-revoke-2',
      business: { kind: 'FILING_REVOCATION', id: 'fil-active-1' },
    };
    const { api: client, calls } = api((call) =>
      call.method === 'POST'
        ? jsonResponse(200, { ...ACTIVE, status: 'REVOKED', revokedAt: '2026-05-10T01:31:00Z', revocationReason: '误办', reviewToken: 'tok-revoke-2', handling: revocationHandling })
        : jsonResponse(404, {}),
    );
    const props = formProps('FIL-01', '异地长期居住人员备案');
    renderWithProviders(<FilingForm {...props} />, { api: client });

    const row = (await screen.findByText('310101')).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: '撤销备案 fil-active-1' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('撤销原因'), '误办');
    await user.click(within(dialog).getByRole('button', { name: '确认撤销' }));
    await waitFor(() => expect(props.onDone).toHaveBeenCalledTimes(1));

    const receipt = vi.mocked(props.onDone).mock.calls[0]?.[0] as Receipt;
    expect(receipt.handling).toMatchObject({ handlingId: 'hdl-revoke-2', reviewToken: 'tok-revoke-2', servicePointName: '新联村便民服务点', completedAt: '2026-05-10T01:31:00Z' });
    expect(calls.some((c) => c.url.startsWith('/api/settlement/handlings'))).toBe(false);
  });

  it('says so, and prints no receipt, when the revocation’s handling cannot be found', async () => {
    const user = userEvent.setup({ delay: null });
    const { api: client } = api((call) => {
      if (call.method === 'POST') return jsonResponse(200, { ...ACTIVE, status: 'REVOKED', revokedAt: '2026-05-10T01:30:00Z', reviewToken: 'tok-revoke' });
      return jsonResponse(404, { title: 'Not Found', status: 404 }, 'application/problem+json');
    });
    const props = formProps('FIL-01', '异地长期居住人员备案');
    renderWithProviders(<FilingForm {...props} />, { api: client });

    const row = (await screen.findByText('310101')).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: '撤销备案 fil-active-1' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('撤销原因'), '误办');
    await user.click(within(dialog).getByRole('button', { name: '确认撤销' }));

    expect(await screen.findByText(/备案 fil-active-1 已撤销。平台没有返回本次撤销的办件编号/)).toBeInTheDocument();
    expect(props.onDone).not.toHaveBeenCalled();
  });
});
