import { ApiError, toApiError } from './problem';

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Sent as `Idempotency-Key`: the same key and body replays the first answer instead of recording twice. */
  idempotencyKey?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** The console's one way to call the platform: same-origin `/api/...` through the gateway, bearer token, problem+json mapped. */
export interface ApiClient {
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  put<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  /** A file the user downloads (CSV, PDF), with the file name the server gave. */
  download(path: string, options?: RequestOptions): Promise<{ blob: Blob; fileName: string | undefined }>;
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

export function createApiClient(getToken: () => string | undefined, fetchImpl: typeof fetch = (...args) => fetch(...args)): ApiClient {
  async function send(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers };
    const token = getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
    let body: BodyInit | undefined;
    if (options.body !== undefined) {
      if (typeof options.body === 'string') {
        body = options.body;
      } else {
        headers['Content-Type'] = 'application/json';
        body = JSON.stringify(options.body);
      }
    }
    let response: Response;
    try {
      response = await fetchImpl(buildUrl(path, options.query), { method, headers, body, signal: options.signal });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw new ApiError(0, { status: 0, title: 'Network error', detail: String(cause), service: 'gateway' });
    }
    if (!response.ok) throw await toApiError(response);
    return response;
  }

  async function json<T>(response: Response): Promise<T> {
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  return {
    get: async (path, options) => json(await send('GET', path, options)),
    post: async (path, body, options) => json(await send('POST', path, { ...options, body })),
    put: async (path, body, options) => json(await send('PUT', path, { ...options, body })),
    download: async (path, options) => {
      const response = await send('GET', path, { ...options, headers: { Accept: '*/*', ...options?.headers } });
      const disposition = response.headers.get('content-disposition') ?? '';
      const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
      return { blob: await response.blob(), fileName: match?.[1] ? decodeURIComponent(match[1]) : undefined };
    },
  };
}
