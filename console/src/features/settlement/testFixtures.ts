import type { Caller } from '../../auth/caller';
import type { Policy, SettlementResponse } from './model';

export const ADMIN: Caller = { username: 'admin', displayName: '医保局管理员', roles: ['agency-admin'] };
export const AUDITOR: Caller = { username: 'auditor', displayName: '基金监管', roles: ['auditor'] };

export const RESIDENT_2026: Policy = {
  region: '330127',
  scheme: 'URBAN_RURAL_RESIDENT',
  year: 2026,
  deductibles: { LEVEL_1: 400, LEVEL_2: 800, LEVEL_3: 1200 },
  ratios: { LEVEL_1: 0.8, LEVEL_2: 0.7, LEVEL_3: 0.6 },
  annualCap: 300000,
  referralReductionPoints: 10,
  unreferredReductionPoints: 15,
  version: 3,
  createdAt: '2026-01-01T00:00:00Z',
  createdBy: 'demo-data',
  updatedAt: '2026-03-01T02:00:00Z',
  updatedBy: 'admin',
};

export const SETTLED: SettlementResponse = {
  id: 'st-42',
  status: 'COMPLETED',
  mode: 'DIRECT',
  billNumber: 'ZY20260510-0042',
  institutionId: 'inst-chunan-first-peoples',
  servicePointId: null,
  personId: 'p-7',
  maskedIdNumber: '330106********0322',
  insuredRegion: '330106',
  treatmentRegion: '330127',
  visitType: 'INPATIENT',
  diseaseCode: null,
  hospitalLevel: 'LEVEL_3',
  admissionDate: '2026-05-01',
  dischargeDate: '2026-05-10',
  emergency: false,
  basis: 'OTHER_TEMPORARY',
  filingId: 'fl-9',
  filingType: 'OTHER_TEMPORARY',
  accumulatorYear: 2026,
  amounts: {
    total: 3000, selfPay: 0, selfPayFirst: 100, inScope: 2900, deductible: 1200, deductiblePart: 1200, ratio: 0.45,
    fundCandidate: 765, annualCap: 300000, fundPaidBefore: 0, fundPayment: 765, personalPayment: 2235, capReached: false,
  },
  lines: [
    { line: 1, itemCode: 'B10', quantity: 4, unitPrice: 250, amount: 1000, itemClass: 'CLASS_B', selfPayFirstShare: 0.1, flags: ['SELF_PAY_FIRST', 'REPEAT_CHARGE'] },
    { line: 2, itemCode: 'A1', quantity: 1, unitPrice: 2000, serviceDate: '2026-05-01', amount: 2000, itemClass: 'CLASS_A', flags: [] },
  ],
  auditFlags: [{ rule: 'REPEAT_CHARGE', itemCode: 'B10', blocking: false, message: 'B10 charged 4 times on 2026-05-02', evidence: { date: '2026-05-02', count: '4', limit: '1' } }],
  settledAt: '2026-05-10T06:00:00Z',
  handlingId: '',
};
