import type { ReviewLevel } from '../reviews/model';

/**
 * 评价邀请 — what evaluation-service tells a citizen holding the review token about the handling they are asked to review
 * (`GET /api/evaluation/reviews/{handlingId}/invitation`, header `X-Review-Token`).
 */
export interface Invitation {
  handlingId: string;
  itemCode?: string | null;
  itemName?: string | null;
  servicePointId?: string | null;
  servicePointName?: string | null;
  handlingDay?: string | null;
  completedAt?: string | null;
  reviewed: boolean;
  reviewedLevel?: ReviewLevel | null;
}

export const invitationPath = (handlingId: string) => `/api/evaluation/reviews/${encodeURIComponent(handlingId)}/invitation`;
export const SUBMIT_REVIEW_PATH = '/api/evaluation/reviews';
export const REVIEW_TOKEN_HEADER = 'X-Review-Token';

/** SubmitReviewRequest: handlingId at most 100 characters, token at most 200, both required. */
const HANDLING_ID_MAX = 100;
const TOKEN_MAX = 200;

export interface ReviewLink {
  handlingId: string;
  token: string;
}

/** The handling and token of the link printed on the receipt (`/console/review?h=…&t=…`), or null for a broken link. */
export function parseReviewLink(params: URLSearchParams): ReviewLink | null {
  const handlingId = params.get('h')?.trim() ?? '';
  const token = params.get('t')?.trim() ?? '';
  if (!handlingId || !token || handlingId.length > HANDLING_ID_MAX || token.length > TOKEN_MAX) return null;
  if (/\s/.test(handlingId) || /\s/.test(token)) return null;
  return { handlingId, token };
}

/** What the citizen sends (SubmitReviewRequest plus the reasons they ticked). */
export interface SubmitReview {
  handlingId: string;
  token: string;
  level: ReviewLevel;
  comment?: string;
  reasons: string[];
}
