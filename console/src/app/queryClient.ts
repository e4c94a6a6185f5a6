import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/problem';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        // A refusal will not change by asking again; an outage may.
        retry: (count, error) => count < 2 && error instanceof ApiError && error.unavailable && error.status !== 0,
      },
      mutations: { retry: false },
    },
  });
}
