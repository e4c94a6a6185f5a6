import { vi } from 'vitest';
import { checkDigit, maskIdNumber } from '../../../../lib/idNumber';
import type { ItemFormProps, PersonRef, QueueTicket } from '../../types';

/** For the tests of this folder: a valid ID number, the person it belongs to, a called ticket and the desk's props. */
export const ID_NUMBER = `33012719800101123${checkDigit('33012719800101123')}`;
export const OTHER_ID_NUMBER = `11010519491231002${checkDigit('11010519491231002')}`;

export const PERSON: PersonRef = { personId: 'psn-7', name: '王秀英', maskedIdNumber: maskIdNumber(ID_NUMBER) };

export const TICKET: QueueTicket = {
  number: 'A012',
  servicePointId: 'sp-fenkou-village',
  queuedAt: '2026-05-10T01:00:00Z',
  calledAt: '2026-05-10T01:12:00Z',
  status: 'CALLED',
  handlingIds: [],
};

export function formProps(code: string, name: string, overrides: Partial<ItemFormProps> = {}): ItemFormProps {
  return {
    item: { code, name },
    servicePointId: 'sp-fenkou-village',
    servicePointName: '汾口镇新联村便民服务点',
    person: PERSON,
    ticket: TICKET,
    onDone: vi.fn(),
    onCancel: vi.fn(),
    ...overrides,
  };
}
