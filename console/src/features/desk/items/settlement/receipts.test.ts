import { describe, expect, it } from 'vitest';
import { format } from '../../../../i18n/catalogue';
import type { Handling } from '../../types';
import { filingReceipt } from './filingReceipts';
import { reimbursementReceipt } from './reimbursementReceipt';
import type { FilingResponse, SettlementResponse } from './settlementApi';
import { formProps, PERSON, TICKET } from './testFixtures';

const i18n = { t: (key: Parameters<typeof format>[1], params?: Record<string, string | number>) => format('zh-CN', key, params), tx: (_key: string, fallback: string) => fallback };

const server: Handling = {
  handlingId: 'hdl-server',
  itemCode: 'FIL-02',
  itemName: '临时外出就医人员备案',
  servicePointId: 'sp-fenkou-village',
  servicePointName: null,
  operator: 'clerk-village',
  channel: 'COUNTER',
  queuedAt: '2026-05-10T00:59:59Z',
  startedAt: '2026-05-10T01:11:59Z',
  completedAt: '2026-05-10T01:20:00Z',
  completedOn: '2026-05-10',
  personId: PERSON.personId,
  outcome: 'COMPLETED',
  reviewToken: null,
};

const filing: FilingResponse = {
  id: 'fil-1', personId: PERSON.personId, maskedIdNumber: PERSON.maskedIdNumber, treatmentRegion: '310101', type: 'REFERRAL',
  itemCode: 'FIL-02', validFrom: '2026-05-10', validTo: '2026-06-30', status: 'ACTIVE', madeUp: false, channel: 'COUNTER',
  handlingId: 'hdl-server', createdAt: '2026-05-10T01:20:00Z', createdBy: 'clerk-village', reviewToken: 'tok',
};

describe('settlement receipts', () => {
  const ctx = { props: formProps('FIL-02', '临时外出就医人员备案（台账名）'), operator: 'clerk-village' };

  it('take the handling the answer carries, the review token and the point’s name filled in when it lacks them', () => {
    const receipt = filingReceipt(i18n, ctx, { ...filing, handling: server }, PERSON);
    expect(receipt.handling).toMatchObject({ handlingId: 'hdl-server', queuedAt: '2026-05-10T00:59:59Z', reviewToken: 'tok', servicePointName: '汾口镇新联村便民服务点', itemName: '临时外出就医人员备案' });
    expect(receipt.lines).toContainEqual({ label: '有效期', value: '2026-05-10 至 2026-06-30' });
  });

  it('build the handling from what was sent when an answer does not carry it', () => {
    const receipt = filingReceipt(i18n, ctx, filing, PERSON);
    expect(receipt.handling).toMatchObject({ handlingId: 'hdl-server', queuedAt: TICKET.queuedAt, startedAt: TICKET.calledAt, completedAt: filing.createdAt, reviewToken: 'tok', itemName: '临时外出就医人员备案（台账名）' });
  });

  it('put a reimbursement’s handling from its answer on the receipt', () => {
    const settled = {
      id: 'stl-1', status: 'COMPLETED', mode: 'MANUAL', billNumber: 'B-1', institutionId: 'inst-1', personId: PERSON.personId,
      maskedIdNumber: PERSON.maskedIdNumber, treatmentRegion: '330127', visitType: 'INPATIENT', admissionDate: '2026-05-01',
      dischargeDate: '2026-05-02', emergency: true, lines: [], settledAt: '2026-05-10T01:20:00Z', handlingId: 'hdl-rmb', reviewToken: 'tok-rmb',
      handling: { ...server, handlingId: 'hdl-rmb', itemCode: 'RMB-01', itemName: '零星报销', servicePointName: '服务点', reviewToken: 'tok-rmb' },
    } satisfies SettlementResponse;
    const receipt = reimbursementReceipt(i18n, { ...ctx, props: formProps('RMB-01', '零星报销') }, settled, PERSON);
    expect(receipt.handling).toMatchObject({ handlingId: 'hdl-rmb', reviewToken: 'tok-rmb', servicePointName: '服务点' });
    expect(receipt.lines).toContainEqual({ label: '急诊抢救', value: '是' });
  });
});
