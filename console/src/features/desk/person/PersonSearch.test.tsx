import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse, renderWithProviders } from '../../../test/render';
import type { AuthorisedItem } from '../types';
import { PersonPanel } from './PersonPanel';
import { PersonSearch } from './PersonSearch';
import { WANG_FANG } from './personFixtures';

const ENR_02: AuthorisedItem = { code: 'ENR-02', name: '城乡居民参保登记', category: 'ENR', instant: true };

describe('PersonSearch', { timeout: 30_000 }, () => {
  it('sends the number in the body of the lookup and hands over the one enrolment found, leaving no full number on screen', async () => {
    const onFound = vi.fn();
    const { api, calls } = fakeApi(() => jsonResponse(200, [WANG_FANG]));
    renderWithProviders(<PersonSearch onFound={onFound} enrolItems={[ENR_02]} canStart onEnrol={() => undefined} />, { api });

    await userEvent.type(screen.getByLabelText('公民身份号码'), '330127198506120324');
    await userEvent.click(screen.getByRole('button', { name: /查\s*找/ }));

    await waitFor(() => expect(onFound).toHaveBeenCalledWith(WANG_FANG));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'POST', url: '/api/enrollment/persons/lookups', body: { idNumber: '330127198506120324' } });
    expect(screen.getByLabelText('公民身份号码')).toHaveValue('');
    expect(document.body).not.toHaveTextContent('330127198506120324');
  });

  it('does not look up a number that fails the check', async () => {
    const { api, calls } = fakeApi(() => jsonResponse(200, []));
    renderWithProviders(<PersonSearch onFound={() => undefined} enrolItems={[]} canStart onEnrol={() => undefined} />, { api });
    await userEvent.type(screen.getByLabelText('公民身份号码'), '330127198506120325');
    await userEvent.click(screen.getByRole('button', { name: /查\s*找/ }));
    expect(await screen.findByText('校验码不符，请逐位核对号码')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('says a number is not enrolled, masked, and offers the enrolments this point may handle', async () => {
    const onEnrol = vi.fn();
    const { api } = fakeApi(() => jsonResponse(200, []));
    renderWithProviders(<PersonSearch onFound={() => undefined} enrolItems={[ENR_02]} canStart onEnrol={onEnrol} />, { api });

    await userEvent.type(screen.getByLabelText('公民身份号码'), '330127198506120324');
    await userEvent.click(screen.getByRole('button', { name: /查\s*找/ }));

    expect(await screen.findByText('330127********0324 尚未参保')).toBeInTheDocument();
    expect(screen.getByText('可以为其办理参保登记：')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /城乡居民参保登记/ }));
    expect(onEnrol).toHaveBeenCalledWith(ENR_02, '330127198506120324');
  });

  it('offers no enrolment where the point may not enrol, and none before a ticket is called', async () => {
    const { api } = fakeApi(() => jsonResponse(200, []));
    const { unmount } = renderWithProviders(<PersonSearch onFound={() => undefined} enrolItems={[]} canStart onEnrol={() => undefined} />, { api });
    await userEvent.type(screen.getByLabelText('公民身份号码'), '330127198506120324');
    await userEvent.click(screen.getByRole('button', { name: /查\s*找/ }));
    expect(await screen.findByText('本网点不能办理参保登记，请引导办事群众到可办理的网点。')).toBeInTheDocument();
    unmount();

    renderWithProviders(<PersonSearch onFound={() => undefined} enrolItems={[ENR_02]} canStart={false} onEnrol={() => undefined} />, { api });
    await userEvent.type(screen.getByLabelText('公民身份号码'), '330127198506120324');
    await userEvent.click(screen.getByRole('button', { name: /查\s*找/ }));
    expect(await screen.findByRole('button', { name: /城乡居民参保登记/ })).toBeDisabled();
  });

  it('lets the clerk choose when the number is enrolled in both schemes', async () => {
    const onFound = vi.fn();
    const employee = { ...WANG_FANG, personId: 'psn-wang-emp', scheme: 'EMPLOYEE' as const, status: 'ACTIVE' as const };
    const { api } = fakeApi(() => jsonResponse(200, [WANG_FANG, employee]));
    renderWithProviders(<PersonSearch onFound={onFound} enrolItems={[]} canStart onEnrol={() => undefined} />, { api });
    await userEvent.type(screen.getByLabelText('公民身份号码'), '330127198506120324');
    await userEvent.click(screen.getByRole('button', { name: /查\s*找/ }));
    expect(await screen.findByText('职工基本医疗保险')).toBeInTheDocument();
    expect(onFound).not.toHaveBeenCalled();
    await userEvent.click(screen.getAllByRole('button', { name: /办\s*理/ })[1]!);
    expect(onFound).toHaveBeenCalledWith(employee);
  });

  it('shows the lookup refusal', async () => {
    const { api } = fakeApi(() =>
      jsonResponse(503, { type: 'https://chs-platform.org/problems/dependency-unavailable', service: 'enrollment', status: 503 }, 'application/problem+json'),
    );
    renderWithProviders(<PersonSearch onFound={() => undefined} enrolItems={[]} canStart onEnrol={() => undefined} />, { api });
    await userEvent.type(screen.getByLabelText('公民身份号码'), '330127198506120324');
    await userEvent.click(screen.getByRole('button', { name: /查\s*找/ }));
    expect(await screen.findByText('参保登记服务暂时不可用，本次操作没有记录任何内容，请稍后重试。')).toBeInTheDocument();
  });
});

