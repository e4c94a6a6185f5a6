import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createApiClient, type ApiClient } from './client';

const ApiContext = createContext<ApiClient | null>(null);

/** Gives pages the one API client, calling with the current access token (a silent renewal gives a new client). */
export function ApiProvider({ token, client, children }: { token?: string; client?: ApiClient; children: ReactNode }) {
  const value = useMemo(() => client ?? createApiClient(() => token), [client, token]);
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}
