/** One violated rule of a field, as the services list them under `errors` in a 400 problem. */
export interface FieldViolation {
  field: string;
  rule?: string;
  message: string;
}

/** An RFC 9457 problem detail as every CHS service and the gateway answer it. */
export interface ProblemDetail {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  traceId?: string;
  /** The unavailable part of the platform, on a 503 from the gateway's circuit breakers or a service's dependency. */
  service?: string;
  errors?: FieldViolation[];
  [extra: string]: unknown;
}

/** A refused or failed API call. `status` 0 means the gateway could not be reached at all. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetail;

  constructor(status: number, problem: ProblemDetail) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get fieldErrors(): FieldViolation[] {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }

  /** The last path segment of the problem type, e.g. `no-filing` for https://chs.example/problems/no-filing. */
  get typeName(): string | undefined {
    const type = this.problem.type;
    if (!type || type === 'about:blank') return undefined;
    return type.replace(/\/+$/, '').split('/').pop();
  }

  get unavailable(): boolean {
    return this.status === 503 || this.status === 0 || this.status === 502 || this.status === 504;
  }

  get traceId(): string | undefined {
    return this.problem.traceId;
  }
}

/** Reads a failed response into an ApiError, whatever its body: problem+json, other JSON, text or nothing. */
export async function toApiError(response: Response): Promise<ApiError> {
  const contentType = response.headers.get('content-type') ?? '';
  let problem: ProblemDetail = { status: response.status, title: response.statusText };
  try {
    if (contentType.includes('json')) {
      const body: unknown = await response.json();
      if (body && typeof body === 'object') problem = { status: response.status, ...(body as ProblemDetail) };
    } else {
      const text = await response.text();
      if (text && text.length < 500 && !text.trimStart().startsWith('<')) problem = { ...problem, detail: text };
    }
  } catch {
    // An unreadable body keeps the status line.
  }
  if (!problem.traceId) {
    const requestId = response.headers.get('x-request-id');
    if (requestId) problem.traceId = requestId;
  }
  return new ApiError(response.status, problem);
}
