/**
 * A page of results. The services answer in a few shapes today (items/total, content/totalElements, items/hasNext,
 * content/hasNext); `toPage` reads any of them so the console has one.
 */
export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  /** Known when the service counts; otherwise undefined and `hasNext` tells whether more follow. */
  total?: number;
  hasNext: boolean;
}

interface AnyPage<T> {
  items?: T[];
  content?: T[];
  total?: number;
  totalElements?: number;
  page?: number | { number?: number; size?: number; totalElements?: number };
  number?: number;
  size?: number;
  hasNext?: boolean;
  last?: boolean;
}

export function toPage<T>(raw: AnyPage<T>): Page<T> {
  const items = raw.items ?? raw.content ?? [];
  const nested = typeof raw.page === 'object' ? raw.page : undefined;
  const page = typeof raw.page === 'number' ? raw.page : (nested?.number ?? raw.number ?? 0);
  const size = raw.size ?? nested?.size ?? items.length;
  const total = raw.total ?? raw.totalElements ?? nested?.totalElements;
  const hasNext = raw.hasNext ?? (raw.last !== undefined ? !raw.last : total !== undefined ? (page + 1) * size < total : false);
  return { items, page, size, hasNext, ...(total !== undefined ? { total } : {}) };
}
