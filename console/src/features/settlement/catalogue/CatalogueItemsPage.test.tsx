import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse, renderWithProviders } from '../../../test/render';
import type { CatalogueItem } from '../model';
import { ADMIN, AUDITOR } from '../testFixtures';
import CatalogueItemsPage from './CatalogueItemsPage';

vi.setConfig({ testTimeout: 60_000 });

const B10: CatalogueItem = {
  region: '330127', itemCode: 'B10', name: '乙类检查', itemClass: 'CLASS_B', selfPayFirstShare: 0.1, quantityLimit: null,
  restricted: false, qualifyingDiseaseCodes: [],
};
const XA01: CatalogueItem = {
  region: '330127', itemCode: 'XA01', name: '二甲双胍', itemClass: 'CLASS_A', selfPayFirstShare: null, quantityLimit: 30,
  restricted: true, qualifyingDiseaseCodes: ['E11', 'I10'],
};
const page = (items: CatalogueItem[], total = items.length) => ({ items, page: 0, size: 50, total });

describe('CatalogueItemsPage', () => {
  it('pages the region items from the server, read-only for the auditor', async () => {
    const { api, calls } = fakeApi(() => jsonResponse(200, page([B10, XA01], 120)));
    renderWithProviders(<CatalogueItemsPage />, { api, caller: AUDITOR });
    const b10 = (await screen.findByText('乙类检查')).closest('tr')!;
    expect(calls[0]!.url).toBe('/api/settlement/catalogues/330127/items?page=0&size=50');
    expect(within(b10).getByText('乙类')).toBeInTheDocument();
    expect(within(b10).getByText('10%')).toBeInTheDocument();
    expect(within(screen.getByText('二甲双胍').closest('tr')!).getByText('是（E11、I10）')).toBeInTheDocument();
    expect(screen.getByText('共 120 条')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('listitem', { name: '2' }));
    await waitFor(() => expect(calls.map((c) => c.url)).toContain('/api/settlement/catalogues/330127/items?page=1&size=50'));
    expect(screen.queryByText('批量导入（CSV）')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /新增项目/ })).not.toBeInTheDocument();
  });

  it('imports a CSV file as text/csv and lists each rejected line with its field and rule', async () => {
    const { api, calls } = fakeApi((call) =>
      call.method === 'POST'
        ? jsonResponse(200, { region: '330127', linesRead: 3, accepted: 2, rejected: [{ line: 3, field: 'class', rule: 'enum', message: 'must be CLASS_A, CLASS_B or SELF_PAY' }] })
        : jsonResponse(200, page([B10])),
    );
    renderWithProviders(<CatalogueItemsPage />, { api, caller: ADMIN });
    await screen.findByText('乙类检查');
    const csv = 'itemCode,name,class\nA1,甲,CLASS_A\nZ9,坏,CLASS_Z\n';
    fireEvent.change(screen.getByTestId('catalogue-file'), { target: { files: [new File([csv], 'catalogue.csv', { type: 'text/csv' })] } });
    expect(await screen.findByText('共读取 3 行，导入 2 行，拒绝 1 行', {}, { timeout: 5000 })).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url).toBe('/api/settlement/catalogues/330127/imports');
    expect(post.body).toBe(csv);
    expect(post.headers['Content-Type']).toBe('text/csv');
    const rejected = screen.getByText('must be CLASS_A, CLASS_B or SELF_PAY').closest('tr')!;
    expect(within(rejected).getByText('3')).toBeInTheDocument();
    expect(within(rejected).getByText('class')).toBeInTheDocument();
  });

  it('edits an item with its self-pay-first share and disease list', async () => {
    const { api, calls } = fakeApi((call) => (call.method === 'PUT' ? jsonResponse(200, XA01) : jsonResponse(200, page([XA01]))));
    renderWithProviders(<CatalogueItemsPage />, { api, caller: ADMIN });
    await screen.findByText('二甲双胍');
    await userEvent.click(screen.getByRole('button', { name: /修\s?改/ }));
    const dialog = await screen.findByRole('dialog');
    const diseases = within(dialog).getByLabelText('限定病种');
    await userEvent.clear(diseases);
    await userEvent.type(diseases, 'E11；I10, N18');
    await userEvent.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')).toMatchObject({
      url: '/api/settlement/catalogues/330127/items/XA01',
      body: { name: '二甲双胍', itemClass: 'CLASS_A', quantityLimit: 30, restricted: true, qualifyingDiseaseCodes: ['E11', 'I10', 'N18'] },
    });
  });
});
