import { useInfiniteQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/ApiProvider';
import type { Page } from '../../../api/page';
import type { Handling } from '../types';
import type { HandlingSource, LoadedSource } from './mergeHandlings';

/**
 * 办件台账 of each service: GET …/handlings?date=&page=&size= answers the platform's page, {items, page, size, hasNext} without
 * a total, in completion order, for the caller's own point (enrollment-service's HandlingController; settlement-service's has
 * the same parameters and item shape).
 */
export const HANDLINGS_PATHS: Record<HandlingSource, string> = {
  enrollment: '/api/enrollment/handlings',
  settlement: '/api/settlement/handlings',
};

/** The largest page the services allow (@Max(200)). */
export const HANDLINGS_PAGE_SIZE = 200;

export function useHandlingSource(source: HandlingSource, date: string) {
  const api = useApi();
  const query = useInfiniteQuery({
    queryKey: ['handlings', source, date],
    initialPageParam: 0,
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Handling>>(HANDLINGS_PATHS[source], { query: { date, page: pageParam, size: HANDLINGS_PAGE_SIZE }, signal }),
    getNextPageParam: (last) => (last.hasNext ? last.page + 1 : undefined),
  });
  const loaded: LoadedSource | undefined = query.data
    ? { source, items: query.data.pages.flatMap((p) => p.items), hasNext: query.hasNextPage }
    : undefined;
  return { query, loaded };
}
