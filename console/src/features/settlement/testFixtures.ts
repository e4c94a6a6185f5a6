import type { Caller } from '../../auth/caller';
import type { Policy } from './model';

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
