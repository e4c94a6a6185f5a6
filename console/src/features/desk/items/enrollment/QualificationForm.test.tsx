import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, type Handler } from '../../../../test/render';
import { WANG_FANG } from '../../person/personFixtures';
import QualificationForm from './QualificationForm';
import { fill, handlingAnswer, HANDLING_PART, renderForm, SERVED, submit } from './testKit';

const CHR_01 = { code: 'CHR-01', name: '门诊慢特病病种待遇认定', category: 'CHR', instant: false };

const QUALIFICATION = {
  qualificationId: 'qlf-1',
  diseaseCode: 'M03900',
  evidenceReference: 'ZD-2025-001',
  validFrom: '2025-01-01',
  validTo: '2025-12-31',
  status: 'ACTIVE',
  grantedAt: '2025-01-01T01:00:00Z',
};

function enrollment(post: (url: string, body: unknown) => Response, status = 'ACTIVE'): Handler {
  return ({ method, url, body }) => {
    if (method === 'GET' && url === '/api/enrollment/persons/psn-wang') return jsonResponse(200, { ...WANG_FANG, status });
    if (method === 'GET' && url === '/api/enrollment/persons/psn-wang/qualifications')
      return jsonResponse(200, [QUALIFICATION, { ...QUALIFICATION, qualificationId: 'qlf-0', diseaseCode: 'M00000', status: 'REVOKED' }]);
    if (method === 'POST') return post(url, body);
    return jsonResponse(404, {});
  };
}

async function pickRange(from: string, to: string) {
  const [start, end] = Array.from(document.querySelectorAll<HTMLInputElement>('.ant-picker-range input'));
  await userEvent.click(start!);
  await userEvent.paste(from);
  await userEvent.keyboard('{Enter}');
  await userEvent.click(end!);
  await userEvent.paste(to);
  await userEvent.keyboard('{Enter}');
}

describe('QualificationForm', { timeout: 60_000 }, () => {
  it('grants a qualification to an active person', async () => {
    const { posts, onDone } = renderForm(
      QualificationForm,
      CHR_01,
      enrollment(() => jsonResponse(201, { result: QUALIFICATION, handling: handlingAnswer('CHR-01', CHR_01.name, 'psn-wang') })),
      { person: SERVED },
    );
    await screen.findByLabelText('病种编码');
    await fill('病种编码', 'M039#');
    await submit();
    expect(await screen.findByText('病种编码为1至20位字母、数字、“.”或“-”')).toBeInTheDocument();
    expect(await screen.findByText('请填写有效期')).toBeInTheDocument();

    await fill('病种编码', 'M03900');
    await fill('认定依据（诊断证明等材料编号）', 'ZD-2025-001');
    await pickRange('2025-01-01', '2025-12-31');
    await submit();
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(posts()[0]).toMatchObject({
      url: '/api/enrollment/persons/psn-wang/qualifications',
      body: { diseaseCode: 'M03900', evidenceReference: 'ZD-2025-001', validFrom: '2025-01-01', validTo: '2025-12-31', handling: HANDLING_PART },
    });
  });

  it('does not grant to a suspended person', async () => {
    renderForm(QualificationForm, CHR_01, enrollment(() => jsonResponse(500, {}), 'SUSPENDED'), { person: SERVED });
    expect(await screen.findByText('参保状态为“暂停参保”，不能办理此事项（仅限：正常参保）。')).toBeInTheDocument();
  });

  it('revokes a qualification that is not revoked yet, with a reason', async () => {
    const { posts, onDone } = renderForm(
      QualificationForm,
      CHR_01,
      enrollment(() =>
        jsonResponse(200, {
          result: { ...QUALIFICATION, status: 'REVOKED', revokedAt: '2025-03-10T01:09:00Z', revocationReason: '复核不符' },
          handling: handlingAnswer('CHR-01', CHR_01.name, 'psn-wang'),
        }),
      ),
      { person: SERVED },
    );
    await userEvent.click(screen.getByText('撤销认定'));
    const choice = await screen.findByText(/M03900 · 2025-01-01 ~ 2025-12-31/);
    expect(screen.queryByText(/M00000/)).not.toBeInTheDocument();
    await userEvent.click(choice);
    await fill('原因', '复核不符');
    await submit('撤销认定');
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(posts()[0]).toMatchObject({
      url: '/api/enrollment/persons/psn-wang/qualifications/qlf-1/revocation',
      body: { reason: '复核不符', handling: HANDLING_PART },
    });
    expect(onDone.mock.calls[0]![0].lines).toEqual(expect.arrayContaining([{ label: '办理结果', value: '已撤销认定' }]));
  });
});
