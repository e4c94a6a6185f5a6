/**
 * 好差评 and 差评整改 as evaluation-service answers them (ReviewController's ReviewResponse / RectificationResponse), the
 * review levels best first and the reasons a citizen may give with each level.
 */

export const REVIEW_LEVELS = ['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED'] as const;
export type ReviewLevel = (typeof REVIEW_LEVELS)[number];

/** The levels evaluation-service counts as bad by default (`chs.evaluation.review.bad-levels`): they open a rectification. */
export const BAD_LEVELS: readonly ReviewLevel[] = ['DISSATISFIED', 'VERY_DISSATISFIED'];

export const RECTIFICATION_STATUSES = ['OPEN', 'ANSWERED', 'CLOSED'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

export interface RectificationView {
  status: RectificationStatus;
  /** What the citizen complained of, repeated in the rectification (the review carries them too). */
  reasons?: string[] | null;
  comment?: string | null;
  openedAt: string;
  dueAt: string;
  /** Past its deadline and not closed, as the service judged it when answering. */
  overdue: boolean;
  answer?: string | null;
  answeredBy?: string | null;
  answeredAt?: string | null;
  closingNote?: string | null;
  closedBy?: string | null;
  closedAt?: string | null;
}

export interface ReviewView {
  handlingId: string;
  servicePointId: string;
  itemCode: string;
  level: ReviewLevel;
  comment?: string | null;
  /** ReviewReason codes the citizen chose; absent on reviews given before reasons were asked. */
  reasons?: string[] | null;
  submittedAt: string;
  handlingDay: string;
  bad: boolean;
  rectification?: RectificationView | null;
}

export const REVIEWS_PATH = '/api/evaluation/reviews';
export const RECTIFICATIONS_PATH = '/api/evaluation/rectifications';
export const answerPath = (handlingId: string) => `${RECTIFICATIONS_PATH}/${encodeURIComponent(handlingId)}/answer`;
export const closePath = (handlingId: string) => `${RECTIFICATIONS_PATH}/${encodeURIComponent(handlingId)}/close`;

/** ReviewController: AnswerRequest.answer and CloseRequest.note are at most 2000 characters; a review comment at most 1000. */
export const ANSWER_MAX = 2000;
export const NOTE_MAX = 2000;
export const COMMENT_MAX = 1000;
export const REASONS_MAX = 8;

const POSITIVE_LEVELS: readonly ReviewLevel[] = ['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED'];

/** The reasons a citizen may tick, and the levels each goes with (evaluation-service refuses a reason with another level). */
export const REVIEW_REASONS: readonly { code: string; levels: readonly ReviewLevel[] }[] = [
  { code: 'FRIENDLY_SERVICE', levels: POSITIVE_LEVELS },
  { code: 'EFFICIENT', levels: POSITIVE_LEVELS },
  { code: 'CLEAR_GUIDANCE', levels: POSITIVE_LEVELS },
  { code: 'CONVENIENT', levels: POSITIVE_LEVELS },
  { code: 'POOR_ATTITUDE', levels: BAD_LEVELS },
  { code: 'LONG_WAIT', levels: BAD_LEVELS },
  { code: 'SLOW_HANDLING', levels: BAD_LEVELS },
  { code: 'REPEATED_MATERIALS', levels: BAD_LEVELS },
  { code: 'MULTIPLE_VISITS', levels: BAD_LEVELS },
  { code: 'UNCLEAR_GUIDANCE', levels: BAD_LEVELS },
  { code: 'POOR_ENVIRONMENT', levels: BAD_LEVELS },
  { code: 'OTHER', levels: REVIEW_LEVELS },
];

export function reasonsFor(level: ReviewLevel | undefined): string[] {
  return level ? REVIEW_REASONS.filter((r) => r.levels.includes(level)).map((r) => r.code) : [];
}

export function isReviewLevel(value: unknown): value is ReviewLevel {
  return typeof value === 'string' && (REVIEW_LEVELS as readonly string[]).includes(value);
}
