import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse } from '../../../../test/render';
import QueryForm from './QueryForm';
import { handlingAnswer, HANDLING_PART, renderForm, SERVED } from './testKit';

const QRY_03 = { code: 'QRY-03', name: '参保凭证打印', category: 'QRY', instant: true };
const QRY_02 = { code: 'QRY-02', name: '个人权益记录打印', category: 'QRY', instant: true };

const clickButton = async (pattern: RegExp) => userEvent.click(screen.getByText(pattern, { selector: 'button span' }).closest('button')!);

describe('QueryForm', { timeout: 60_000 }, () => {
  it('prints the enrolment certificate as a handling: the certificate is the receipt’s document', async () => {
    const { posts, onDone } = renderForm(
      QueryForm,
      QRY_03,
      ({ method, url }) =>
        method === 'POST' && url === '/api/enrollment/persons/psn-wang/certificates'
          ? jsonResponse(200, {
              result: {
                personId: 'psn-wang',
                maskedIdNumber: '330127********0324',
                name: '王芳',
                scheme: 'URBAN_RURAL_RESIDENT',
                poolingRegion: '330127',
                status: 'ACTIVE',
                coverageStart: '2024-01-01',
                year: 2025,
                coveredThisYear: true,
                issuedAt: '2025-03-10T01:09:00Z',
              },
              handling: handlingAnswer('QRY-03', '参保凭证打印', 'psn-wang'),
            })
          : jsonResponse(404, {}),
      { person: SERVED },
    );
    await clickButton(/^办理并打印$/);
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(posts()[0]).toMatchObject({ url: '/api/enrollment/persons/psn-wang/certificates', body: { handling: HANDLING_PART } });
    const receipt = onDone.mock.calls[0]![0];
    expect(receipt.document.title).toBe('参保凭证');
    expect(receipt.document.lines).toEqual(
      expect.arrayContaining([
        { label: '公民身份号码', value: '330127********0324' },
        { label: '2025年度享受待遇', value: '是' },
        { label: '出具时间', value: '2025-03-10 09:09:00' },
      ]),
    );
  });

  it('prints the rights record with status changes, contributions and qualifications', async () => {
    const { onDone } = renderForm(
      QueryForm,
      QRY_02,
      ({ url }) =>
        url.endsWith('/rights-records')
          ? jsonResponse(200, {
              result: {
                personId: 'psn-wang',
                maskedIdNumber: '330127********0324',
                name: '王芳',
                scheme: 'URBAN_RURAL_RESIDENT',
                status: 'ACTIVE',
                statusHistory: [],
                contributions: [{ year: 2024, amount: 380, channel: 'BANK', receiptNumber: 'ICBC-1' }],
                qualifications: [{ diseaseCode: 'M03900', validFrom: '2025-01-01', validTo: '2025-12-31', status: 'ACTIVE' }],
                issuedAt: '2025-03-10T01:09:00Z',
              },
              handling: handlingAnswer('QRY-02', '个人权益记录打印', 'psn-wang'),
            })
          : jsonResponse(404, {}),
      { person: SERVED },
    );
    await clickButton(/^办理并打印$/);
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const receipt = onDone.mock.calls[0]![0];
    expect(receipt.document.title).toBe('个人权益记录');
    expect(receipt.document.lines).toEqual(
      expect.arrayContaining([
        { label: '2024年度缴费', value: '¥380.00 · 银行 · ICBC-1' },
        { label: '门慢特病 M03900', value: '2025-01-01 ~ 2025-12-31 · 有效' },
      ]),
    );
  });
});
