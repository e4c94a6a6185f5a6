import { describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Caller } from '../../auth/caller';
import { fakeApi, jsonResponse, renderWithProviders, type Handler } from '../../test/render';
import DeclarationsPage from './DeclarationsPage';
import type { Declaration, PreCheck } from './model';

vi.setConfig({ testTimeout: 120_000 });
configure({ asyncUtilTimeout: 15_000 });

const ADMIN: Caller = { username: 'admin', displayName: '医保局管理员', roles: ['agency-admin'] };
const DECLARED: Declaration = {
  id: 'dcl-batch-chunan-county-1-sp-fenkou-township',
  batchId: 'batch-chunan-county-1',
  servicePointId: 'sp-fenkou-township',
  servicePointName: '汾口镇便民服务中心',
  servicePointType: 'TOWNSHIP_STATION',
  areaCode: '330127104',
  category: 'GRASSROOTS_TOWNSHIP',
  level: 'COUNTY',
  year: 2026,
  status: 'DECLARED',
  declaredOn: '2026-05-10',
  history: [{ from: null, to: 'DECLARED', effectiveOn: '2026-05-10', note: null, by: 'clerk-township', recordedAt: '2026-05-10T01:00:00Z' }],
  version: 3,
};
const PRE_CHECK: PreCheck = {
  servicePointId: 'sp-fenkou-township',
  category: 'GRASSROOTS_TOWNSHIP',
  passed: false,
  criteria: [
    { criterion: 'FLOOR_AREA', outcome: 'MET', required: '≥ 150 m²', actual: '180 m²', source: '[004 L91]' },
    { criterion: 'SELF_SERVICE_MACHINES', outcome: 'NOT_MET', required: '≥ 2', actual: '1', source: '[004 L95]' },
  ],
};
const path = `/api/registry/declarations/${DECLARED.id}`;

/** An answer for some requests, the service's answer for the rest. */
type Extra = (request: Parameters<Handler>[0]) => Response | undefined;

function service(extra?: Extra): Handler {
  return (request) => {
    const answer = extra?.(request);
    if (answer) return answer;
    const { method, url } = request;
    if (method === 'GET' && url.startsWith('/api/registry/declarations?')) return jsonResponse(200, { content: [DECLARED], page: 0, size: 20, hasNext: false });
    if (method === 'GET' && url === path) return jsonResponse(200, DECLARED);
    if (method === 'GET' && url === `${path}/pre-check`) return jsonResponse(200, PRE_CHECK);
    if (method === 'POST' && url === `${path}/transitions`) return jsonResponse(200, { ...DECLARED, status: 'UNDER_CONSTRUCTION', version: 4 });
    return jsonResponse(404, { title: 'Not Found' }, 'application/problem+json');
  };
}

describe('DeclarationsPage', () => {
  it('lists declarations from the server a page at a time and records the next step against the shown version', async () => {
    const { api, calls } = fakeApi(service());
    renderWithProviders(<DeclarationsPage />, { api, caller: ADMIN, route: '/sites/declarations?batch=batch-chunan-county-1', path: '/sites/declarations' });
    const row = (await screen.findByText('汾口镇便民服务中心')).closest('tr')!;
    expect(calls[0]!.url).toBe('/api/registry/declarations?batchId=batch-chunan-county-1&page=0&size=20');
    expect(within(row).getByText('已申报')).toBeInTheDocument();
    await userEvent.click(within(row).getByRole('button', { name: '记为创建中' }));

    const drawer = await screen.findByRole('dialog');
    const failed = (await within(drawer).findByText('自助一体机')).closest('tr')!;
    expect(within(failed).getByText('未达标')).toBeInTheDocument();
    expect(within(drawer).getByText('预审未通过')).toBeInTheDocument();
    await userEvent.type(within(drawer).getByLabelText('说明'), '已开工');
    await userEvent.click(within(drawer).getByRole('button', { name: '记为创建中' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post).toMatchObject({ url: `${path}/transitions`, body: { to: 'UNDER_CONSTRUCTION', note: '已开工' } });
    expect(post.headers['If-Match']).toBe('"3"');
    expect(await within(drawer).findByText('创建中')).toBeInTheDocument();
  });

  it('opens the evaluation of a declaration with the declaration’s facts', async () => {
    const { api, calls } = fakeApi(
      service(({ method, url }) =>
        method === 'POST' && url === '/api/evaluation/evaluations'
          ? jsonResponse(422, { type: 'https://chs.example/problems/no-standard-for-category', title: 'Business rule violated', status: 422 }, 'application/problem+json')
          : undefined,
      ),
    );
    renderWithProviders(<DeclarationsPage />, { api, caller: ADMIN, route: '/sites/declarations', path: '/sites/declarations' });
    const row = (await screen.findByText('汾口镇便民服务中心')).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: '记为创建中' }));
    await userEvent.click(await within(await screen.findByRole('dialog')).findByRole('button', { name: '打开评估' }));
    await waitFor(() => expect(calls.filter((c) => c.url === '/api/evaluation/evaluations')).toHaveLength(1));
    expect(calls.find((c) => c.url === '/api/evaluation/evaluations')!.body).toEqual({
      declarationId: DECLARED.id,
      batchId: 'batch-chunan-county-1',
      servicePointId: 'sp-fenkou-township',
      servicePointName: '汾口镇便民服务中心',
      servicePointType: 'TOWNSHIP_STATION',
      category: 'GRASSROOTS_TOWNSHIP',
      level: 'COUNTY',
      year: 2026,
      evaluators: [],
    });
    expect(await screen.findByText('没有适用于该类型的评分标准')).toBeInTheDocument();
  });
});
