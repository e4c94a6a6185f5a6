import type { Handling, PersonRef, QueueTicket, Receipt } from '../../types';

/** enrollment `HandlingResponse`: the handling recorded, with the citizen's review token in the business call's answer. */
export interface HandlingResponse extends Handling {
  authorisation?: { source: 'LIVE' | 'CACHE'; stale: boolean; catalogueVersion: number; obtainedAt?: string | null } | null;
}

/** enrollment `HandledResponse<T>`: the business result and the handling that produced it. */
export interface HandledResponse<T> {
  result: T;
  handling: HandlingResponse;
}

/**
 * enrollment `HandlingInput` as the console sends it: the caller's own point, the counter channel, and the ticket's times
 * (taken and called through the queue, never typed).
 */
export interface HandlingInput {
  servicePointId: string;
  channel: 'COUNTER';
  queuedAt: string;
  startedAt: string;
}

export function handlingInput(ticket: QueueTicket, servicePointId: string): HandlingInput {
  if (!ticket.calledAt) throw new Error(`Ticket ${ticket.number} has not been called`);
  return { servicePointId, channel: 'COUNTER', queuedAt: ticket.queuedAt, startedAt: ticket.calledAt };
}

/** 办件回执 for a recorded handling: the handling (with its review token), what was done, and for whom. */
export function buildReceipt(args: {
  handling: HandlingResponse;
  itemName: string;
  servicePointName: string;
  person?: PersonRef;
  lines: Receipt['lines'];
  document?: Receipt['document'];
}): Receipt {
  const handling = args.handling;
  return {
    handling: { ...handling, servicePointName: handling.servicePointName ?? args.servicePointName },
    servicePointName: args.servicePointName,
    itemName: args.itemName || handling.itemName || handling.itemCode,
    ...(args.person ? { person: args.person } : {}),
    lines: args.lines,
    ...(args.document ? { document: args.document } : {}),
  };
}
