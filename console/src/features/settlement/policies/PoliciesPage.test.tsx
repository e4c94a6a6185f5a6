import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse, renderWithProviders } from '../../../test/render';
import { ADMIN, AUDITOR, RESIDENT_2026 } from '../testFixtures';
import PoliciesPage from './PoliciesPage';

// Ant Design's forms render slowly in jsdom, the more so on a machine shared by many builds.
vi.setConfig({ testTimeout: 180_000 });

describe('PoliciesPage', () => {
  it('lists the region policies with levels, cap and reductions, and offers the auditor no write control', async () => {
    const { api, calls } = fakeApi(() => jsonResponse(200, [RESIDENT_2026]));
    renderWithProviders(<PoliciesPage />, { api, caller: AUDITOR });
    const row = (await screen.findByText('城乡居民医保')).closest('tr')!;
    expect(calls[0]).toMatchObject({ method: 'GET', url: '/api/settlement/policies/330127' });
    expect(within(row).getByText('一级 ¥400.00 / 二级 ¥800.00 / 三级 ¥1,200.00')).toBeInTheDocument();
    expect(within(row).getByText('一级 80% / 二级 70% / 三级 60%')).toBeInTheDocument();
    expect(within(row).getByText('¥300,000.00')).toBeInTheDocument();
    expect(within(row).getByText('转诊 10 点 / 未转诊 15 点')).toBeInTheDocument();
    expect(screen.getByTestId('read-only')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /新增政策/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /修\s?改/ })).not.toBeInTheDocument();
  });

  it('edits a policy under its version, sends ratios as fractions, and puts a refused field on its input', async () => {
    const { api, calls } = fakeApi((call) =>
      call.method === 'PUT'
        ? jsonResponse(400, { type: 'https://chs-platform.org/problems/validation', title: 'Bad', status: 400, errors: [{ field: 'ratios[LEVEL_2]', rule: 'DecimalMax', message: 'must be a fraction of at most 1' }] }, 'application/problem+json')
        : jsonResponse(200, [RESIDENT_2026]),
    );
    renderWithProviders(<PoliciesPage />, { api, caller: ADMIN });
    await screen.findByText('城乡居民医保', {}, { timeout: 20_000 });
    await userEvent.click(screen.getByRole('button', { name: /修\s?改/ }));
    const dialog = await screen.findByRole('dialog');
    const level2 = within(dialog).getAllByLabelText('二级')[1]!;
    expect(level2).toHaveValue('70');
    await userEvent.clear(level2);
    await userEvent.type(level2, '72.5');
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.url).toBe('/api/settlement/policies/330127/URBAN_RURAL_RESIDENT/2026');
    expect(put.body).toEqual({
      deductibles: { LEVEL_1: 400, LEVEL_2: 800, LEVEL_3: 1200 },
      ratios: { LEVEL_1: 0.8, LEVEL_2: 0.725, LEVEL_3: 0.6 },
      annualCap: 300000,
      referralReductionPoints: 10,
      unreferredReductionPoints: 15,
      version: 3,
    });
    expect(await within(dialog).findByText('must be a fraction of at most 1')).toBeInTheDocument();
  });

  it('refuses a ratio above 100 % without asking', async () => {
    const { api, calls } = fakeApi(() => jsonResponse(200, []));
    renderWithProviders(<PoliciesPage />, { api, caller: ADMIN });
    await userEvent.click(await screen.findByRole('button', { name: /新增政策/ }, { timeout: 20_000 }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getAllByLabelText('一级')[1]!, '120');
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    expect(await within(dialog).findByText('不能大于 100')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });
});
