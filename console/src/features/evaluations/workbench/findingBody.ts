import type { FindingView } from '../model';
import { caseClauses, type ItemBody } from '../standard';

/** FindingRequest: only the fields of the item's rule kind are sent. */
export interface FindingBody {
  clausesMet?: string[];
  casesPerClause?: Record<string, number>;
  vetoFindings?: { description: string; evidence: string }[];
  preconditionMet?: boolean;
  notes?: string;
}

/** The form's values: one shape for every kind, of which each kind's form uses its part. */
export interface FindingValues {
  clauses?: Record<string, 'MET' | 'NOT_MET' | undefined>;
  casesPerClause?: Record<string, number | null | undefined>;
  vetoFound?: boolean;
  vetoFindings?: { description?: string; evidence?: string }[];
  preconditionMet?: boolean;
  notes?: string;
}

export const NOTES_MAX = 2000;
export const VETO_DESCRIPTION_MAX = 1000;
export const VETO_EVIDENCE_MAX = 500;

export function findingBody(item: ItemBody, values: FindingValues): FindingBody {
  const notes = values.notes?.trim();
  const withNotes = (body: FindingBody): FindingBody => (notes ? { ...body, notes } : body);
  switch (item.rule.kind) {
    case 'CHECK':
    case 'PER_ITEM_DEDUCTION':
      return withNotes({ clausesMet: (item.clauses ?? []).map((c) => c.code).filter((code) => values.clauses?.[code] === 'MET') });
    case 'PER_CASE_DEDUCTION':
      return withNotes({
        casesPerClause: Object.fromEntries(caseClauses(item).map((c) => [c.code, Number(values.casesPerClause?.[c.code] ?? 0)])),
      });
    case 'VETO':
      return withNotes({
        vetoFindings: values.vetoFound
          ? (values.vetoFindings ?? []).map((v) => ({ description: (v.description ?? '').trim(), evidence: (v.evidence ?? '').trim() }))
          : [],
      });
    case 'ELIGIBILITY_PRECONDITION':
      return withNotes({ preconditionMet: values.preconditionMet === true });
    default:
      return withNotes({});
  }
}

/** The form's starting values: the evaluator's recorded finding, or nothing chosen yet (cases start at 0). */
export function initialValues(item: ItemBody, finding: FindingView | undefined): FindingValues {
  const notes = finding?.notes ?? undefined;
  switch (item.rule.kind) {
    case 'CHECK':
    case 'PER_ITEM_DEDUCTION': {
      const met = new Set(finding?.clausesMet ?? []);
      return {
        notes,
        clauses: Object.fromEntries((item.clauses ?? []).map((c) => [c.code, finding ? (met.has(c.code) ? 'MET' : 'NOT_MET') : undefined])),
      };
    }
    case 'PER_CASE_DEDUCTION':
      return { notes, casesPerClause: Object.fromEntries(caseClauses(item).map((c) => [c.code, finding?.casesPerClause?.[c.code] ?? 0])) };
    case 'VETO': {
      const found = finding?.vetoFindings ?? [];
      return { notes, vetoFound: finding ? found.length > 0 : undefined, vetoFindings: found.length ? found : [{}] };
    }
    case 'ELIGIBILITY_PRECONDITION':
      return { notes, preconditionMet: finding?.preconditionMet ?? undefined };
    default:
      return { notes };
  }
}
