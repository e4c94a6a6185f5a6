import { evaluationPath } from './model';
import type { RuleKind } from './standard';

/** PointLossResponse: one point lost; a negative `points` is what a cap gave back. */
export interface PointLoss {
  rule: RuleKind;
  clause?: string | null;
  cases?: number | null;
  points: number;
  evaluator?: string | null;
  explanation?: string | null;
}

export interface ItemScore {
  categoryCode: string;
  itemCode: string;
  name: string;
  nameZh?: string | null;
  rule: RuleKind;
  maxPoints: number;
  score: number;
  byEvaluator: { evaluator: string; score: number }[];
  losses: PointLoss[];
  note?: string | null;
}

/** ScorecardResponse (finalised, or a preview: then `metrics`, `finalizedBy` and `finalizedAt` are null). */
export interface Scorecard {
  evaluationId: string;
  declarationId: string;
  servicePointId: string;
  servicePointName?: string | null;
  category: string;
  standardId: string;
  outcome: 'SCORED' | 'VETOED' | 'INELIGIBLE';
  total: number;
  maxTotal: number;
  reasons: string[];
  missingFindings: string[];
  items: ItemScore[];
  metrics?: Record<string, number> | null;
  kpiFrom?: string | null;
  kpiTo?: string | null;
  confirmedVetoes?: string[] | null;
  failedPreconditions?: Record<string, string> | null;
  finalizedBy?: string | null;
  finalizedAt?: string | null;
}

/** DecisionsRequest of preview and finalise. */
export interface Decisions {
  confirmedVetoes?: string[];
  failedPreconditions?: Record<string, string>;
}

export const scorecardPath = (id: string) => `${evaluationPath(id)}/scorecard`;
export const scorecardCsvPath = (id: string) => `${evaluationPath(id)}/scorecard.csv`;
export const scorecardPdfPath = (id: string) => `${evaluationPath(id)}/scorecard.pdf`;
export const previewPath = (id: string) => `${evaluationPath(id)}/preview`;
export const finalizePath = (id: string) => `${evaluationPath(id)}/finalize`;
export const findingPath = (id: string, itemCode: string) => `${evaluationPath(id)}/findings/${encodeURIComponent(itemCode)}`;
