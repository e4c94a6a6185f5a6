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
  findings: { itemCode: string; recordedAt: string }[];
  createdAt?: string | null;
  lastModifiedAt?: string | null;
}

export const EVALUATIONS_PATH = '/api/evaluation/evaluations';
export const EVALUATION_STATUSES = ['OPEN', 'FINALIZED'] as const;
