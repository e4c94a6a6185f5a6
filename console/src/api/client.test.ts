import { ApiError } from './problem';
import { buildUrl, createApiClient } from './client';

function respond(status: number, body: unknown, headers: Record<string, string> = { 'Content-Type': 'application/json' }) {
  return new Response(body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body), { status, headers });
}

describe('createApiClient', () => {
  it('shouldSendTheBearerTokenJsonBodyAndIdempotencyKeyWhenPosting', async () => {
    const fetchImpl = vi.fn(async () => respond(201, { handlingId: 'h-1' }));
    const api = createApiClient(() => 'tok', fetchImpl as unknown as typeof fetch);

    const answer = await api.post<{ handlingId: string }>('/api/enrollment/persons', { name: '张三' }, { idempotencyKey: 'key-12345678' });

    expect(answer.handlingId).toBe('h-1');
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/enrollment/persons');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"name":"张三"}');
    expect(init.headers).toMatchObject({ Authorization: 'Bearer tok', 'Idempotency-Key': 'key-12345678', 'Content-Type': 'application/json' });
  });

  it('shouldSendNoAuthorizationWhenThereIsNoToken', async () => {
    const fetchImpl = vi.fn(async () => respond(200, {}));
    await createApiClient(() => undefined, fetchImpl as unknown as typeof fetch).get('/api/x');
    const [, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers).not.toHaveProperty('Authorization');
  });

  it('shouldMapAProblemWithFieldErrorsWhenTheServiceRefusesInput', async () => {
    const problem = {
      type: 'https://chs.example/problems/validation',
      title: 'Validation failed',
      status: 400,
      detail: 'name: must not be blank',
      traceId: 'abc123',
      errors: [{ field: 'name', rule: 'NotBlank', message: 'must not be blank' }],
    };
    const api = createApiClient(() => 't', (async () => respond(400, problem, { 'Content-Type': 'application/problem+json' })) as typeof fetch);

    const error = await api.post('/api/enrollment/persons', {}).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.typeName).toBe('validation');
    expect(apiError.fieldErrors).toEqual([{ field: 'name', rule: 'NotBlank', message: 'must not be blank' }]);
    expect(apiError.traceId).toBe('abc123');
    expect(apiError.unavailable).toBe(false);
  });

  it('shouldReportTheUnavailableServiceWhenTheGatewayAnswers503', async () => {
    const problem = { type: 'https://chs.example/problems/dependency-unavailable', status: 503, service: 'enrollment' };
    const api = createApiClient(() => 't', (async () => respond(503, problem, { 'Content-Type': 'application/problem+json' })) as typeof fetch);

    const error = (await api.get('/api/enrollment/persons/p1').catch((e: unknown) => e)) as ApiError;

    expect(error.unavailable).toBe(true);
    expect(error.problem.service).toBe('enrollment');
  });

  it('shouldKeepTheStatusAndRequestIdWhenTheBodyIsNotJson', async () => {
    const api = createApiClient(
      () => 't',
      (async () => respond(502, '<html>bad gateway</html>', { 'Content-Type': 'text/html', 'X-Request-Id': 'r-9' })) as typeof fetch,
    );
    const error = (await api.get('/api/x').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.problem.detail).toBeUndefined();
    expect(error.traceId).toBe('r-9');
    expect(error.unavailable).toBe(true);
  });

  it('shouldAnswerStatusZeroWhenTheNetworkFails', async () => {
    const api = createApiClient(() => 't', (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch);
    const error = (await api.get('/api/x').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(0);
    expect(error.unavailable).toBe(true);
  });
});

describe('buildUrl', () => {
  it('shouldLeaveOutEmptyParametersAndEncodeTheRest', () => {
    expect(buildUrl('/api/x', { a: '甲 乙', b: undefined, c: '', d: 0, e: false })).toBe('/api/x?a=%E7%94%B2+%E4%B9%99&d=0&e=false');
  });
});

