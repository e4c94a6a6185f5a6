import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/ApiProvider';
import type { Page } from '../../../api/page';
import type { PersonRef } from '../types';

/** enrollment-service's enums, as its API writes them. */
export type Scheme = 'EMPLOYEE' | 'URBAN_RURAL_RESIDENT';
export type PersonStatus = 'ACTIVE' | 'SUSPENDED' | 'TERMINATED' | 'TRANSFERRED_OUT' | 'DECEASED';
export type Sex = 'MALE' | 'FEMALE';
export type QualificationStatus = 'ACTIVE' | 'PENDING' | 'EXPIRED' | 'REVOKED';

/** 状态变更记录 (enrollment `StatusChange`). */
export interface StatusChange {
  from: PersonStatus;
  to: PersonStatus;
  reason: string;
  effectiveDate: string;
  destinationRegion?: string | null;
  changedAt: string;
  changedBy: string;
  handlingId?: string | null;
}

export interface Employer {
  creditCode: string;
  name: string;
}

export interface HouseholdLink {
  relation: 'PARENT' | 'GUARDIAN';
  personId: string;
}

/** 参保人 (enrollment `PersonResponse`): the ID number only masked. */
export interface Person {
  personId: string;
  maskedIdNumber: string;
  name: string;
  sex: Sex;
  birthDate: string;
  scheme: Scheme;
  poolingRegion: string;
  employer?: Employer | null;
  newborn: boolean;
  coverageStart: string;
  status: PersonStatus;
  statusHistory?: StatusChange[] | null;
  household?: HouseholdLink[] | null;
  contributionYears?: number[] | null;
  createdAt?: string;
  lastModifiedAt?: string;
  version?: number | null;
}

/** One contribution (enrollment `ContributionResponse`). */
export interface Contribution {
  year: number;
  amount: number;
  channel: 'COUNTER' | 'BANK' | 'ONLINE';
  receiptNumber: string;
  paidAt: string;
  handlingId?: string | null;
}

/** A year's contributions and whether they cover the person (enrollment `YearResponse`). */
export interface ContributionYear {
  year: number;
  total: number;
  covered: boolean;
  contributions: Contribution[];
}

/** 门慢特病待遇认定 (enrollment `QualificationResponse`), with its status today. */
export interface Qualification {
  qualificationId: string;
  diseaseCode: string;
  evidenceReference: string;
  validFrom: string;
  validTo: string;
  status: QualificationStatus;
  grantedAt: string;
  handlingId?: string | null;
  revokedAt?: string | null;
  revocationReason?: string | null;
}

/** 异地就医备案 (settlement `FilingResponse`), the fields the desk shows. */
export interface Filing {
  id: string;
  personId: string;
  insuredRegion: string;
  treatmentRegion: string;
  type: string;
  itemCode: string;
  validFrom: string;
  validTo?: string | null;
  status: 'ACTIVE' | 'REVOKED' | 'EXPIRED';
  madeUp: boolean;
  servicePointId?: string | null;
  createdAt?: string;
}

export const LOOKUP_PATH = '/api/enrollment/persons/lookups';
export const personPath = (personId: string) => `/api/enrollment/persons/${encodeURIComponent(personId)}`;
export const FILINGS_PATH = '/api/settlement/filings';

/** Query keys under one root per person, so a handling on the person refreshes everything the desk shows of them. */
export const personKey = (personId: string) => ['desk', 'person', personId] as const;

export function toPersonRef(person: Pick<Person, 'personId' | 'name' | 'maskedIdNumber'>): PersonRef {
  return { personId: person.personId, name: person.name, maskedIdNumber: person.maskedIdNumber };
}

/** The person as enrollment-service has them now (masked); `initial` is shown until the first answer. */
export function usePerson(personId: string | undefined, initial?: Person) {
  const api = useApi();
  return useQuery({
    queryKey: [...personKey(personId ?? ''), 'record'],
    queryFn: () => api.get<Person>(personPath(personId!)),
    enabled: Boolean(personId),
    staleTime: 30_000,
    ...(initial && initial.personId === personId ? { initialData: initial, initialDataUpdatedAt: 0 } : {}),
  });
}

export function useContributions(personId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...personKey(personId), 'contributions'],
    queryFn: () => api.get<ContributionYear[]>(`${personPath(personId)}/contributions`),
  });
}

export function useQualifications(personId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...personKey(personId), 'qualifications'],
    queryFn: () => api.get<Qualification[]>(`${personPath(personId)}/qualifications`),
  });
}

export function useHousehold(personId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...personKey(personId), 'household'],
    queryFn: () => api.get<Person[]>(`${personPath(personId)}/household`),
  });
}

export function useFilings(personId: string, page: number, size: number) {
  const api = useApi();
  return useQuery({
    queryKey: [...personKey(personId), 'filings', page, size],
    queryFn: async (): Promise<Page<Filing>> =>
      api.get<Page<Filing>>(FILINGS_PATH, { query: { personId, page, size } }),
  });
}
