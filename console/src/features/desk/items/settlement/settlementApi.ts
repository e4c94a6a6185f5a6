import type { Handling } from '../../types';

/**
 * settlement-service's counter API as the console uses it (filing/web and reimbursement/web in settlement-service): the
 * request and response records, field for field. Money is BigDecimal yuan on the server and a JSON number on the wire.
 */

export const FILINGS_PATH = '/api/settlement/filings';
export const REIMBURSEMENTS_PATH = '/api/settlement/reimbursements';
export const SETTLEMENT_HANDLINGS_PATH = '/api/settlement/handlings';

export const filingRevocationPath = (filingId: string) => `${FILINGS_PATH}/${encodeURIComponent(filingId)}/revocation`;

/** FilingType: the first three are long-term (FIL-01), the others temporary (FIL-02). */
export const LONG_TERM_FILING_TYPES = ['RELOCATED_RETIREE', 'LONG_TERM_RESIDENT', 'POSTED_WORKER'] as const;
export const TEMPORARY_FILING_TYPES = ['REFERRAL', 'EMERGENCY', 'OTHER_TEMPORARY'] as const;
export type FilingType = (typeof LONG_TERM_FILING_TYPES)[number] | (typeof TEMPORARY_FILING_TYPES)[number];

/** The item a filing type is handled under (FilingType.itemCode()). */
export const LONG_TERM_FILING_ITEM = 'FIL-01';
export const TEMPORARY_FILING_ITEM = 'FIL-02';

export function filingTypesFor(itemCode: string): readonly FilingType[] {
  return itemCode === LONG_TERM_FILING_ITEM ? LONG_TERM_FILING_TYPES : TEMPORARY_FILING_TYPES;
}

export function isLongTerm(type: FilingType): boolean {
  return (LONG_TERM_FILING_TYPES as readonly string[]).includes(type);
}

/**
 * handling/web/HandlingResponse: a handling with enrollment's field names, plus the business it did. Business answers that
 * record a handling carry it (with the review token) for the receipt.
 */
export interface SettlementHandling extends Handling {
  business?: { kind: 'FILING' | 'FILING_REVOCATION' | 'MANUAL_REIMBURSEMENT'; id: string } | null;
}

export type FilingStatus = 'ACTIVE' | 'REVOKED' | 'EXPIRED';
export type Channel = 'COUNTER' | 'HOSPITAL_WINDOW';

/** FilingRequest. */
export interface FilingRequest {
  idNumber: string;
  treatmentRegion: string;
  type: FilingType;
  validFrom: string;
  validTo?: string;
  queuedAt: string;
  startedAt?: string;
}

/** RevocationRequest. */
export interface RevocationRequest {
  reason: string;
  queuedAt: string;
  startedAt?: string;
}

/** FilingResponse (null fields are left out by the service's Jackson setting). */
export interface FilingResponse {
  id: string;
  personId: string;
  maskedIdNumber: string;
  scheme?: string;
  insuredRegion?: string;
  treatmentRegion: string;
  type: FilingType;
  itemCode: string;
  validFrom: string;
  validTo?: string | null;
  status: FilingStatus;
  madeUp: boolean;
  channel: Channel;
  institutionId?: string | null;
  servicePointId?: string | null;
  /** The handling the filing was made under (also in the answer to a revocation). */
  handlingId: string;
  revokedAt?: string | null;
  revocationReason?: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt?: string;
  updatedBy?: string;
  version?: number;
  /** Only in the answer that recorded a handling: the filing's, or on a revocation the revocation's (`handling.handlingId`). */
  reviewToken?: string | null;
  /** The handling this answer recorded (the filing's or the revocation's); absent from other answers. */
  handling?: SettlementHandling | null;
}

export type VisitType = 'INPATIENT' | 'OUTPATIENT_CHRONIC_SPECIAL';
export const VISIT_TYPES: readonly VisitType[] = ['INPATIENT', 'OUTPATIENT_CHRONIC_SPECIAL'];

/** BillLineRequest. */
export interface BillLineRequest {
  itemCode: string;
  quantity: number;
  unitPrice: number;
  serviceDate?: string;
}

/**
 * ReimbursementRequest. The record also has `hospitalLevel`, which the console never sends: the level is the institution
 * register's (ARCHITECTURE §7), never one a clerk types.
 */
export interface ReimbursementRequest {
  institutionId: string;
  billNumber: string;
  idNumber: string;
  treatmentRegion: string;
  admissionDate: string;
  dischargeDate: string;
  visitType: VisitType;
  diseaseCode?: string;
  emergency: boolean;
  lines: BillLineRequest[];
  payee: { name: string; bankName: string; accountNumber: string };
  queuedAt: string;
  startedAt?: string;
}

export type Decimal = number | string;

/** SettlementResponse.Amounts: yuan, ratio as a fraction. */
export interface Amounts {
  total: Decimal;
  selfPay: Decimal;
  selfPayFirst: Decimal;
  inScope: Decimal;
  deductible: Decimal;
  deductiblePart: Decimal;
  ratio: Decimal;
  fundCandidate: Decimal;
  annualCap: Decimal;
  fundPaidBefore: Decimal;
  fundPayment: Decimal;
  personalPayment: Decimal;
  capReached: boolean;
}

export interface SettledLine {
  line: number;
  itemCode: string;
  quantity: Decimal;
  unitPrice: Decimal;
  serviceDate?: string;
  amount: Decimal;
  itemClass?: 'CLASS_A' | 'CLASS_B' | 'SELF_PAY' | null;
  selfPayFirstShare?: Decimal | null;
  flags: string[];
}

export interface AuditFlag {
  rule: string;
  itemCode?: string | null;
  blocking: boolean;
  message: string;
  evidence?: Record<string, string>;
}

export interface PaymentRecord {
  paymentId: string;
  payee: { name: string; bankName: string; accountMasked: string };
  amount: Decimal;
  status: string;
  orderedAt: string;
}

/** SettlementResponse (mode MANUAL for a reimbursement). */
export interface SettlementResponse {
  id: string;
  status: string;
  mode: 'DIRECT' | 'MANUAL';
  billNumber: string;
  institutionId: string;
  servicePointId?: string | null;
  personId: string;
  maskedIdNumber: string;
  insuredRegion?: string;
  treatmentRegion: string;
  visitType: VisitType;
  diseaseCode?: string | null;
  hospitalLevel?: string | null;
  admissionDate: string;
  dischargeDate: string;
  emergency: boolean;
  basis?: string | null;
  filingId?: string | null;
  filingType?: FilingType | null;
  accumulatorYear?: number;
  amounts?: Amounts | null;
  lines: SettledLine[];
  auditFlags?: AuditFlag[];
  settledAt: string;
  reversedAt?: string | null;
  reversalReason?: string | null;
  payment?: PaymentRecord | null;
  handlingId: string;
  reviewToken?: string | null;
  /** The RMB-01 handling, in the answer that recorded it. */
  handling?: SettlementHandling | null;
}
