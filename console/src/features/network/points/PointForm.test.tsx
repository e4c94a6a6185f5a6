import { describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse, renderWithProviders } from '../../../test/render';
import { AGENCY_ADMIN, point } from '../testFixtures';
import { PointForm } from './PointForm';

vi.setConfig({ testTimeout: 90_000 });
// findBy… and waitFor wait longer than their 1 s default: this machine is loaded.
configure({ asyncUtilTimeout: 15_000 });

async function pick(label: string, option: string) {
  await userEvent.click(screen.getByLabelText(label));
  const options = await screen.findAllByTitle(option);
  await userEvent.click(options[options.length - 1]!);
}

async function fillBankBranch() {
  await pick('网点类型', '合作银行网点');
  await userEvent.type(screen.getByLabelText('所在区划代码'), '330127107');
  await userEvent.type(screen.getByLabelText('网点名称'), '农商银行汾口支行');
  await userEvent.type(screen.getByLabelText('地址'), '汾口镇汾口大道8号');
  await userEvent.type(screen.getByLabelText('纬度'), '29.6');
  await userEvent.type(screen.getByLabelText('经度'), '118.61');
  await userEvent.type(await screen.findByLabelText('合作银行名称'), '浙江淳安农村商业银行汾口支行');
  await userEvent.type(screen.getByLabelText('服务面积（m²）'), '80');
  await userEvent.type(screen.getByLabelText('经办人员数'), '2');
  await userEvent.type(screen.getByLabelText('自助一体机（台）'), '1');
  await userEvent.click(screen.getByLabelText('自助服务区'));
}

describe('PointForm', () => {
  it('registers a bank branch with the body the API takes (partner kind from the type, no id when none chosen)', async () => {
    const { api, calls } = fakeApi(({ body }) => jsonResponse(201, { ...point(), ...(body as object), id: 'sp-330127107-ab12' }));
    const onDone = vi.fn();
    renderWithProviders(<PointForm onDone={onDone} />, { api, caller: AGENCY_ADMIN });
    await fillBankBranch();
    await userEvent.click(screen.getByRole('button', { name: /添加办公时段/ }));
    await pick('星期', '周一');
    await userEvent.click(screen.getByRole('button', { name: '登记网点' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: '/api/registry/service-points',
      body: {
        type: 'BANK_BRANCH',
        areaCode: '330127107',
        name: '农商银行汾口支行',
        address: '汾口镇汾口大道8号',
        location: { latitude: 29.6, longitude: 118.61 },
        partner: { kind: 'BANK', name: '浙江淳安农村商业银行汾口支行' },
        floorAreaSquareMetres: 80,
        staffCount: 2,
        selfServiceMachines: 1,
        zones: ['SELF_SERVICE'],
        openingHours: [{ days: ['MONDAY'], opens: '08:30', closes: '17:00' }],
      },
    });
    expect(calls[0]?.body).not.toHaveProperty('id');
  });

  it("puts a 400's field errors on their fields: area, partner, opening hours", async () => {
    const { api, calls } = fakeApi(() =>
      jsonResponse(
        400,
        {
          type: 'https://chs.example/problems/validation',
          title: 'Validation failed',
          status: 400,
          errors: [
            { field: 'partner.name', rule: 'required', message: 'the partner name is required (server)' },
            { field: 'areaCode', rule: 'area-level-for-type', message: 'a BANK_BRANCH belongs in a county, township or village (server)' },
            { field: 'openingHours[0].closes', rule: 'after-opens', message: 'closes must be after opens (server)' },
          ],
        },
        'application/problem+json',
      ),
    );
    renderWithProviders(<PointForm onDone={vi.fn()} />, { api, caller: AGENCY_ADMIN });
    await fillBankBranch();
    await userEvent.click(screen.getByRole('button', { name: /添加办公时段/ }));
    await pick('星期', '周二');
    await userEvent.click(screen.getByRole('button', { name: '登记网点' }));

    expect(await screen.findByText('the partner name is required (server)')).toBeInTheDocument();
    const areaItem = screen.getByLabelText('所在区划代码').closest('.ant-form-item') as HTMLElement;
    expect(within(areaItem).getByText('a BANK_BRANCH belongs in a county, township or village (server)')).toBeInTheDocument();
    expect(screen.getByText('closes must be after opens (server)')).toBeInTheDocument();
    expect(calls[0]?.method).toBe('POST');
  });

  it('checks on the form what the API would refuse, and sends nothing', async () => {
    const { api, calls } = fakeApi(() => jsonResponse(201, point()));
    renderWithProviders(<PointForm onDone={vi.fn()} />, { api, caller: AGENCY_ADMIN });
    await pick('网点类型', '医院医保服务专窗');
    await userEvent.type(screen.getByLabelText('网点编号'), 'SP_Bad');
    await userEvent.click(screen.getByRole('button', { name: '登记网点' }));
    expect(await screen.findByText('3–64 位小写字母、数字或中间的连字符')).toBeInTheDocument();
    expect(await screen.findByText('请填写机构编号')).toBeInTheDocument();
    expect(screen.getByText('请填写合作机构')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('edits a point with PUT and If-Match its version, type and area left out', async () => {
    const { api, calls } = fakeApi(({ body }) => jsonResponse(200, { ...point(), ...(body as object), version: 3 }));
    const onDone = vi.fn();
    renderWithProviders(<PointForm point={point()} onDone={onDone} />, { api, caller: AGENCY_ADMIN });
    const staff = screen.getByLabelText('经办人员数');
    await userEvent.clear(staff);
    await userEvent.type(staff, '5');
    await userEvent.click(screen.getByRole('button', { name: '保存修改' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(calls[0]).toMatchObject({ method: 'PUT', url: '/api/registry/service-points/sp-fenkou-township', headers: { 'If-Match': '"2"' } });
    expect(calls[0]?.body).toMatchObject({ staffCount: 5, partner: null, openingHours: [{ days: ['MONDAY', 'TUESDAY'], opens: '08:30', closes: '17:00' }] });
    expect(calls[0]?.body).not.toHaveProperty('type');
    expect(calls[0]?.body).not.toHaveProperty('areaCode');
  });
});
