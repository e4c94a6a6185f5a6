import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiProvider';
import type { ServicePoint } from '../../api/endpoints/registry';
import type { Page } from '../../api/page';

export const SERVICE_POINTS_PATH = '/api/registry/service-points';
/** site-registry's largest page. */
const POINTS_PAGE = 100;

/** Service points for picking and for naming the points reviews carry by id; a failure leaves the ids shown. */
export function usePoints() {
  const api = useApi();
  const { data } = useQuery({
    queryKey: ['service-points', 'first-page'],
    queryFn: () => api.get<Page<ServicePoint>>(SERVICE_POINTS_PATH, { query: { page: 0, size: POINTS_PAGE } }),
    staleTime: 10 * 60_000,
    retry: false,
  });
  const points = data?.items ?? [];
  const names = new Map(points.map((p) => [p.id, p.name]));
  return {
    points,
    /** More points exist than the first page: the picker still takes a typed id. */
    more: data?.hasNext ?? false,
    name: (id: string) => names.get(id) ?? id,
  };
}
