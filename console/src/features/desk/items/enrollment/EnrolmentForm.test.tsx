import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { jsonResponse, renderWithProviders, fakeApi } from '../../../../test/render';
import { findReceipt } from '../../receipt/receiptStore';
import EnrolmentForm from './EnrolmentForm';
import { EnrolmentPrefillContext } from './enrolmentPrefill';
import { fill, handlingAnswer, HANDLING_PART, renderForm, submit, TICKET, unavailable, validationProblem } from './testKit';
import type { Handler } from '../../../../test/render';

const ENR_02 = { code: 'ENR-02', name: '城乡居民参保登记', category: 'ENR', instant: true };
const ENR_01 = { code: 'ENR-01', name: '职工参保登记', category: 'ENR', instant: true };

const ENROLLED = {
  personId: 'psn-new',
  maskedIdNumber: '330127********0324',
  name: '王芳',
  sex: 'FEMALE',
  birthDate: '1985-06-12',
  scheme: 'URBAN_RURAL_RESIDENT',
  poolingRegion: '330127',
  newborn: false,
  coverageStart: '2025-03-10',
  status: 'ACTIVE',
};

/** The point (for the default pooling region) and the enrolment answer. */
function enrollment(answer: () => Response): Handler {
  return ({ method, url }) => {
    if (method === 'GET' && url === '/api/registry/service-points/sp-fenkou-village')
      return jsonResponse(200, { id: 'sp-fenkou-village', type: 'VILLAGE_STATION', areaCode: '330127107201', name: '汾口村服务站' });
    if (method === 'POST' && url === '/api/enrollment/persons') return answer();
    return jsonResponse(404, { title: 'Not Found' });
  };
}

const recorded = () => jsonResponse(201, { result: ENROLLED, handling: handlingAnswer('ENR-02', '城乡居民参保登记', 'psn-new') });

async function fillResident() {
  await fill('公民身份号码', '330127198506120324');
  await fill('姓名', '王芳');
  await waitFor(() => expect(screen.getByLabelText('统筹区')).toHaveValue('330127'));
}


