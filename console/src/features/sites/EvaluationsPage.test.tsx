import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { Caller } from '../../auth/caller';
import { fakeApi, jsonResponse, renderWithProviders } from '../../test/render';
import { page } from '../reviews/fixtures';
import type { EvaluationView } from '../evaluations/model';
import EvaluationsPage from './EvaluationsPage';

vi.setConfig({ testTimeout: 60_000 });

const ADMIN: Caller = { username: 'admin', displayName: '医保局管理员', roles: ['agency-admin'] };

const base: EvaluationView = {
  id: 'ev-1',
  declarationId: 'decl-1',
  batchId: 'batch-2026-county',
  servicePointId: 'sp-fenkou-township',
  servicePointName: '汾口镇便民服务中心',
  category: 'GRASSROOTS_TOWNSHIP',
  level: 'COUNTY',
  year: 2026,
  standardId: 'GRASSROOTS_SITE:v1',
  evaluators: ['evaluator-1', 'evaluator-2'],
  status: 'OPEN',
  findings: [],
  lastModifiedAt: '2026-05-03T06:30:00Z',
};

describe('EvaluationsPage (agency)', () => {
  it("lists the batch's evaluations with who is assigned, unassigned ones marked, each opening the agency's page", async () => {
    const unassigned = { ...base, id: 'ev-2', servicePointId: 'sp-fenkou-village', servicePointName: '赋溪村医保服务点', evaluators: [] };
    const { api, calls } = fakeApi(() => jsonResponse(200, page([base, unassigned])));
    renderWithProviders(<EvaluationsPage />, { api, caller: ADMIN, route: '/sites/evaluations?batch=batch-2026-county', path: '/sites/evaluations' });
    const row = (await screen.findByRole('link', { name: '汾口镇便民服务中心' })).closest('tr')!;
    expect(calls[0]?.url).toBe('/api/evaluation/evaluations?batchId=batch-2026-county&page=0&size=20');
    expect(within(row).getByText('evaluator-1、evaluator-2')).toBeInTheDocument();
    expect(within(row).getByText('2026-05-03 14:30:00')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: '汾口镇便民服务中心' })).toHaveAttribute('href', '/sites/evaluations/ev-1');
    const other = screen.getByRole('link', { name: '赋溪村医保服务点' }).closest('tr')!;
    expect(within(other).getByText('未指派')).toBeInTheDocument();
  });
});
