import type { Page } from '../../api/page';
import type { ReviewView } from './model';

/** Reviews as evaluation-service answers them, for the tests of the pages that list them. */
export function review(overrides: Partial<ReviewView> = {}): ReviewView {
  return {
    handlingId: 'h-1',
    servicePointId: 'sp-fenkou-village',
    itemCode: 'ENR-01',
    level: 'DISSATISFIED',
    comment: '等了很久',
    reasons: ['LONG_WAIT'],
    submittedAt: '2026-05-02T01:00:00Z',
    handlingDay: '2026-05-02',
    bad: true,
    rectification: { status: 'OPEN', openedAt: '2026-05-02T01:00:00Z', dueAt: '2026-05-09T01:00:00Z', overdue: false },
    ...overrides,
  };
}

/** A counted page, as evaluation-service answers its lists. */
export function page<T>(items: T[], total = items.length, pageNumber = 0, size = 10): Page<T> {
  return { items, page: pageNumber, size, hasNext: (pageNumber + 1) * size < total, total };
}

export const CATALOGUE = { version: 3, items: [{ code: 'ENR-01', name: '参保登记' }, { code: 'FIL-01', name: '异地长期居住备案' }] };
