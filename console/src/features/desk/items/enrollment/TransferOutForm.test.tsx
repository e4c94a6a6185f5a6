import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { jsonResponse, type Handler } from '../../../../test/render';
import { WANG_FANG } from '../../person/personFixtures';
import TransferOutForm from './TransferOutForm';
import { fill, handlingAnswer, HANDLING_PART, renderForm, SERVED, submit } from './testKit';

const TRF_01 = { code: 'TRF-01', name: '医保关系转出', category: 'TRF', instant: true };

function enrollment(post: (url: string, body: unknown) => Response, person = WANG_FANG): Handler {
  return ({ method, url, body }) => {
    if (method === 'GET' && url === '/api/enrollment/persons/psn-wang') return jsonResponse(200, person);
    if (method === 'POST') return post(url, body);
    return jsonResponse(404, {});
  };
}

describe('TransferOutForm', { timeout: 60_000 }, () => {
  it('refuses the person’s own region and sends a transfer to another', async () => {
    const { posts, onDone } = renderForm(
      TransferOutForm,
      TRF_01,
      enrollment(() => jsonResponse(200, { result: { ...WANG_FANG, status: 'TRANSFERRED_OUT' }, handling: handlingAnswer('TRF-01', TRF_01.name, 'psn-wang') })),
      { person: SERVED },
    );
    await screen.findByText('转入地统筹区');
    await fill('转入地统筹区', '330127');
    await fill('原因', '户籍迁出');
    await submit();
    expect(await screen.findByText('转入地与参保人现在的统筹区相同。')).toBeInTheDocument();
    expect(posts()).toHaveLength(0);

    await fill('转入地统筹区', '310115');
    await submit();
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(posts()[0]).toMatchObject({
      url: '/api/enrollment/persons/psn-wang/transfers-out',
      body: { destinationRegion: '310115', reason: '户籍迁出', handling: HANDLING_PART },
    });
  });

  it('is not offered for a person already transferred out', async () => {
    const { posts } = renderForm(TransferOutForm, TRF_01, enrollment(() => jsonResponse(500, {}), { ...WANG_FANG, status: 'TRANSFERRED_OUT' }), { person: SERVED });
    expect(await screen.findByText('参保状态为“已转出”，不能办理此事项（仅限：正常参保、暂停参保）。')).toBeInTheDocument();
    expect(screen.getByText('提交办理').closest('button')).toBeDisabled();
    expect(posts()).toHaveLength(0);
  });
});
