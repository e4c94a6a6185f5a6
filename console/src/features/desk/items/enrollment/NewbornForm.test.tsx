import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, type Handler } from '../../../../test/render';
import { agencyToday, dayjs } from '../../../../lib/time';
import { checkDigit } from '../../../../lib/idNumber';
import { WANG_FANG } from '../../person/personFixtures';
import NewbornForm from './NewbornForm';
import { fill, handlingAnswer, HANDLING_PART, renderForm, SERVED, submit } from './testKit';

const ENR_03 = { code: 'ENR-03', name: '新生儿参保登记', category: 'ENR', instant: true };

/** A valid ID number of a girl born `daysAgo` days before the agency's today. */
function childNumber(daysAgo: number): string {
  const first17 = `330127${dayjs(agencyToday()).subtract(daysAgo, 'day').format('YYYYMMDD')}002`;
  return first17 + checkDigit(first17);
}

const newborn = (idNumber: string) => ({
  ...WANG_FANG,
  personId: 'psn-baby',
  maskedIdNumber: `${idNumber.slice(0, 6)}********${idNumber.slice(14)}`,
  name: '王小芳',
  newborn: true,
  status: 'ACTIVE',
  statusHistory: [],
});

function enrollment(post: (url: string, body: unknown) => Response): Handler {
  return ({ method, url, body }) => {
    if (method === 'GET' && url === '/api/enrollment/persons/psn-wang') return jsonResponse(200, WANG_FANG);
    if (method === 'POST' && url === '/api/enrollment/persons/lookups') return jsonResponse(200, [WANG_FANG]);
    if (method === 'POST') return post(url, body);
    return jsonResponse(404, {});
  };
}

describe('NewbornForm', { timeout: 60_000 }, () => {
  it('enrols the newborn under the person being served', async () => {
    const child = childNumber(20);
    const { posts, onDone } = renderForm(
      NewbornForm,
      ENR_03,
      enrollment(() => jsonResponse(201, { result: newborn(child), handling: handlingAnswer('ENR-03', ENR_03.name, 'psn-baby') })),
      { person: SERVED },
    );
    expect(screen.getByTestId('newborn-parent')).toHaveTextContent('王芳 330127********0324');
    await fill('新生儿公民身份号码', child);
    await fill('新生儿姓名', '王小芳');
    await submit();
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(posts()[0]).toMatchObject({
      url: '/api/enrollment/newborns',
      body: { parentPersonId: 'psn-wang', idNumber: child, name: '王小芳', handling: HANDLING_PART },
    });
    expect(posts()[0]!.body).not.toHaveProperty('poolingRegion');
    expect(onDone.mock.calls[0]![0].person).toMatchObject({ personId: 'psn-baby', name: '王小芳' });
  });

  it('finds the parent by ID number when nobody is being served, and refuses a child past newborn age', async () => {
    const { posts, calls } = renderForm(NewbornForm, ENR_03, enrollment(() => jsonResponse(500, {})));
    expect(screen.getByText('提交办理').closest('button')).toBeDisabled();
    await fill('父母一方的公民身份号码', '330127198506120324');
    await userEvent.click(screen.getByText('查找').closest('button')!);
    expect(await screen.findByTestId('newborn-parent')).toHaveTextContent('王芳 330127********0324');
    expect(calls.find((c) => c.url === '/api/enrollment/persons/lookups')?.body).toEqual({ idNumber: '330127198506120324' });

    await fill('新生儿公民身份号码', childNumber(400));
    await fill('新生儿姓名', '王小芳');
    await submit();
    expect(await screen.findByText('孩子已超过新生儿年龄，请按城乡居民参保登记（ENR-02）办理。')).toBeInTheDocument();
    expect(posts().filter((c) => c.url === '/api/enrollment/newborns')).toHaveLength(0);
  });
});
