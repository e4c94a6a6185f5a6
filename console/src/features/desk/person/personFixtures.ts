import type { Person } from './personApi';

/** Test data: 王芳, an urban-rural resident of 淳安 (330127), as enrollment-service returns her (ID number masked). */
export const WANG_FANG: Person = {
  personId: 'psn-wang',
  maskedIdNumber: '330127********0324',
  name: '王芳',
  sex: 'FEMALE',
  birthDate: '1985-06-12',
  scheme: 'URBAN_RURAL_RESIDENT',
  poolingRegion: '330127',
  employer: null,
  newborn: false,
  coverageStart: '2024-01-01',
  status: 'SUSPENDED',
  statusHistory: [
    {
      from: 'ACTIVE',
      to: 'SUSPENDED',
      reason: '外出务工',
      effectiveDate: '2025-02-01',
      destinationRegion: null,
      changedAt: '2025-02-01T02:00:00Z',
      changedBy: 'clerk-village',
      handlingId: 'hdl-1',
    },
  ],
  household: [],
  contributionYears: [2024],
  version: 3,
};
