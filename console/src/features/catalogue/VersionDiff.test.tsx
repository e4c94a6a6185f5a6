import { describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor } from '@testing-library/react';
import { fakeApi, jsonResponse, renderWithProviders } from '../../test/render';
import { V1, V2 } from './testFixtures';
import { VersionDiff } from './VersionDiff';

vi.setConfig({ testTimeout: 60_000 });
// findBy… and waitFor wait longer than their 1 s default: this machine is loaded.
configure({ asyncUtilTimeout: 15_000 });

const ADMIN = { username: 'admin', displayName: '管理员', roles: ['agency-admin' as const] };

describe('VersionDiff', () => {
  it('reads both versions and shows what was added, removed and changed, field by field', async () => {
    const { api, calls } = fakeApi(({ url }) => {
      if (url === '/api/registry/catalogue?version=1') return jsonResponse(200, V1);
      if (url === '/api/registry/catalogue?version=2') return jsonResponse(200, V2);
      return jsonResponse(404, { title: 'Not Found' }, 'application/problem+json');
    });
    renderWithProviders(<VersionDiff current={2} />, { api, caller: ADMIN });
    expect(await screen.findByText('新增 1 项')).toBeInTheDocument();
    expect(calls.map((c) => c.url).sort()).toEqual(['/api/registry/catalogue?version=1', '/api/registry/catalogue?version=2']);
    expect(screen.getByText('ENR-04')).toBeInTheDocument();
    expect(screen.getByText('港澳台居民参保登记')).toBeInTheDocument();
    expect(screen.getByText('删除 1 项')).toBeInTheDocument();
    expect(screen.getByText('ENR-02')).toBeInTheDocument();
    expect(screen.getByText('修改 1 项')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('diff-ENR-01-handlingLevels')).toHaveTextContent('可办理层级县级、乡镇(街道) → 乡镇(街道)、县级、合作银行'));
    expect(screen.getByTestId('diff-ENR-01-materials')).toHaveTextContent('申请材料身份证 → 身份证、劳动合同');
    expect(screen.queryByTestId('diff-ENR-01-name')).not.toBeInTheDocument();
  });
});
