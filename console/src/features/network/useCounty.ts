import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiProvider';
import { AREAS_PATH, type Area } from './model';
import type { Page } from '../../api/page';

/** The counties the registry holds (GET /areas?level=COUNTY) and the one the page works on: the chosen one, else the first. */
export function useCounty() {
  const api = useApi();
  const [chosen, setChosen] = useState<string | undefined>();
  const query = useQuery({
    queryKey: ['registry', 'areas', 'COUNTY'],
    queryFn: () => api.get<Page<Area>>(AREAS_PATH, { query: { level: 'COUNTY', page: 0, size: 200 } }),
    staleTime: 10 * 60_000,
  });
  const counties = query.data?.items ?? [];
  const county = chosen ?? counties[0]?.code;
  return { counties, county, setCounty: setChosen, error: query.error, isLoading: query.isLoading };
}
