import type { ApiClient, Query } from '../../api/client';
import type { Page } from '../../api/page';

/** Bounds an export: 50 pages of 200 is 10 000 rows, more than a meeting reads. */
export const EXPORT_MAX_PAGES = 50;

/** Every row of a paged settlement listing for an export, page after page while the answer says more follow. */
export async function fetchPages<T>(api: ApiClient, path: string, query: Query, size = 200): Promise<T[]> {
  const all: T[] = [];
  for (let page = 0; page < EXPORT_MAX_PAGES; page++) {
    const answer = await api.get<Page<T>>(path, { query: { ...query, page, size } });
    all.push(...answer.items);
    if (!answer.hasNext) break;
  }
  return all;
}
