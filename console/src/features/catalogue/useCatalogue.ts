import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiProvider';
import { CATALOGUE_PATH, VERSIONS_PATH, type CatalogueTree, type VersionSummary } from './model';
import type { Page } from '../../api/page';

/** One version of the list as a tree (GET /catalogue?version=), the current one when no version is given. */
export function useCatalogueTree(version?: number) {
  const api = useApi();
  return useQuery({
    queryKey: ['registry', 'catalogue', version ?? 'current'],
    queryFn: () => api.get<CatalogueTree>(CATALOGUE_PATH, { query: { version } }),
    placeholderData: keepPreviousData,
  });
}

/** The versions, newest first, a page at a time (GET /catalogue/versions). */
export function useVersions(page: number, size: number) {
  const api = useApi();
  return useQuery({
    queryKey: ['registry', 'catalogue-versions', page, size],
    queryFn: () => api.get<Page<VersionSummary>>(VERSIONS_PATH, { query: { page, size } }),
    placeholderData: keepPreviousData,
  });
}
