import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiProvider';

export const CATALOGUE_ITEMS_PATH = '/api/registry/catalogue/items';

interface CatalogueItems {
  version: number;
  items: { code: string; name: string }[];
}

/**
 * Item code → name from site-registry's current catalogue (reviews carry only the code). A failure leaves the codes shown
 * as they are; it never hides the list.
 */
export function useItemNames(): (code: string | null | undefined) => string {
  const api = useApi();
  const { data } = useQuery({
    queryKey: ['catalogue-items'],
    queryFn: () => api.get<CatalogueItems>(CATALOGUE_ITEMS_PATH),
    staleTime: 30 * 60_000,
    retry: false,
  });
  const names = new Map((data?.items ?? []).map((item) => [item.code, item.name]));
  return (code) => (code ? (names.get(code) ?? code) : '—');
}
