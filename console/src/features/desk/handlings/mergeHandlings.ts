import type { Handling } from '../types';

/** Which service recorded a handling: enrollment-service (参保登记类) or settlement-service (备案、报销). */
export type HandlingSource = 'enrollment' | 'settlement';

export interface HandlingRow extends Handling {
  source: HandlingSource;
}

/** What is loaded of one source: its pages so far, in completion order, and whether more follow. */
export interface LoadedSource {
  source: HandlingSource;
  items: readonly Handling[];
  hasNext: boolean;
}

/** An ISO instant in whole milliseconds, the digits below cut off (Java writes up to nanoseconds; MongoDB keeps milliseconds). */
export function instantMillis(iso: string): number {
  return Date.parse(iso.replace(/\.(\d{1,3})\d*(?=Z|[+-]\d\d:?\d\d$)/, (_w, ms: string) => `.${ms.padEnd(3, '0')}`));
}

/** Handlings without a completion time sort last. */
function millis(iso: string | null | undefined): number {
  return iso ? instantMillis(iso) : Number.POSITIVE_INFINITY;
}

export function byCompletion(a: HandlingRow, b: HandlingRow): number {
  return millis(a.completedAt) - millis(b.completedAt) || a.handlingId.localeCompare(b.handlingId);
}

/**
 * The handlings of both services in one list, in completion order. Each source is paged in completion order, so while a
 * source has more pages, nothing completed after its last loaded handling can be shown yet without leaving a gap: the list
 * stops at the earliest such boundary (`cutoff`) until more is loaded.
 */
export function mergeHandlings(sources: readonly LoadedSource[]): { rows: HandlingRow[]; cutoff?: string } {
  const rows = sources.flatMap((s) => s.items.map((h) => ({ ...h, source: s.source })));
  rows.sort(byCompletion);
  let cutoff: string | undefined;
  for (const s of sources) {
    if (!s.hasNext || s.items.length === 0) continue;
    const last = s.items.reduce<string | undefined>(
      (latest, h) => (h.completedAt && (!latest || millis(h.completedAt) > millis(latest)) ? h.completedAt : latest),
      undefined,
    );
    if (last && (!cutoff || millis(last) < millis(cutoff))) cutoff = last;
  }
  if (!cutoff) return { rows };
  const limit = millis(cutoff);
  return { rows: rows.filter((h) => millis(h.completedAt) <= limit), cutoff };
}
