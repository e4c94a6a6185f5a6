/**
 * Demonstration sites (示范点) as site-registry-service (batches, declarations, lifecycle, pre-check) and evaluation-service
 * (batch settings, rankings, awards) answer them.
 */

export const AWARD_LEVELS = ['COUNTY', 'CITY', 'PROVINCIAL', 'NATIONAL'] as const;

/** site-registry's NominationGroup: the groups a batch's nomination quotas count by. */
export const NOMINATION_GROUPS = ['GRASSROOTS', 'MEDICAL_INSTITUTION', 'BANK_COOPERATION'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];

/** site-registry's DemonstrationCategory (evaluation-service takes the declaration's category as it comes). */
export const DECLARATION_CATEGORIES = ['GRASSROOTS_TOWNSHIP', 'GRASSROOTS_VILLAGE', 'MEDICAL_INSTITUTION', 'BANK_COOPERATION'] as const;

export const DECLARATION_STATUSES = [
  'DECLARED',
  'UNDER_CONSTRUCTION',
  'CONSTRUCTED',
  'UNDER_REVIEW',
  'SCORED',
  'AWARDED',
  'NOT_SELECTED',
  'VETOED',
] as const;
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number];

/** The steps an administrator may record by hand (DeclarationStatus.mayBeSetByHandFrom); the rest come from evaluation. */
export const HAND_TRANSITIONS: Partial<Record<DeclarationStatus, DeclarationStatus>> = {
  DECLARED: 'UNDER_CONSTRUCTION',
  UNDER_CONSTRUCTION: 'CONSTRUCTED',
  CONSTRUCTED: 'UNDER_REVIEW',
  SCORED: 'NOT_SELECTED',
};
export const TRANSITION_NOTE_MAX = 500;

export interface Nomination {
  declarationId: string;
  servicePointId: string;
  category: string;
  toLevel: AwardLevel;
  nominatedOn: string;
  by?: string | null;
  recordedAt?: string | null;
}

/** site-registry's BatchResponse: the batch as declared — quotas, nomination quotas and the calendar. */
export interface DeclarationBatch {
  id: string;
  year: number;
  level: AwardLevel;
  name: string;
  areaCode: string;
  quotas: Record<string, number>;
  nominationQuotas?: Record<string, number> | null;
  declarationDeadline: string;
  constructionDeadline: string;
  decisionDeadline: string;
  nominations?: Nomination[] | null;
  version: number;
  createdBy?: string | null;
  createdAt?: string | null;
}

export interface DeclarationTransition {
  from?: DeclarationStatus | null;
  to: DeclarationStatus;
  effectiveOn: string;
  note?: string | null;
  by?: string | null;
  recordedAt?: string | null;
}

export interface Declaration {
  id: string;
  batchId: string;
  servicePointId: string;
  servicePointName?: string | null;
  servicePointType?: string | null;
  areaCode?: string | null;
  category: string;
  level: AwardLevel;
  year: number;
  status: DeclarationStatus;
  declaredOn: string;
  score?: number | null;
  evaluationId?: string | null;
  vetoReason?: string | null;
  awardedLevel?: AwardLevel | null;
  awardedOn?: string | null;
  nominatedLevel?: AwardLevel | null;
  history: DeclarationTransition[];
  version: number;
}

export interface PreCheckCriterion {
  criterion: string;
  outcome: 'MET' | 'NOT_MET' | 'RELAXED' | 'NOT_APPLICABLE';
  required?: string | null;
  actual?: string | null;
  source?: string | null;
}

export interface PreCheck {
  servicePointId: string;
  category: string;
  passed: boolean;
  criteria: PreCheckCriterion[];
}

/** evaluation-service's BatchResponse: what the ranking uses — quotas per category, the default quota, the threshold, awards. */
export interface EvaluationBatch {
  batchId: string;
  level: string;
  year: number;
  quotas: Record<string, number>;
  defaultQuota: number;
  awardThreshold: number;
  status: 'OPEN' | 'PUBLISHED';
  awards: Award[];
  publishedBy?: string | null;
  publishedAt?: string | null;
  lastModifiedAt?: string | null;
  lastModifiedBy?: string | null;
}

export interface Award {
  declarationId: string;
  evaluationId: string;
  servicePointId: string;
  category: string;
  score: number;
  rank: number;
}

export interface RankedSite {
  rank?: number | null;
  evaluationId: string;
  declarationId: string;
  servicePointId: string;
  servicePointName?: string | null;
  score?: number | null;
  reason?: string | null;
  awardable: boolean;
}

export interface CategoryRanking {
  category: string;
  quota: number;
  threshold: number;
  ranked: RankedSite[];
  vetoed: RankedSite[];
  ineligible: RankedSite[];
  pending: RankedSite[];
}

export interface Rankings {
  batch: EvaluationBatch;
  categories: CategoryRanking[];
}

export const DECLARATION_BATCHES_PATH = '/api/registry/declaration-batches';
export const DECLARATIONS_PATH = '/api/registry/declarations';
export const declarationPath = (id: string) => `${DECLARATIONS_PATH}/${encodeURIComponent(id)}`;
export const transitionsPath = (id: string) => `${declarationPath(id)}/transitions`;
export const preCheckPath = (id: string) => `${declarationPath(id)}/pre-check`;
export const nominationPath = (id: string) => `${declarationPath(id)}/nomination`;

/** site-registry's DeclaredResponse: the new declaration and its automatic pre-check. */
export interface Declared {
  declaration: Declaration;
  preCheck: PreCheck;
}

export const EVALUATION_BATCHES_PATH = '/api/evaluation/batches';
export const evaluationBatchPath = (id: string) => `${EVALUATION_BATCHES_PATH}/${encodeURIComponent(id)}`;
export const rankingsPath = (id: string) => `${evaluationBatchPath(id)}/rankings`;
export const publishPath = (id: string) => `${evaluationBatchPath(id)}/publish`;

/** Console routes of the agency's demonstration-site pages. */
export const adminEvaluationLink = (id: string) => `/sites/evaluations/${encodeURIComponent(id)}`;
export const rankingsLink = (batchId: string) => `/sites/rankings?batch=${encodeURIComponent(batchId)}`;
