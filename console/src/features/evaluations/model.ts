/** evaluation-service's EvaluationResponse, as a list row needs it (an evaluator sees only their own findings). */
export interface EvaluationView {
  id: string;
  declarationId: string;
  batchId: string;
  servicePointId: string;
  servicePointName?: string | null;
  servicePointType?: string | null;
  category: string;
  level?: string | null;
  year: number;
  standardId: string;
  kpiFrom?: string | null;
  kpiTo?: string | null;
  evaluators: string[];
  status: 'OPEN' | 'FINALIZED';
  outcome?: 'SCORED' | 'VETOED' | 'INELIGIBLE' | null;
  score?: number | null;
  findings: FindingView[];
  createdAt?: string | null;
  lastModifiedAt?: string | null;
}

/** FindingResponse: one evaluator's finding on one item; only the fields of the item's rule kind are filled. */
export interface FindingView {
  itemCode: string;
  recordedAt: string;
  evaluator?: string;
  clausesMet?: string[] | null;
  casesPerClause?: Record<string, number> | null;
  vetoFindings?: { description: string; evidence: string }[] | null;
  preconditionMet?: boolean | null;
  notes?: string | null;
}

export const EVALUATIONS_PATH = '/api/evaluation/evaluations';
export const evaluationPath = (id: string) => `${EVALUATIONS_PATH}/${encodeURIComponent(id)}`;
/** The evaluator's workbench of one evaluation (route `evaluations/:id`). */
export const workbenchLink = (id: string) => `/evaluations/${encodeURIComponent(id)}`;
export const EVALUATION_STATUSES = ['OPEN', 'FINALIZED'] as const;
