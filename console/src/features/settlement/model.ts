import type { Decimal } from '../desk/items/settlement/settlementApi';

/**
 * settlement-service's supervision API as the console uses it (policy/web, catalogue/web, institution/web, clearing/web,
 * accumulator/web): the request and response records, field for field. Money is BigDecimal yuan on the server and a JSON
 * number on the wire; settlements, filings and audit flags reuse the types of the desk and the audit pages.
 */
export type { Decimal };
export type { FilingResponse, SettlementResponse, Amounts, SettledLine } from '../desk/items/settlement/settlementApi';

export const SETTLEMENT_API = '/api/settlement';

export const HOSPITAL_LEVELS = ['LEVEL_1', 'LEVEL_2', 'LEVEL_3'] as const;
export type HospitalLevel = (typeof HOSPITAL_LEVELS)[number];
export const SCHEMES = ['EMPLOYEE', 'URBAN_RURAL_RESIDENT'] as const;
export type Scheme = (typeof SCHEMES)[number];
export const ITEM_CLASSES = ['CLASS_A', 'CLASS_B', 'SELF_PAY'] as const;
export type ItemClass = (typeof ITEM_CLASSES)[number];

/** RegionCode.PATTERN: a six-digit administrative-area code. */
export const REGION_PATTERN = /^\d{6}$/;

const enc = encodeURIComponent;

// ---- 参保地政策 ----
export const policiesPath = (region: string) => `${SETTLEMENT_API}/policies/${enc(region)}`;
export const policyPath = (region: string, scheme: Scheme, year: number) => `${policiesPath(region)}/${scheme}/${year}`;

/** PolicyRequest: yuan, ratios as fractions, reductions in percentage points; `version` when editing. */
export interface PolicyRequest {
  deductibles: Partial<Record<HospitalLevel, Decimal>>;
  ratios: Partial<Record<HospitalLevel, Decimal>>;
  annualCap: Decimal;
  referralReductionPoints: Decimal;
  unreferredReductionPoints: Decimal;
  version?: number;
}

/** PolicyResponse. */
export interface Policy extends Omit<PolicyRequest, 'version'> {
  region: string;
  scheme: Scheme;
  year: number;
  version?: number | null;
  createdAt?: string | null;
  createdBy?: string | null;
  updatedAt?: string | null;
  updatedBy?: string | null;
}

// ---- 就医地目录 ----
export const catalogueItemsPath = (region: string) => `${SETTLEMENT_API}/catalogues/${enc(region)}/items`;
export const catalogueItemPath = (region: string, code: string) => `${catalogueItemsPath(region)}/${enc(code)}`;
export const catalogueImportPath = (region: string) => `${SETTLEMENT_API}/catalogues/${enc(region)}/imports`;

/** CatalogueItemRequest (the code is in the path). */
export interface CatalogueItemRequest {
  name: string;
  itemClass: ItemClass;
  selfPayFirstShare?: Decimal | null;
  quantityLimit?: Decimal | null;
  restricted?: boolean;
  qualifyingDiseaseCodes?: string[];
}

/** CatalogueItemResponse. */
export interface CatalogueItem extends CatalogueItemRequest {
  region: string;
  itemCode: string;
  restricted: boolean;
  version?: number | null;
  updatedAt?: string | null;
  updatedBy?: string | null;
}

/** ImportReport: valid lines are stored even when others are rejected. */
export interface ImportReport {
  region: string;
  linesRead: number;
  accepted: number;
  rejected: { line: number; field: string; rule: string; message: string }[];
}

// ---- 定点医疗机构 ----
export const INSTITUTIONS_PATH = `${SETTLEMENT_API}/institutions`;
export const institutionLevelsPath = (id: string) => `${INSTITUTIONS_PATH}/${enc(id)}/levels`;

export interface LevelPeriod {
  level: HospitalLevel;
  effectiveFrom: string;
  /** The last day in force; null while still in force. */
  effectiveTo?: string | null;
}

/** InstitutionController.InstitutionResponse. */
export interface Institution {
  institutionId: string;
  treatmentRegion: string;
  currentLevel?: HospitalLevel | null;
  levels: LevelPeriod[];
  updatedAt?: string | null;
  updatedBy?: string | null;
}

// ---- 结算与备案 ----
export const SETTLEMENTS_PATH = `${SETTLEMENT_API}/settlements`;
export const settlementPath = (id: string) => `${SETTLEMENTS_PATH}/${enc(id)}`;
export const FILINGS_PATH = `${SETTLEMENT_API}/filings`;
export const filingPath = (id: string) => `${FILINGS_PATH}/${enc(id)}`;
export const accumulatorPath = (personId: string, year: number) => `${SETTLEMENT_API}/accumulators/${enc(personId)}/${year}`;

/** AccumulatorController.AccumulatorResponse: a person's fund payments in a year and the bills that make them up. */
export interface Accumulator {
  personId: string;
  year: number;
  fundPaid: Decimal;
  bills: { bill: string; fundPayment: Decimal; at?: string | null }[];
}

// ---- 清算 ----
export const CLEARING_PATH = `${SETTLEMENT_API}/clearing`;
export const confirmationPath = (statementId: string) => `${CLEARING_PATH}/statements/${enc(statementId)}/confirmation`;
export const advanceFundPath = (region: string) => `${SETTLEMENT_API}/advance-funds/${enc(region)}`;

/** ClearingController.TotalsResponse: a month's kept totals for one region pair. */
export interface PairTotals {
  period: string;
  payerRegion: string;
  payeeRegion: string;
  settledCount: number;
  settledFundPayment: Decimal;
  settledTotal: Decimal;
  reversedCount: number;
  reversedFundPayment: Decimal;
  reversedTotal: Decimal;
  netFundPayment: Decimal;
}

/** ClearingController.StatementResponse (清算单). */
export interface Statement {
  id: string;
  period: string;
  payerRegion: string;
  payeeRegion: string;
  settledCount: number;
  reversedCount: number;
  settledFundPayment: Decimal;
  reversedFundPayment: Decimal;
  fundPayment: Decimal;
  status: 'ISSUED' | 'CONFIRMED' | string;
  issuedAt?: string | null;
  issuedBy?: string | null;
  confirmedAt?: string | null;
  confirmedBy?: string | null;
  version?: number | null;
}

/** ClearingController.RunResponse: positive `net` receives. */
export interface ClearingRun {
  period: string;
  status: string;
  startedAt?: string | null;
  startedBy?: string | null;
  completedAt?: string | null;
  statementIds: string[];
  positions: { region: string; receivable: Decimal; payable: Decimal; net: Decimal }[];
}

/** Reconciliation (对总账): amounts in fen, as the service compares them. */
export interface Reconciliation {
  period: string;
  pairsKept: number;
  pairsRecomputed: number;
  consistent: boolean;
  differences: { payerRegion: string; payeeRegion: string; figure: string; kept: number; recomputed: number }[];
}

/** ClearingController.AdvanceFundResponse (预付金), yuan. */
export interface AdvanceFund {
  region: string;
  balance: Decimal;
  toppedUp: Decimal;
  drawn: Decimal;
  averageMonthlyPayments: Decimal;
  recommended: Decimal;
  warningLevel: Decimal;
  warning: boolean;
}
