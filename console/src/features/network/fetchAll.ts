import type { ApiClient, Query } from '../../api/client';
import type { Page } from '../../api/page';

/** Bounds a whole-list read (exports, the plot): a county's network is hundreds of records, never thousands of pages. */
export const MAX_PAGES = 50;

/** Every item of a registry list, page after page until `hasNext` is false (the registry's slices carry no total). */
export async function fetchAll<T>(api: ApiClient, path: string, query: Query, size: number): Promise<T[]> {
  const all: T[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const slice = await api.get<Page<T>>(path, { query: { ...query, page, size } });
    all.push(...slice.items);
    if (!slice.hasNext) break;
  }
  return all;
}
