import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse, renderWithProviders } from '../../../test/render';
import type { FilingResponse } from '../model';
import { AUDITOR } from '../testFixtures';
import FilingsPage from './FilingsPage';

vi.setConfig({ testTimeout: 60_000 });

const FILING: FilingResponse = {
  id: 'fl-9', personId: 'p-7', maskedIdNumber: '330106********0322', insuredRegion: '330106', treatmentRegion: '330127',
  type: 'OTHER_TEMPORARY', itemCode: 'FIL-02', validFrom: '2026-05-01', validTo: '2026-06-30', status: 'REVOKED', madeUp: true,
  channel: 'HOSPITAL_WINDOW', institutionId: 'inst-chunan-first-peoples', handlingId: 'h-1', revocationReason: '重复备案',
  createdAt: '2026-05-01T02:00:00Z', createdBy: 'hospital-chunan-first',
};

describe('FilingsPage', () => {
  it('asks for nothing until a person id is given, then pages their filings', async () => {
    const { api, calls } = fakeApi(() => jsonResponse(200, { items: [FILING], page: 0, size: 20, hasNext: false, total: 1 }));
    renderWithProviders(<FilingsPage />, { api, caller: AUDITOR });
    expect(await screen.findByText('请输入参保人编号查询。')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
    await userEvent.type(screen.getByLabelText('参保人编号'), 'p-7');
    await userEvent.click(screen.getByRole('button', { name: /查\s?询/ }));
    const row = (await screen.findByText('fl-9', {}, { timeout: 10_000 })).closest('tr')!;
    expect(calls[0]!.url).toBe('/api/settlement/filings?personId=p-7&page=0&size=20');
    expect(within(row).getByText('330106********0322')).toBeInTheDocument();
    expect(within(row).getByText('其他临时外出就医人员')).toBeInTheDocument();
    expect(within(row).getByText('2026-05-01 – 2026-06-30')).toBeInTheDocument();
    expect(within(row).getByText('已撤销')).toBeInTheDocument();
    expect(within(row).getByText('撤销：重复备案')).toBeInTheDocument();
    expect(within(row).getByText('医院补办（inst-chunan-first-peoples）')).toBeInTheDocument();
  });

  it('searches the person the address names (a link from a settlement)', async () => {
    const { api, calls } = fakeApi(() => jsonResponse(200, { items: [], page: 0, size: 20, hasNext: false, total: 0 }));
    renderWithProviders(<FilingsPage />, { api, caller: AUDITOR, route: '/?personId=p-8' });
    await waitFor(() => expect(calls[0]?.url).toBe('/api/settlement/filings?personId=p-8&page=0&size=20'));
    expect(screen.getByLabelText('参保人编号')).toHaveValue('p-8');
  });
});
