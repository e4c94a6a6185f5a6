import type { ComponentType } from 'react';
import { vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, jsonResponse, renderWithProviders, type Handler } from '../../../../test/render';
import type { AuthorisedItem, ItemFormProps, PersonRef, QueueTicket } from '../../types';

/** Test data for the item forms: a called ticket, the point, the served person, and a handling as enrollment answers it. */
export const TICKET: QueueTicket = {
  number: 'A003',
  servicePointId: 'sp-fenkou-village',
  queuedAt: '2025-03-10T01:00:00.000Z',
  calledAt: '2025-03-10T01:07:00.000Z',
  status: 'CALLED',
  handlingIds: [],
};

export const HANDLING_PART = {
  servicePointId: 'sp-fenkou-village',
  channel: 'COUNTER',
  queuedAt: '2025-03-10T01:00:00.000Z',
  startedAt: '2025-03-10T01:07:00.000Z',
};

export const SERVED: PersonRef = { personId: 'psn-wang', name: '王芳', maskedIdNumber: '330127********0324' };

export function handlingAnswer(itemCode: string, itemName: string, personId: string) {
  return {
    handlingId: `hdl-${itemCode}`,
    itemCode,
    itemName,
    instant: true,
    servicePointId: 'sp-fenkou-village',
    operator: 'clerk-village',
    channel: 'COUNTER',
    queuedAt: HANDLING_PART.queuedAt,
    startedAt: HANDLING_PART.startedAt,
    completedAt: '2025-03-10T01:09:00Z',
    completedOn: '2025-03-10',
    personId,
    outcome: 'COMPLETED',
    authorisation: { source: 'LIVE', stale: false, catalogueVersion: 3, obtainedAt: '2025-03-10T01:08:59Z' },
    reviewToken: 'tok-123',
  };
}

export const unavailable = () =>
  jsonResponse(
    503,
    {
      type: 'https://chs-platform.org/problems/dependency-unavailable',
      title: 'Catalogue unavailable',
      status: 503,
      detail: 'site-registry did not answer',
      dependency: 'site-registry-service',
      traceId: 'trace-503',
    },
    'application/problem+json',
  );

export function validationProblem(errors: { field: string; rule: string; message: string }[]) {
  return jsonResponse(
    400,
    { type: 'https://chs-platform.org/problems/validation', title: 'Validation failed', status: 400, detail: 'The request is not valid', errors },
    'application/problem+json',
  );
}

export function renderForm(
  Form: ComponentType<ItemFormProps>,
  item: AuthorisedItem,
  handler: Handler,
  props: Partial<ItemFormProps> = {},
) {
  const { api, calls } = fakeApi(handler);
  const onDone = vi.fn();
  const onCancel = vi.fn();
  renderWithProviders(
    <Form
      item={item}
      servicePointId="sp-fenkou-village"
      servicePointName="汾口村服务站"
      ticket={TICKET}
      onDone={onDone}
      onCancel={onCancel}
      {...props}
    />,
    { api },
  );
  return { calls, onDone, onCancel, posts: () => calls.filter((c) => c.method === 'POST') };
}

/** Puts a whole value into a field at once (one input event), replacing what is there. */
export async function fill(label: string, value: string) {
  const input = screen.getByLabelText(label);
  await userEvent.clear(input);
  await userEvent.click(input);
  await userEvent.paste(value);
}

/** Clicks the form's submit button (found by its text: role queries are slow on antd forms). */
export const submit = (text = '提交办理') =>
  userEvent.click(screen.getAllByText(text).map((el) => el.closest('button')).find((button) => button !== null)!);
