import { describe, expect, it } from 'vitest';
import type { Handling } from '../types';
import { toCsv } from './csv';
import { instantMillis, mergeHandlings } from './mergeHandlings';

const h = (handlingId: string, completedAt: string): Handling => ({
  handlingId,
  itemCode: 'X',
  servicePointId: 'sp',
  operator: 'op',
  channel: 'COUNTER',
  completedAt,
});

describe('mergeHandlings', () => {
  it('orders both sources by completion, whatever precision each writes', () => {
    const { rows, cutoff } = mergeHandlings([
      { source: 'enrollment', items: [h('e1', '2026-05-10T01:00:00.000999999Z'), h('e2', '2026-05-10T03:00:00Z')], hasNext: false },
      { source: 'settlement', items: [h('s1', '2026-05-10T01:00:00.0005Z'), h('s2', '2026-05-10T02:00:00Z')], hasNext: false },
    ]);
    expect(rows.map((r) => `${r.source}:${r.handlingId}`)).toEqual(['enrollment:e1', 'settlement:s1', 'settlement:s2', 'enrollment:e2']);
    expect(cutoff).toBeUndefined();
  });

  it('stops at the earliest last-loaded handling of a source that has more pages', () => {
    const { rows, cutoff } = mergeHandlings([
      { source: 'enrollment', items: [h('e1', '2026-05-10T01:00:00Z'), h('e2', '2026-05-10T02:00:00Z')], hasNext: true },
      { source: 'settlement', items: [h('s1', '2026-05-10T01:30:00Z'), h('s2', '2026-05-10T02:30:00Z')], hasNext: false },
    ]);
    expect(cutoff).toBe('2026-05-10T02:00:00Z');
    expect(rows.map((r) => r.handlingId)).toEqual(['e1', 's1', 'e2']);
  });

  it('reads instants to the millisecond', () => {
    expect(instantMillis('2026-05-10T01:30:00.123456789Z')).toBe(instantMillis('2026-05-10T01:30:00.123Z'));
    expect(instantMillis('2026-05-10T01:30:00.1Z')).toBe(Date.UTC(2026, 4, 10, 1, 30, 0, 100));
  });
});

describe('toCsv', () => {
  it('quotes what needs quoting and defuses cells a spreadsheet would run as formulas', () => {
    expect(toCsv(['a', 'b'], [['x, "y"', '=HYPERLINK("evil")'], [null, 1.5], ['-1', '@SUM(A1)']])).toBe(
      'a,b\r\n"x, ""y""","\'=HYPERLINK(""evil"")"\r\n,1.5\r\n\'-1,\'@SUM(A1)\r\n',
    );
  });
});
