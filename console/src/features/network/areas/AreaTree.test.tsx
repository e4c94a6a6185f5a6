import { describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse, renderWithProviders } from '../../../test/render';
import { AGENCY_ADMIN, COUNTY, TOWNSHIPS, VILLAGES } from '../testFixtures';
import AreasPage from './AreasPage';

vi.setConfig({ testTimeout: 60_000 });
// findBy… and waitFor wait longer than their 1 s default: this machine is loaded.
configure({ asyncUtilTimeout: 15_000 });

function server() {
  return fakeApi(({ url }) => {
    if (url.startsWith('/api/registry/areas?level=COUNTY')) return jsonResponse(200, { items: [COUNTY], page: 0, size: 200, hasNext: false });
    if (url === '/api/registry/areas/330127/children') return jsonResponse(200, TOWNSHIPS);
    if (url === '/api/registry/areas/330127107/children') return jsonResponse(200, VILLAGES);
    if (url.startsWith('/api/registry/areas/330127107/villages')) return jsonResponse(200, { items: VILLAGES, page: 0, size: 20, hasNext: false });
    return jsonResponse(404, { title: 'Not Found' }, 'application/problem+json');
  });
}

function switcherOf(name: string): HTMLElement {
  const node = screen.getByText(name).closest('.ant-tree-treenode');
  const switcher = node?.querySelector<HTMLElement>('.ant-tree-switcher');
  if (!switcher) throw new Error(`no switcher for ${name}`);
  return switcher;
}

describe('AreasPage', () => {
  it('loads the townships, then the villages, only when their parent is opened', async () => {
    const { api, calls } = server();
    renderWithProviders(<AreasPage />, { api, caller: AGENCY_ADMIN });
    await screen.findByText('淳安县');
    expect(calls.map((c) => c.url)).toEqual(['/api/registry/areas?level=COUNTY&page=0&size=200']);

    await userEvent.click(switcherOf('淳安县'));
    expect(await screen.findByText('千岛湖镇')).toBeInTheDocument();
    expect(calls.at(-1)).toMatchObject({ method: 'GET', url: '/api/registry/areas/330127/children' });
    // population and the urban key-area flag on the node
    expect(screen.getByText('人口 120,000')).toBeInTheDocument();
    expect(screen.getAllByText('城镇重点区域').length).toBeGreaterThan(0);
    expect(calls.some((c) => c.url === '/api/registry/areas/330127107/children')).toBe(false);

    await userEvent.click(switcherOf('汾口镇'));
    expect(await screen.findByText('赋溪村')).toBeInTheDocument();
    expect(calls.at(-1)?.url).toBe('/api/registry/areas/330127107/children');
  });

  it("shows a chosen township's details and its villages from the server, a page at a time", async () => {
    const { api, calls } = server();
    renderWithProviders(<AreasPage />, { api, caller: AGENCY_ADMIN });
    await userEvent.click(await waitFor(() => switcherOf('淳安县')));
    await userEvent.click(await screen.findByText('汾口镇'));
    expect(await screen.findByText('汾口镇下的村(社区)')).toBeInTheDocument();
    await waitFor(() => expect(calls.some((c) => c.url === '/api/registry/areas/330127107/villages?page=0&size=20')).toBe(true));
    expect(await screen.findByText('330127107201')).toBeInTheDocument();
  });
});
