import { describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Caller } from '../../auth/caller';
import { fakeApi, jsonResponse, renderWithProviders } from '../../test/render';
import BatchesPage from './BatchesPage';
import type { DeclarationBatch, EvaluationBatch } from './model';

vi.setConfig({ testTimeout: 120_000 });
configure({ asyncUtilTimeout: 15_000 });

const ADMIN: Caller = { username: 'admin', displayName: '医保局管理员', roles: ['agency-admin'] };
const REGISTRY: DeclarationBatch = {
  id: 'batch-chunan-county-1',
  year: 2026,
  level: 'COUNTY',
  name: '2026 年县级示范点第一批',
  areaCode: '330127',
  quotas: { GRASSROOTS_TOWNSHIP: 2, MEDICAL_INSTITUTION: 2 },
  nominationQuotas: { GRASSROOTS: 1 },
  declarationDeadline: '2026-05-15',
  constructionDeadline: '2026-06-30',
  decisionDeadline: '2026-09-30',
  nominations: [],
  version: 1,
};
const RANKING: EvaluationBatch = {
  batchId: 'batch-chunan-county-1',
  level: 'COUNTY',
  year: 2026,
  quotas: {},
  defaultQuota: 2,
  awardThreshold: 80,
  status: 'OPEN',
  awards: [],
};

describe('BatchesPage', () => {
  it('shows the batch calendar and quotas, and saves the ranking settings', async () => {
    const { api, calls } = fakeApi(({ method, url, body }) => {
      if (method === 'GET' && url === '/api/registry/declaration-batches?page=0&size=10') return jsonResponse(200, { items: [REGISTRY], page: 0, size: 10, hasNext: false });
      if (method === 'GET' && url === '/api/evaluation/batches') return jsonResponse(200, [RANKING]);
      if (method === 'PUT' && url === '/api/evaluation/batches/batch-chunan-county-1') return jsonResponse(200, { ...RANKING, ...(body as object) });
      return jsonResponse(404, { title: 'Not Found' }, 'application/problem+json');
    });
    renderWithProviders(<BatchesPage />, { api, caller: ADMIN });
    const row = (await screen.findByText('2026 年县级示范点第一批')).closest('tr')!;
    expect(within(row).getByText('申报截止 2026-05-15')).toBeInTheDocument();
    expect(within(row).getByText('评定截止 2026-09-30')).toBeInTheDocument();
    expect(await within(row).findByText('分数线 80')).toBeInTheDocument();
    await userEvent.click(within(row).getByRole('button', { name: /展开行|Expand row/ }));
    expect(await screen.findByText('医保基层服务（乡镇）示范点 2；医保定点医疗机构示范点 2')).toBeInTheDocument();
    const quota = screen.getByLabelText('医保基层服务（乡镇）示范点名额');
    await userEvent.type(quota, '1');
    const threshold = screen.getByLabelText('授牌分数线');
    await userEvent.clear(threshold);
    await userEvent.type(threshold, '85.5');
    await userEvent.click(screen.getByRole('button', { name: '保存评选设置' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({ quotas: { GRASSROOTS_TOWNSHIP: 1 }, defaultQuota: 2, awardThreshold: 85.5 });
  });
  it('opens a batch with its quotas and calendar, sending only the categories given, and puts a refused rule on its field', async () => {
    const { api, calls } = fakeApi(({ method, url }) => {
      if (method === 'GET' && url.startsWith('/api/registry/declaration-batches?')) return jsonResponse(200, { items: [], page: 0, size: 10, hasNext: false });
      if (method === 'GET' && url === '/api/evaluation/batches') return jsonResponse(200, []);
      if (method === 'POST' && url === '/api/registry/declaration-batches') {
        return jsonResponse(
          422,
          { type: 'https://chs.example/problems/deadlines-in-order', title: 'Business rule violated', status: 422, detail: '评定截止日不能早于创建完成截止日', field: 'decisionDeadline' },
          'application/problem+json',
        );
      }
      return jsonResponse(404, { title: 'Not Found' }, 'application/problem+json');
    });
    renderWithProviders(<BatchesPage />, { api, caller: ADMIN });
    await userEvent.click(await screen.findByRole('button', { name: /新建批次/ }));
    const dialog = await screen.findByRole('dialog');
    // the dates first: Enter in a date field submits the form, which stops at the fields still empty
    for (const [label, date] of [['申报截止日', '2026-11-30'], ['创建完成截止日', '2026-12-15'], ['评定截止日', '2026-12-10']] as const) {
      const input = within(dialog).getByLabelText(label);
      await userEvent.click(input);
      await userEvent.type(input, `${date}{enter}`);
    }
    // pasted, not typed: a keystroke at a time is slow in jsdom on a busy machine
    await userEvent.click(within(dialog).getByLabelText('批次名称'));
    await userEvent.paste('2026 年县级示范点第二批');
    await userEvent.click(within(dialog).getByLabelText('批次编号（选填）'));
    await userEvent.paste(' batch-2026-county-2 ');
    await userEvent.click(within(dialog).getByLabelText('行政区划代码'));
    await userEvent.paste('330127');
    await userEvent.type(within(dialog).getByLabelText('医保基层服务（乡镇）示范点'), '2');
    await userEvent.type(within(dialog).getByLabelText('基层示范点'), '1');
    await userEvent.click(within(dialog).getByRole('button', { name: '创建批次' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      id: 'batch-2026-county-2',
      year: 2026,
      level: 'COUNTY',
      name: '2026 年县级示范点第二批',
      areaCode: '330127',
      quotas: { GRASSROOTS_TOWNSHIP: 2 },
      nominationQuotas: { GRASSROOTS: 1 },
      declarationDeadline: '2026-11-30',
      constructionDeadline: '2026-12-15',
      decisionDeadline: '2026-12-10',
    });
    expect(await within(dialog).findByText('评定截止日不能早于创建完成截止日')).toBeInTheDocument();
  });
});
