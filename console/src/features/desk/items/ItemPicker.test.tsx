import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse, Providers, renderWithProviders } from '../../../test/render';
import { ItemPicker } from './ItemPicker';
import type { PointItemsResponse } from './usePointItems';
import { CATALOGUE, POINT_ITEMS } from './itemFixtures';

function registry(items: PointItemsResponse = POINT_ITEMS) {
  return fakeApi(({ url }) => {
    if (url === '/api/registry/service-points/sp-fenkou-village/items') return jsonResponse(200, items);
    if (url === '/api/registry/catalogue?version=3') return jsonResponse(200, CATALOGUE);
    return jsonResponse(404, { title: 'Not Found' });
  });
}

describe('ItemPicker', { timeout: 30_000 }, () => {
  it('lists what site-registry says the point may handle, grouped by category and main item', async () => {
    const { api, calls } = registry();
    renderWithProviders(<ItemPicker servicePointId="sp-fenkou-village" hasTicket hasPerson onOpen={() => undefined} />, { api });

    const enrolment = (await screen.findByText('参保登记与缴费')).closest('section')!;
    expect(within(enrolment).getByText('参保登记')).toBeInTheDocument();
    expect(within(enrolment).getByText('参保缴费')).toBeInTheDocument();
    expect(within(enrolment).getByTestId('item-ENR-02')).toHaveTextContent('城乡居民参保登记');
    expect(within(enrolment).getByTestId('item-PAY-01')).toBeInTheDocument();
    expect(within(screen.getByText('医疗保障待遇').closest('section')!).getByTestId('item-CHR-02')).toBeInTheDocument();
    expect(screen.queryByText('其他事项')).not.toBeInTheDocument();
    // Only what the API listed: no other item appears, whatever forms the console has.
    expect(screen.queryByTestId('item-ENR-01')).not.toBeInTheDocument();
    expect(screen.queryByTestId('item-CHG-01')).not.toBeInTheDocument();
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/registry/service-points/sp-fenkou-village/items',
      'GET /api/registry/catalogue?version=3',
    ]);
  });

  it('lists an authorised item without a console form as disabled, saying so', async () => {
    const { api } = registry();
    renderWithProviders(<ItemPicker servicePointId="sp-fenkou-village" hasTicket hasPerson onOpen={() => undefined} />, { api });

    const unknown = await screen.findByTestId('item-CHR-02');
    expect(unknown).toBeDisabled();
    expect(unknown).toHaveTextContent('控制台不办理');
    await userEvent.hover(unknown.parentElement ?? unknown);
    expect(await screen.findByText('本事项已授权本网点，但控制台暂不办理')).toBeInTheDocument();
    expect(screen.getByTestId('item-PAY-01')).toBeEnabled();
  });

  it('opens items on a person only once a person is found, and nothing without a called ticket', async () => {
    const onOpen = vi.fn();
    const { api } = registry();
    const picker = (hasTicket: boolean, hasPerson: boolean) => (
      <Providers api={api}>
        <ItemPicker servicePointId="sp-fenkou-village" hasTicket={hasTicket} hasPerson={hasPerson} onOpen={onOpen} />
      </Providers>
    );
    const { rerender } = render(picker(false, false));
    expect(await screen.findByTestId('item-ENR-02')).toBeDisabled();
    expect(screen.getByTestId('item-PAY-01')).toBeDisabled();

    rerender(picker(true, false));
    expect(screen.getByTestId('item-ENR-02')).toBeEnabled();
    expect(screen.getByTestId('item-PAY-01')).toBeDisabled();
    expect(screen.getByTestId('item-QRY-01')).toBeDisabled();
    await userEvent.hover(screen.getByTestId('item-PAY-01').parentElement!);
    expect(await screen.findByText('请先查找参保人')).toBeInTheDocument();

    await userEvent.click(screen.getByTestId('item-ENR-02'));
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ code: 'ENR-02', name: '城乡居民参保登记', category: 'ENR' }));

    rerender(picker(true, true));
    await userEvent.click(screen.getByTestId('item-PAY-01'));
    expect(onOpen).toHaveBeenLastCalledWith(expect.objectContaining({ code: 'PAY-01' }));
  });

  it('says why a suspended point offers nothing', async () => {
    const { api } = registry({ ...POINT_ITEMS, status: 'SUSPENDED', reason: 'service point is SUSPENDED: 装修', items: [] });
    renderWithProviders(<ItemPicker servicePointId="sp-fenkou-village" hasTicket hasPerson onOpen={() => undefined} />, { api });
    expect(await screen.findByText('本网点当前状态为“暂停服务”，不能办理业务')).toBeInTheDocument();
    expect(screen.getByText('service point is SUSPENDED: 装修')).toBeInTheDocument();
    expect(screen.getByText('本网点当前没有可办理的事项')).toBeInTheDocument();
  });

  it('shows which part of the platform is unavailable when the catalogue cannot be read', async () => {
    const { api } = fakeApi(() =>
      jsonResponse(503, { type: 'https://chs-platform.org/problems/dependency-unavailable', title: 'Service unavailable', status: 503 }, 'application/problem+json'),
    );
    renderWithProviders(<ItemPicker servicePointId="sp-fenkou-village" hasTicket hasPerson onOpen={() => undefined} />, { api });
    expect(await screen.findByText(/服务网点与事项目录服务暂时不可用/)).toBeInTheDocument();
  });
});
