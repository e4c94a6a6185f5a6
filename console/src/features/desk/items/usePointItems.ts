import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/ApiProvider';
import { servicePointPath } from '../../../api/endpoints/registry';
import type { AuthorisedItem } from '../types';

/** One item the point may handle (site-registry `HandleableItem`). */
export interface HandleableItem {
  code: string;
  name: string;
  mainItemCode: string;
  timeLimitWorkingDays: number;
  instant: boolean;
  onlineCapable: boolean;
}

/** site-registry `PointItemsResponse`: empty, with a reason, while the point is not active. */
export interface PointItemsResponse {
  servicePointId: string;
  servicePointName?: string | null;
  type: string;
  level: string;
  status: string;
  catalogueVersion: number;
  reason?: string | null;
  items: HandleableItem[];
}

/** site-registry's catalogue tree (category → main item → sub-items), read only for the names of the groups. */
export interface CatalogueTree {
  version: number;
  categories: { code: string; name: string; mainItems: { code: string; name: string }[] }[];
}

export interface MainItemGroup {
  code: string;
  name: string;
  items: AuthorisedItem[];
}

export interface CategoryGroup {
  code: string;
  name: string;
  mainItems: MainItemGroup[];
}

export const pointItemsPath = (servicePointId: string) => `${servicePointPath(servicePointId)}/items`;
export const CATALOGUE_PATH = '/api/registry/catalogue';

export function toAuthorisedItem(item: HandleableItem): AuthorisedItem {
  return {
    code: item.code,
    name: item.name,
    category: item.mainItemCode,
    instant: item.instant,
    timeLimitDays: item.timeLimitWorkingDays,
    onlineCapable: item.onlineCapable,
  };
}

/**
 * The point's items grouped by the catalogue's categories and main items, in catalogue order. Without the tree (registry
 * slow) the items are grouped by their main item code.
 */
export function groupItems(items: AuthorisedItem[], tree: CatalogueTree | undefined): CategoryGroup[] {
  const byMain = new Map<string, AuthorisedItem[]>();
  for (const item of items) {
    const main = item.category ?? '';
    byMain.set(main, [...(byMain.get(main) ?? []), item]);
  }
  const groups: CategoryGroup[] = [];
  for (const category of tree?.categories ?? []) {
    const mainItems = category.mainItems
      .filter((main) => byMain.has(main.code))
      .map((main) => ({ code: main.code, name: main.name, items: byMain.get(main.code) ?? [] }));
    mainItems.forEach((main) => byMain.delete(main.code));
    if (mainItems.length > 0) groups.push({ code: category.code, name: category.name, mainItems });
  }
  if (byMain.size > 0) {
    groups.push({
      code: '',
      name: '',
      mainItems: [...byMain.entries()].map(([code, rest]) => ({ code, name: code, items: rest })),
    });
  }
  return groups;
}

/** What this point may handle under the current catalogue version (site-registry), grouped for the desk. */
export function usePointItems(servicePointId: string) {
  const api = useApi();
  const point = useQuery({
    queryKey: ['desk', 'point-items', servicePointId],
    queryFn: () => api.get<PointItemsResponse>(pointItemsPath(servicePointId)),
    staleTime: 5 * 60_000,
  });
  const version = point.data?.catalogueVersion;
  const tree = useQuery({
    queryKey: ['desk', 'catalogue-tree', version],
    queryFn: () => api.get<CatalogueTree>(CATALOGUE_PATH, { query: { version } }),
    enabled: version !== undefined && (point.data?.items.length ?? 0) > 0,
    staleTime: Infinity,
  });
  const items = (point.data?.items ?? []).map(toAuthorisedItem);
  return {
    point,
    /** The group names are still being read (an unreadable tree falls back to grouping by main item code). */
    naming: tree.isLoading,
    items,
    groups: groupItems(items, tree.data),
    servicePointName: point.data?.servicePointName ?? servicePointId,
  };
}
