import type { QueueTicket } from '../types';
import { agencyToday } from '../../../lib/time';

/** Why a queue operation was refused; the desk shows `desk.queue.error.<code>`. */
export type TicketErrorCode = 'not-found' | 'already-serving' | 'not-called' | 'closed';

export class TicketError extends Error {
  readonly code: TicketErrorCode;

  constructor(code: TicketErrorCode, message: string) {
    super(message);
    this.name = 'TicketError';
    this.code = code;
  }
}

/**
 * 取号/叫号 — the queue of one service point on the agency's today. The times are the system's, never typed: queuedAt when
 * the ticket is taken, calledAt when it is called; a handling sends them as its queuedAt/startedAt.
 *
 * Asynchronous on purpose: the platform's ticket API will replace the browser-local implementation behind the same interface
 * (see `useTicketStore`).
 */
export interface TicketStore {
  /** Today's tickets of the point, in the order they were taken. */
  list(servicePointId: string): Promise<QueueTicket[]>;
  /** A new ticket (A001, A002, … per point and day), waiting. */
  take(servicePointId: string): Promise<QueueTicket>;
  /** Calls the longest-waiting ticket; undefined when nobody waits. Refused while another ticket is being served. */
  callNext(servicePointId: string): Promise<QueueTicket | undefined>;
  /** 办结 — the citizen is done. */
  finish(servicePointId: string, number: string): Promise<QueueTicket>;
  /** 过号 — the citizen did not come (waiting or called, nothing handled yet). */
  abandon(servicePointId: string, number: string): Promise<QueueTicket>;
  /** Notes a handling recorded for the called ticket. */
  recordHandling(servicePointId: string, number: string, handlingId: string): Promise<QueueTicket>;
}

const PREFIX = 'chs.console.queue.v1.';

/** `A001`: one letter and at least three digits. */
export function ticketNumber(sequence: number): string {
  return `A${String(sequence).padStart(3, '0')}`;
}

function isTicket(value: unknown): value is QueueTicket {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<QueueTicket>;
  return typeof v.number === 'string' && typeof v.queuedAt === 'string' && typeof v.status === 'string' && Array.isArray(v.handlingIds);
}

/**
 * The tickets kept in the browser's storage, one entry per point and day (the ticket API of the platform does not exist yet).
 * Entries of other days of the same point are removed on the next change, so yesterday's queue never comes back.
 */
export function localTicketStore(storage: Storage, now: () => Date = () => new Date()): TicketStore {
  const keyOf = (servicePointId: string, day: string) => `${PREFIX}${servicePointId}.${day}`;

  function read(servicePointId: string): QueueTicket[] {
    const raw = storage.getItem(keyOf(servicePointId, agencyToday(now())));
    if (!raw) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? parsed.filter(isTicket) : [];
    } catch {
      return [];
    }
  }

  function write(servicePointId: string, tickets: QueueTicket[]): void {
    const key = keyOf(servicePointId, agencyToday(now()));
    const stale: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const other = storage.key(i);
      if (other && other !== key && other.startsWith(`${PREFIX}${servicePointId}.`)) stale.push(other);
    }
    stale.forEach((other) => storage.removeItem(other));
    storage.setItem(key, JSON.stringify(tickets));
  }

  function update(servicePointId: string, number: string, change: (ticket: QueueTicket) => QueueTicket): QueueTicket {
    const tickets = read(servicePointId);
    const index = tickets.findIndex((t) => t.number === number);
    const ticket = tickets[index];
    if (!ticket) throw new TicketError('not-found', `No ticket ${number} today at ${servicePointId}`);
    const changed = change(ticket);
    tickets[index] = changed;
    write(servicePointId, tickets);
    return changed;
  }

  return {
    list: async (servicePointId) => read(servicePointId),

    take: async (servicePointId) => {
      const tickets = read(servicePointId);
      const ticket: QueueTicket = {
        number: ticketNumber(tickets.length + 1),
        servicePointId,
        queuedAt: now().toISOString(),
        status: 'WAITING',
        handlingIds: [],
      };
      write(servicePointId, [...tickets, ticket]);
      return ticket;
    },

    callNext: async (servicePointId) => {
      const tickets = read(servicePointId);
      const serving = tickets.find((t) => t.status === 'CALLED');
      if (serving) throw new TicketError('already-serving', `Ticket ${serving.number} is still being served`);
      const next = tickets
        .filter((t) => t.status === 'WAITING')
        .sort((a, b) => a.queuedAt.localeCompare(b.queuedAt) || a.number.localeCompare(b.number))[0];
      if (!next) return undefined;
      return update(servicePointId, next.number, (t) => ({ ...t, status: 'CALLED', calledAt: now().toISOString() }));
    },

    finish: async (servicePointId, number) =>
      update(servicePointId, number, (t) => {
        if (t.status !== 'CALLED') throw new TicketError('not-called', `Ticket ${number} is ${t.status}, not being served`);
        return { ...t, status: 'DONE' };
      }),

    abandon: async (servicePointId, number) =>
      update(servicePointId, number, (t) => {
        if (t.status !== 'WAITING' && t.status !== 'CALLED') throw new TicketError('closed', `Ticket ${number} is already ${t.status}`);
        if (t.handlingIds.length > 0) throw new TicketError('closed', `Ticket ${number} has handlings; finish it instead`);
        return { ...t, status: 'ABANDONED' };
      }),

    recordHandling: async (servicePointId, number, handlingId) =>
      update(servicePointId, number, (t) => {
        if (t.status !== 'CALLED') throw new TicketError('not-called', `Ticket ${number} is ${t.status}, not being served`);
        return t.handlingIds.includes(handlingId) ? t : { ...t, handlingIds: [...t.handlingIds, handlingId] };
      }),
  };
}
