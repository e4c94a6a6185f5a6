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
    if (method === 'GET' && url.startsWith('/api/registry/declarations?')) return jsonResponse(200, { items: [DECLARED], page: 0, size: 20, hasNext: false });
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
  it('declares a point in a batch, offering the categories the batch opens, and opens the new declaration', async () => {
    const batch = { id: 'batch-chunan-county-1', name: '2026 年县级示范点第一批', quotas: { GRASSROOTS_TOWNSHIP: 2, MEDICAL_INSTITUTION: 2 } };
    const { api, calls } = fakeApi(
      service(({ method, url }) => {
        if (method === 'GET' && url.startsWith('/api/registry/declaration-batches?')) return jsonResponse(200, { items: [batch], page: 0, size: 100, hasNext: false });
        if (method === 'GET' && url.startsWith('/api/registry/service-points?')) return jsonResponse(200, { items: [], page: 0, size: 100, hasNext: false });
        if (method === 'POST' && url === '/api/registry/declarations') return jsonResponse(201, { declaration: DECLARED, preCheck: PRE_CHECK });
        return undefined;
      }),
    );
    renderWithProviders(<DeclarationsPage />, { api, caller: ADMIN, route: '/sites/declarations?batch=batch-chunan-county-1', path: '/sites/declarations' });
    await userEvent.click(await screen.findByRole('button', { name: /申报示范点/ }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('2026 年县级示范点第一批（batch-chunan-county-1）');
    await userEvent.type(within(dialog).getByLabelText('服务网点'), 'sp-fenkou-township');
    await userEvent.click(within(dialog).getByRole('combobox', { name: '类型' }));
    expect(await screen.findByText('医保定点医疗机构示范点', { selector: '.ant-select-item-option-content' })).toBeInTheDocument();
    expect(screen.queryByText('“医银合作”服务示范点', { selector: '.ant-select-item-option-content' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByText('医保基层服务（乡镇）示范点', { selector: '.ant-select-item-option-content' }));
    await userEvent.click(within(dialog).getByRole('button', { name: '提交申报' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ batchId: 'batch-chunan-county-1', servicePointId: 'sp-fenkou-township', category: 'GRASSROOTS_TOWNSHIP' });
    // the new declaration opens with its pre-check
    expect(await screen.findByText('已申报，自动预审未通过，请查看预审明细')).toBeInTheDocument();
    expect(await within(await screen.findByRole('dialog')).findByText('预审未通过')).toBeInTheDocument();
  });

  it('nominates a site awarded at its batch level to the next level', async () => {
    const awarded: Declaration = { ...DECLARED, status: 'AWARDED', awardedLevel: 'COUNTY', awardedOn: '2026-10-01', score: 91 };
    const { api, calls } = fakeApi(
      service(({ method, url }) => {
        if (method === 'GET' && url === path) return jsonResponse(200, awarded);
        if (method === 'GET' && url.startsWith('/api/registry/declarations?')) return jsonResponse(200, { items: [awarded], page: 0, size: 20, hasNext: false });
        if (method === 'POST' && url === `${path}/nomination`) {
          return jsonResponse(201, { declarationId: DECLARED.id, servicePointId: DECLARED.servicePointId, category: DECLARED.category, toLevel: 'CITY', nominatedOn: '2026-10-02', by: 'admin' });
        }
        return undefined;
      }),
    );
    renderWithProviders(<DeclarationsPage />, { api, caller: ADMIN, route: '/sites/declarations', path: '/sites/declarations' });
    const row = (await screen.findByText('汾口镇便民服务中心')).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: /详\s?情/ }));
    const drawer = await screen.findByRole('dialog');
    await userEvent.click(await within(drawer).findByRole('button', { name: '推荐至市级' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ url: `${path}/nomination`, body: {} });
  });
});
