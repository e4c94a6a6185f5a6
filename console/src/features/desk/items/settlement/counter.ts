import type { FormRule as Rule } from 'antd';
import type { MessageKey } from '../../../../i18n/catalogue';
import { checkIdNumber, maskIdNumber } from '../../../../lib/idNumber';
import { agencyToday } from '../../../../lib/time';
import type { Handling, ItemFormProps, PersonRef, QueueTicket } from '../../types';

/**
 * The counter times settlement-service requires of counter business (HandlingDesk): the ticket's 取号 time as queuedAt and
 * its 叫号 time as startedAt — never typed, never the browser's clock.
 */
export function counterTimes(ticket: QueueTicket): { queuedAt: string; startedAt?: string } {
  return { queuedAt: ticket.queuedAt, ...(ticket.calledAt ? { startedAt: ticket.calledAt } : {}) };
}

/** What settlement-service's answers do not repeat of a counter handling, taken from what was sent and who sent it. */
export interface HandlingContext {
  props: Pick<ItemFormProps, 'item' | 'servicePointId' | 'servicePointName' | 'ticket'>;
  operator: string;
}

/**
 * The handling for the receipt: the one the answer carries when it does (settlement-service's HandlingResponse, with the
 * point's name and the review token), with what the desk knows filling its gaps.
 */
export function receiptHandling(ctx: HandlingContext, server: Handling, reviewToken?: string | null): Handling {
  const { props } = ctx;
  return {
    ...server,
    servicePointName: server.servicePointName ?? props.servicePointName,
    itemName: server.itemName ?? (server.itemCode === props.item.code ? props.item.name : null),
    reviewToken: server.reviewToken ?? reviewToken ?? null,
  };
}

/**
 * A settlement handling for the receipt from an answer without one: settlement-service stores the queue and start times it
 * was sent, and completes the handling at the instant it records the business (a filing's createdAt, a reimbursement's
 * settledAt).
 */
export function counterHandling(
  ctx: HandlingContext,
  fields: { handlingId: string; itemCode: string; itemName?: string | null; completedAt: string; personId: string; operator?: string | null; servicePointId?: string | null; channel?: string | null; reviewToken?: string | null },
): Handling {
  const { props } = ctx;
  const times = counterTimes(props.ticket);
  return {
    handlingId: fields.handlingId,
    itemCode: fields.itemCode,
    itemName: fields.itemName ?? (fields.itemCode === props.item.code ? props.item.name : null),
    servicePointId: fields.servicePointId ?? props.servicePointId,
    servicePointName: props.servicePointName,
    operator: fields.operator ?? ctx.operator,
    channel: fields.channel ?? 'COUNTER',
    queuedAt: times.queuedAt,
    startedAt: times.startedAt ?? null,
    completedAt: fields.completedAt,
    completedOn: agencyToday(new Date(fields.completedAt)),
    personId: fields.personId,
    outcome: 'COMPLETED',
    reviewToken: fields.reviewToken ?? null,
  };
}

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The resident ID number the settlement API needs (it never takes a person id): GB 11643 as the service checks it, and the
 * same person the desk found — the masked form must match (the first six and last four characters).
 */
export function idNumberRules(t: Translate, person: PersonRef | undefined): Rule[] {
  return [
    { required: true, whitespace: true, message: t('settlementItems.idNumber.required') },
    {
      validator: async (_rule, value: unknown) => {
        const text = typeof value === 'string' ? value.trim().toUpperCase() : '';
        if (!text) return;
        const check = checkIdNumber(text);
        if (!check.valid) throw new Error(t('settlementItems.idNumber.invalid'));
        if (person && maskIdNumber(text) !== person.maskedIdNumber.toUpperCase()) {
          throw new Error(t('settlementItems.idNumber.otherPerson', { masked: person.maskedIdNumber }));
        }
      },
    },
  ];
}

/** Six-digit administrative-area code (RegionCode.PATTERN). */
export function regionRules(t: Translate): Rule[] {
  return [
    { required: true, message: t('settlementItems.region.required') },
    { pattern: /^\d{6}$/, message: t('settlementItems.region.pattern') },
  ];
}
