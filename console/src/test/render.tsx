import { useState, type ReactElement, type ReactNode } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import { ApiProvider } from '../api/ApiProvider';
import { createApiClient, type ApiClient } from '../api/client';
import { FixedCaller } from '../auth/CallerProvider';
import type { Caller } from '../auth/caller';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/catalogue';

export const VILLAGE_CLERK: Caller = {
  username: 'clerk-village',
  displayName: 'clerk-village',
  roles: ['counter-clerk'],
  servicePointId: 'sp-fenkou-village',
};

/** A JSON (or problem+json) answer for a fake fetch. */
export function jsonResponse(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

export type Handler = (request: { method: string; url: string; body: unknown; headers: Record<string, string> }) => Response | Promise<Response>;

/**
 * An API client over a fake fetch: `handler` answers each call, and `calls` records them (method, url, parsed body), so a
 * test checks what the console sent as well as what it shows.
 */
export function fakeApi(handler: Handler): { api: ApiClient; calls: { method: string; url: string; body: unknown; headers: Record<string, string> }[] } {
  const calls: { method: string; url: string; body: unknown; headers: Record<string, string> }[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const text = typeof init?.body === 'string' ? init.body : undefined;
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // CSV and other text bodies stay text.
    }
    const call = { method: init?.method ?? 'GET', url, body, headers: (init?.headers ?? {}) as Record<string, string> };
    calls.push(call);
    return handler(call);
  }) as typeof fetch;
  return { api: createApiClient(() => 'test-token', fetchImpl), calls };
}

export interface RenderOptions {
  api?: ApiClient;
  caller?: Caller;
  locale?: Locale;
  /** The URL the component is rendered at, and the route pattern it is mounted on (for useParams). */
  route?: string;
  path?: string;
}

export function Providers({ children, api, caller = VILLAGE_CLERK, locale = 'zh-CN', route = '/', path }: RenderOptions & { children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }));
  const content = path ? (
    <Routes>
      <Route path={path} element={children} />
    </Routes>
  ) : (
    children
  );
  return (
    <I18nProvider locale={locale}>
      <QueryClientProvider client={queryClient}>
        <FixedCaller caller={caller}>
          <ApiProvider client={api ?? fakeApi(() => jsonResponse(404, { title: 'Not Found' })).api}>
            <MemoryRouter initialEntries={[route]}>{content}</MemoryRouter>
          </ApiProvider>
        </FixedCaller>
      </QueryClientProvider>
    </I18nProvider>
  );
}

export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}): RenderResult {
  return render(<Providers {...options}>{ui}</Providers>);
}
