import type { FindingView } from './model';

/** evaluation-service's RuleKind: how an item of a scoring standard turns findings (or KPIs) into points. */
export type RuleKind =
  | 'CHECK'
  | 'PER_CASE_DEDUCTION'
  | 'PER_ITEM_DEDUCTION'
  | 'METRIC_THRESHOLD'
  | 'VETO'
  | 'ELIGIBILITY_PRECONDITION';

export interface ClauseBody {
  code: string;
  text?: string | null;
}

export interface ClauseGroupBody {
  clauses: string[];
  pointsPerCase: number;
}

/** StandardContent.RuleBody: only the fields of its kind are filled. */
export interface RuleBody {
  kind: RuleKind;
  caseGroups?: ClauseGroupBody[] | null;
  pointsPerClause?: number | null;
  cap?: number | null;
  metric?: string | null;
  comparison?: 'AT_MOST' | 'AT_LEAST' | null;
  bound?: number | null;
  condition?: string | null;
}

export interface ItemBody {
  code: string;
  name: string;
  nameZh?: string | null;
  maxPoints: number;
  clauses?: ClauseBody[] | null;
  rule: RuleBody;
  source?: string | null;
}

export interface CategoryBody {
  code: string;
  name: string;
  nameZh?: string | null;
  items: ItemBody[];
}

/** StandardResponse of one version, with its content. */
export interface StandardView {
  id: string;
  code: string;
  version: number;
  name: string;
  nameZh?: string | null;
  siteCategories: string[];
  maxTotal: number;
  defaultPoints: boolean;
  note?: string | null;
  categories?: CategoryBody[] | null;
}

/** `GRASSROOTS_SITE:v1` → the path of that version (an evaluation keeps the version it was opened with). */
export function standardVersionPath(standardId: string): string | null {
  const match = /^([A-Z][A-Z0-9_]*):v(\d+)$/.exec(standardId);
  if (!match) return null;
  return `/api/evaluation/standards/${encodeURIComponent(match[1]!)}/versions/${match[2]}`;
}

/** Whether an evaluator records a finding on items of this kind (metric items come from the KPIs, never typed). */
export function takesFinding(kind: RuleKind): boolean {
  return kind !== 'METRIC_THRESHOLD';
}

export function allItems(standard: StandardView): ItemBody[] {
  return (standard.categories ?? []).flatMap((c) => c.items);
}

/** Items with a finding of this evaluator / items that take a finding (metric items excluded: they come from the KPIs). */
export function progress(standard: StandardView, findings: readonly FindingView[]): { done: number; total: number } {
  const recorded = new Set(findings.map((f) => f.itemCode));
  const open = allItems(standard).filter((i) => takesFinding(i.rule.kind));
  return { done: open.filter((i) => recorded.has(i.code)).length, total: open.length };
}

/** The clauses an item counts cases under (its case groups' clauses, in the order of the item's clauses). */
export function caseClauses(item: ItemBody): { code: string; text?: string | null; pointsPerCase: number }[] {
  const perCase = new Map<string, number>();
  for (const group of item.rule.caseGroups ?? []) for (const clause of group.clauses) perCase.set(clause, group.pointsPerCase);
  const listed = (item.clauses ?? []).filter((c) => perCase.has(c.code));
  const unlisted = [...perCase.keys()].filter((code) => !listed.some((c) => c.code === code)).map((code) => ({ code }));
  return [...listed, ...unlisted].map((c) => ({ ...c, pointsPerCase: perCase.get(c.code)! }));
}
