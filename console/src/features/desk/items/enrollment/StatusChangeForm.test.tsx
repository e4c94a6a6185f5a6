import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, type Handler } from '../../../../test/render';
import { WANG_FANG } from '../../person/personFixtures';
import StatusChangeForm from './StatusChangeForm';
import { fill, handlingAnswer, HANDLING_PART, renderForm, SERVED, submit } from './testKit';

const CHG_02 = { code: 'CHG-02', name: '参保状态变更(暂停/恢复/终止)', category: 'CHG', instant: false };

function enrollment(post: (url: string, body: unknown) => Response, person = WANG_FANG): Handler {
  return ({ method, url, body }) => {
    if (method === 'GET' && url === '/api/enrollment/persons/psn-wang') return jsonResponse(200, person);
    if (method === 'POST') return post(url, body);
    return jsonResponse(404, {});
  };
}

describe('StatusChangeForm', { timeout: 60_000 }, () => {
  it('offers only the transitions enrollment allows from the current status and sends the change', async () => {
    const changed = { ...WANG_FANG, status: 'ACTIVE', statusHistory: [...WANG_FANG.statusHistory!, { from: 'SUSPENDED', to: 'ACTIVE', reason: '返乡', effectiveDate: '2025-03-10', changedAt: '2025-03-10T01:09:00Z', changedBy: 'clerk-village' }] };
    const { posts, onDone } = renderForm(
      StatusChangeForm,
      CHG_02,
      enrollment(() => jsonResponse(200, { result: changed, handling: handlingAnswer('CHG-02', CHG_02.name, 'psn-wang') })),
      { person: SERVED },
    );
    // SUSPENDED may become ACTIVE, TERMINATED or DECEASED here (a transfer out is TRF-01).
    expect(await screen.findByLabelText('正常参保')).toBeInTheDocument();
    expect(screen.getByLabelText('终止参保')).toBeInTheDocument();
    expect(screen.getByLabelText('死亡')).toBeInTheDocument();
    expect(screen.queryByLabelText('暂停参保')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('已转出')).not.toBeInTheDocument();

    await submit();
    expect(await screen.findByText('请选择变更后的状态')).toBeInTheDocument();
    expect(await screen.findByText('请填写原因')).toBeInTheDocument();

    await userEvent.click(screen.getByLabelText('正常参保'));
    await fill('原因', '返乡');
    await submit();
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(posts()[0]).toMatchObject({
      url: '/api/enrollment/persons/psn-wang/status-changes',
      body: { status: 'ACTIVE', reason: '返乡', handling: HANDLING_PART },
    });
    expect(onDone.mock.calls[0]![0].lines).toEqual(
      expect.arrayContaining([{ label: '参保状态', value: '暂停参保 → 正常参保' }, { label: '生效日期', value: '2025-03-10' }]),
    );
  });

  it('offers nothing for a deceased person', async () => {
    renderForm(StatusChangeForm, CHG_02, enrollment(() => jsonResponse(500, {}), { ...WANG_FANG, status: 'DECEASED' }), { person: SERVED });
    expect(await screen.findByText('参保状态为“死亡”，不能再变更。')).toBeInTheDocument();
    expect(screen.getByText('提交办理').closest('button')).toBeDisabled();
  });
});
