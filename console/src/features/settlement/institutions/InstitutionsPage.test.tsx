import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse, renderWithProviders } from '../../../test/render';
import type { Institution } from '../model';
import { ADMIN, AUDITOR } from '../testFixtures';
import InstitutionsPage from './InstitutionsPage';
import { gradeRequest } from './LevelsDialog';
import { dayjs } from '../../../lib/time';

vi.setConfig({ testTimeout: 60_000 });

const FIRST: Institution = {
  institutionId: 'inst-chunan-first-peoples',
  treatmentRegion: '330127',
  currentLevel: 'LEVEL_3',
  levels: [
    { level: 'LEVEL_2', effectiveFrom: '2000-01-01', effectiveTo: '2019-12-31' },
    { level: 'LEVEL_3', effectiveFrom: '2020-01-01', effectiveTo: null },
  ],
  updatedAt: '2026-01-01T00:00:00Z',
  updatedBy: 'demo-data',
};
const UNGRADED: Institution = { institutionId: 'inst-new', treatmentRegion: '330127', currentLevel: null, levels: [] };

describe('InstitutionsPage', () => {
  it('shows each institution with its current level and dated history, read-only for the auditor', async () => {
    const { api } = fakeApi(() => jsonResponse(200, [FIRST, UNGRADED]));
    renderWithProviders(<InstitutionsPage />, { api, caller: AUDITOR });
    const row = (await screen.findByText('inst-chunan-first-peoples')).closest('tr')!;
    expect(within(row).getByText('三级', { selector: '.ant-tag-blue' })).toBeInTheDocument();
    const periods = within(row).getAllByTestId('level-period');
    expect(periods[0]).toHaveTextContent('二级2000-01-01 至 2019-12-31');
    expect(periods[1]).toHaveTextContent('三级2020-01-01 起');
    expect(within(screen.getByText('inst-new').closest('tr')!).getByText('未定级')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '调整等级' })).not.toBeInTheDocument();
  });

  it('lets agency-admin replace the level history and shows a refusal from the service', async () => {
    const { api, calls } = fakeApi((call) =>
      call.method === 'PUT'
        ? jsonResponse(404, { type: 'https://chs-platform.org/problems/not-found', title: 'Not Found', status: 404, detail: 'No institution inst-chunan-first-peoples' }, 'application/problem+json')
        : jsonResponse(200, [FIRST]),
    );
    renderWithProviders(<InstitutionsPage />, { api, caller: ADMIN });
    await userEvent.click(await screen.findByRole('button', { name: '调整等级' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByTestId('level-entry')).toHaveLength(2);
    await userEvent.click(within(dialog).getAllByRole('button', { name: 'remove' })[0]!);
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')).toMatchObject({
      url: '/api/settlement/institutions/inst-chunan-first-peoples/levels',
      body: { levels: [{ level: 'LEVEL_3', effectiveFrom: '2020-01-01' }] },
    });
    expect(await within(dialog).findByText('No institution inst-chunan-first-peoples')).toBeInTheDocument();
  });

  it('sends the entries in date order', () => {
    expect(
      gradeRequest({ levels: [{ level: 'LEVEL_3', effectiveFrom: dayjs('2020-01-01') }, { level: 'LEVEL_1', effectiveFrom: dayjs('1999-05-01') }] }),
    ).toEqual({ levels: [{ level: 'LEVEL_1', effectiveFrom: '1999-05-01' }, { level: 'LEVEL_3', effectiveFrom: '2020-01-01' }] });
  });
});