describe('EnrolmentForm', { timeout: 60_000 }, () => {
  it('refuses what enrollment would refuse, before sending anything', async () => {
    const { posts } = renderForm(EnrolmentForm, ENR_01, enrollment(recorded));
    await waitFor(() => expect(screen.getByLabelText('统筹区')).toHaveValue('330127'));
    await fill('公民身份号码', '330127198506120325');
    await fill('统筹区', '3301');
    await fill('单位统一社会信用代码', '91330127MA2XXXXXXI');
    await submit();

    expect(await screen.findByText('校验码不符，请逐位核对号码')).toBeInTheDocument();
    expect(await screen.findByText('请填写姓名')).toBeInTheDocument();
    expect(await screen.findByText('统筹区为6位行政区划代码，例如 330127')).toBeInTheDocument();
    expect(await screen.findByText('统一社会信用代码为18位数字或大写字母（不含I、O、Z、S、V）')).toBeInTheDocument();
    expect(await screen.findByText('请填写单位名称')).toBeInTheDocument();
    expect(posts()).toHaveLength(0);
  });

  it('enrols a resident with the ticket’s times, the own point and the counter channel, and hands over the receipt', async () => {
    const { posts, onDone } = renderForm(EnrolmentForm, ENR_02, enrollment(recorded));
    expect(screen.queryByLabelText('单位统一社会信用代码')).not.toBeInTheDocument();
    await fillResident();
    await submit();

    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    const [post] = posts();
    expect(post?.url).toBe('/api/enrollment/persons');
    expect(post?.body).toEqual({
      idNumber: '330127198506120324',
      name: '王芳',
      scheme: 'URBAN_RURAL_RESIDENT',
      poolingRegion: '330127',
      handling: HANDLING_PART,
    });
    expect(post?.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);

    const receipt = onDone.mock.calls[0]![0];
    expect(receipt).toMatchObject({
      itemName: '城乡居民参保登记',
      servicePointName: '汾口村服务站',
      person: { personId: 'psn-new', name: '王芳', maskedIdNumber: '330127********0324' },
      handling: { handlingId: 'hdl-ENR-02', reviewToken: 'tok-123', queuedAt: TICKET.queuedAt, startedAt: TICKET.calledAt },
    });
    expect(receipt.lines).toEqual(
      expect.arrayContaining([
        { label: '险种', value: '城乡居民基本医疗保险' },
        { label: '统筹区', value: '330127' },
        { label: '参保起始日期', value: '2025-03-10' },
      ]),
    );
    expect(findReceipt('hdl-ENR-02')).toEqual(receipt);
  });

  it('enrols an employee through the employer', async () => {
    const { posts } = renderForm(EnrolmentForm, ENR_01, enrollment(recorded));
    await fillResident();
    await fill('单位统一社会信用代码', '91330127ma2b3c4d5e');
    await fill('单位名称', '淳安县千岛湖旅游有限公司');
    await submit();
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]?.body).toMatchObject({
      scheme: 'EMPLOYEE',
      employer: { creditCode: '91330127MA2B3C4D5E', name: '淳安县千岛湖旅游有限公司' },
      handling: HANDLING_PART,
    });
  });

  it('puts a 400’s field errors on the fields, lists the others, and sends the corrected request under a new key', async () => {
    let answer = () =>
      validationProblem([
        { field: 'name', rule: 'Size', message: '姓名过长' },
        { field: 'handling.queuedAt', rule: 'handling', message: 'queuedAt is more than 24 hours ago' },
      ]);
    const { posts, onDone } = renderForm(EnrolmentForm, ENR_02, enrollment(() => answer()));
    await fillResident();
    await submit();

    expect(await screen.findByText('姓名过长')).toBeInTheDocument();
    expect(screen.getByText('取号时间: queuedAt is more than 24 hours ago')).toBeInTheDocument();
    expect(screen.getByText('Validation failed')).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();

    answer = recorded;
    await fill('姓名', '王芳芳');
    await submit();
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const [first, second] = posts();
    expect(second?.headers['Idempotency-Key']).not.toBe(first?.headers['Idempotency-Key']);
  });

  it('says which part of the platform is unavailable and that nothing was recorded; a retry replays under the same key', async () => {
    let answer = unavailable;
    const { posts, onDone } = renderForm(EnrolmentForm, ENR_02, enrollment(() => answer()));
    await fillResident();
    await submit();

    expect(await screen.findByText('服务网点与事项目录服务暂时不可用，本次操作没有记录任何内容，请稍后重试。')).toBeInTheDocument();
    expect(screen.getByText('服务暂不可用')).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
    expect(findReceipt('hdl-ENR-02')).toBeUndefined();

    answer = recorded;
    await submit();
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const [first, second] = posts();
    expect(second?.headers['Idempotency-Key']).toBe(first?.headers['Idempotency-Key']);
    expect(second?.body).toEqual(first?.body);
  });

  it('shows an already-enrolled refusal in the clerk’s language', async () => {
    renderForm(
      EnrolmentForm,
      ENR_02,
      enrollment(() =>
        jsonResponse(409, { type: 'https://chs-platform.org/problems/already-enrolled', title: 'Already enrolled', status: 409, detail: 'enrolled as psn-1', existingPersonId: 'psn-1' }, 'application/problem+json'),
      ),
    );
    await fillResident();
    await submit();
    expect(await screen.findByText('该公民身份号码已参加此险种')).toBeInTheDocument();
  });

  it('starts with the number the desk searched for', async () => {
    const { api } = fakeApi(enrollment(recorded));
    renderWithProviders(
      <EnrolmentPrefillContext.Provider value="330127198506120324">
        <EnrolmentForm item={ENR_02} servicePointId="sp-fenkou-village" servicePointName="汾口村服务站" ticket={TICKET} onDone={() => undefined} onCancel={() => undefined} />
      </EnrolmentPrefillContext.Provider>,
      { api },
    );
    expect(screen.getByLabelText('公民身份号码')).toHaveValue('330127198506120324');
  });
});
