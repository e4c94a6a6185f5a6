import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { jsonResponse, type Handler } from '../../../../test/render';
import { WANG_FANG } from '../../person/personFixtures';
import InformationChangeForm from './InformationChangeForm';
import { fill, handlingAnswer, HANDLING_PART, renderForm, SERVED, submit } from './testKit';

const CHG_01 = { code: 'CHG-01', name: '参保人员基本信息变更', category: 'CHG', instant: true };

function enrollment(post: (url: string, body: unknown) => Response): Handler {
  return ({ method, url, body }) => {
    if (method === 'GET' && url === '/api/enrollment/persons/psn-wang') return jsonResponse(200, WANG_FANG);
    if (method === 'POST') return post(url, body);
    return jsonResponse(404, {});
  };
}

describe('InformationChangeForm', { timeout: 60_000 }, () => {
  it('sends only what changed, and nothing when nothing did', async () => {
    const { posts, onDone } = renderForm(
      InformationChangeForm,
      CHG_01,
      enrollment(() => jsonResponse(200, { result: { ...WANG_FANG, poolingRegion: '330122' }, handling: handlingAnswer('CHG-01', CHG_01.name, 'psn-wang') })),
      { person: SERVED },
    );
    await waitFor(() => expect(screen.getByLabelText('统筹区')).toHaveValue('330127'));
    expect(screen.queryByLabelText('单位统一社会信用代码')).not.toBeInTheDocument();
    await submit();
    expect(await screen.findByText('没有修改任何信息。')).toBeInTheDocument();
    expect(posts()).toHaveLength(0);

    await fill('统筹区', '330122');
    await submit();
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(posts()[0]).toMatchObject({ url: '/api/enrollment/persons/psn-wang/information-changes' });
    expect(posts()[0]!.body).toEqual({ poolingRegion: '330122', handling: HANDLING_PART });
    expect(onDone.mock.calls[0]![0].lines).toEqual([{ label: '统筹区', value: '330127 → 330122' }]);
  });
});
