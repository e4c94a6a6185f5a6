import { describe, expect, it, vi } from 'vitest';
import { App } from 'antd';
import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse, renderWithProviders } from '../../test/render';
import { EntryDialog } from './EntryDialog';
import { item } from './testFixtures';

vi.setConfig({ testTimeout: 60_000 });
// findBy… and waitFor wait longer than their 1 s default: this machine is loaded.
configure({ asyncUtilTimeout: 15_000 });

const ADMIN = { username: 'admin', displayName: '管理员', roles: ['agency-admin' as const] };

describe('EntryDialog', () => {
  it('says a new version will be published, and only then sends the change with If-Match the current version', async () => {
    const { api, calls } = fakeApi(() => jsonResponse(200, { version: 5, previousVersion: 4, change: { type: 'UPDATED', codes: ['ENR-01'], summary: 'updated ENR-01' } }));
    const onClose = vi.fn();
    renderWithProviders(
      <App>
        <EntryDialog target={{ mode: 'edit', kind: 'SUB_ITEM', code: 'ENR-01', parentCode: 'ENR', item: item(), name: '职工参保登记' }} currentVersion={4} onClose={onClose} />
      </App>,
      { api, caller: ADMIN },
    );
    await userEvent.click(await screen.findByLabelText('合作银行'));
    await userEvent.click(screen.getByRole('button', { name: '检查并发布' }));
    expect(await screen.findByText('将发布新版本 v5')).toBeInTheDocument();
    expect(calls).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: '确认发布 v5' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls[0]).toMatchObject({
      method: 'PUT',
      url: '/api/registry/catalogue/entries/ENR-01',
      headers: { 'If-Match': '"v4"' },
      body: {
        code: 'ENR-01',
        name: '职工参保登记',
        kind: 'SUB_ITEM',
        parentCode: 'ENR',
        materials: ['身份证'],
        timeLimitWorkingDays: 0,
        instant: true,
        onlineCapable: true,
        legalBasis: '《中华人民共和国社会保险法》',
        handlingLevels: ['COUNTY', 'TOWNSHIP', 'BANK'],
      },
    });
  });

  it("shows the API's field errors on the fields and sends no handling fields for a category", async () => {
    const { api, calls } = fakeApi(() =>
      jsonResponse(400, { title: 'Validation failed', status: 400, errors: [{ field: 'code', rule: 'code-format', message: 'a CATEGORY code looks like C01 (server)' }] }, 'application/problem+json'),
    );
    renderWithProviders(
      <App>
        <EntryDialog target={{ mode: 'add', kind: 'CATEGORY', parentCode: null }} currentVersion={4} onClose={vi.fn()} />
      </App>,
      { api, caller: ADMIN },
    );
    await userEvent.type(await screen.findByLabelText('编码'), 'C07');
    await userEvent.type(screen.getByLabelText('名称'), '医疗救助类');
    await userEvent.click(screen.getByRole('button', { name: '检查并发布' }));
    await userEvent.click(await screen.findByRole('button', { name: '确认发布 v5' }));
    expect(await screen.findByText('a CATEGORY code looks like C01 (server)')).toBeInTheDocument();
    expect(calls[0]).toMatchObject({ method: 'POST', url: '/api/registry/catalogue/entries', body: { code: 'C07', name: '医疗救助类', kind: 'CATEGORY', parentCode: null } });
    expect(Object.keys(calls[0]?.body as object).sort()).toEqual(['code', 'kind', 'name', 'parentCode']);
  });
});
