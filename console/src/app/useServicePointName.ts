import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/ApiProvider';
import { servicePointPath, type ServicePoint } from '../api/endpoints/registry';

/** The name of a service point from site-registry (shared with the header's query, so asked once); the id until it is known. */
export function useServicePointName(servicePointId: string | undefined): string | undefined {
  const api = useApi();
  const point = useQuery({
    queryKey: ['service-point', servicePointId],
    queryFn: () => api.get<ServicePoint>(servicePointPath(servicePointId!)),
    enabled: Boolean(servicePointId),
    staleTime: 10 * 60_000,
  });
  return point.data?.name ?? servicePointId;
}