describe('PersonPanel', { timeout: 30_000 }, () => {
  it('shows the person masked, with status history, contributions, qualifications, filings and household from their APIs', async () => {
    const { api, calls } = fakeApi(({ url }) => {
      if (url === '/api/enrollment/persons/psn-wang') return jsonResponse(200, WANG_FANG);
      if (url === '/api/enrollment/persons/psn-wang/contributions')
        return jsonResponse(200, [{ year: 2024, total: 380, covered: true, contributions: [{ year: 2024, amount: 380, channel: 'COUNTER', receiptNumber: 'R-1', paidAt: '2024-01-05T01:00:00Z' }] }]);
      if (url === '/api/enrollment/persons/psn-wang/qualifications')
        return jsonResponse(200, [{ qualificationId: 'q1', diseaseCode: 'M03900', evidenceReference: 'ZD-1', validFrom: '2025-01-01', validTo: '2025-12-31', status: 'ACTIVE', grantedAt: '2025-01-01T00:00:00Z' }]);
      if (url === '/api/settlement/filings?personId=psn-wang&page=0&size=10')
        return jsonResponse(200, { items: [{ id: 'fil-1', personId: 'psn-wang', insuredRegion: '330127', treatmentRegion: '310115', type: 'LONG_TERM_RESIDENT', itemCode: 'FIL-01', validFrom: '2025-01-01', validTo: null, status: 'ACTIVE', madeUp: false }], page: 0, size: 10, hasNext: false, total: 1 });
      if (url === '/api/enrollment/persons/psn-wang/household') return jsonResponse(200, []);
      return jsonResponse(404, { title: 'Not Found' });
    });
    renderWithProviders(<PersonPanel personId="psn-wang" initial={WANG_FANG} onClear={() => undefined} />, { api });

    expect(screen.getByTestId('masked-id-number')).toHaveTextContent('330127********0324');
    expect(screen.getByText('城乡居民基本医疗保险')).toBeInTheDocument();
    expect(screen.getAllByText('暂停参保').length).toBeGreaterThan(0);
    expect(screen.getByText('原因：外出务工')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('tab', { name: '缴费记录' }));
    expect(await screen.findByText('¥380.00')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: '门慢特病认定' }));
    expect(await screen.findByText('M03900')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: '异地就医备案' }));
    expect(await screen.findByText('异地长期居住人员（FIL-01）')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: '家庭成员' }));
    expect(await screen.findByText('没有以其为父母或监护人登记的家庭成员')).toBeInTheDocument();

    expect(calls.map((c) => c.url)).toEqual(
      expect.arrayContaining([
        '/api/enrollment/persons/psn-wang/contributions',
        '/api/enrollment/persons/psn-wang/qualifications',
        '/api/settlement/filings?personId=psn-wang&page=0&size=10',
        '/api/enrollment/persons/psn-wang/household',
      ]),
    );
    expect(calls.every((c) => c.method === 'GET')).toBe(true);
  });

  it('keeps the other parts readable when settlement is unavailable', async () => {
    const { api } = fakeApi(({ url }) =>
      url.startsWith('/api/settlement/')
        ? jsonResponse(503, { type: 'https://chs-platform.org/problems/dependency-unavailable', service: 'settlement', status: 503 }, 'application/problem+json')
        : jsonResponse(200, WANG_FANG),
    );
    renderWithProviders(<PersonPanel personId="psn-wang" initial={WANG_FANG} onClear={() => undefined} />, { api });
    await userEvent.click(screen.getByRole('tab', { name: '异地就医备案' }));
    expect(await screen.findByText('结算服务暂时不可用，本次操作没有记录任何内容，请稍后重试。')).toBeInTheDocument();
    expect(screen.getByText('王芳')).toBeInTheDocument();
  });
});
