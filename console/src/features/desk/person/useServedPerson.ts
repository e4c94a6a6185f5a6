import { useState } from 'react';
import type { QueueTicket } from '../types';
import type { Person } from './personApi';

const KEY = 'chs.console.desk.served-person';

interface Stored {
  personId: string;
  /** The ticket the person was found for; absent when found before a ticket was called. */
  ticket?: string;
}

const ticketKey = (ticket: QueueTicket | undefined) => (ticket ? `${ticket.servicePointId}|${ticket.number}|${ticket.queuedAt}` : undefined);

function read(): Stored | undefined {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    return parsed && typeof parsed === 'object' && typeof (parsed as Stored).personId === 'string' ? (parsed as Stored) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The person being served at the desk, kept for the tab's session (only the person id) so the clerk comes back from a
 * receipt to the same citizen. A person found for one ticket is not carried over to the next ticket.
 */
export function useServedPerson(ticket: QueueTicket | undefined) {
  const [stored, setStored] = useState<Stored | undefined>(read);
  const [initial, setInitial] = useState<Person>();
  const key = ticketKey(ticket);
  const current = stored && (!stored.ticket || stored.ticket === key) ? stored : undefined;

  const store = (next: Stored | undefined) => {
    setStored(next);
    if (next) sessionStorage.setItem(KEY, JSON.stringify(next));
    else sessionStorage.removeItem(KEY);
  };

  return {
    personId: current?.personId,
    initial: current && initial?.personId === current.personId ? initial : undefined,
    select: (person: Person | { personId: string }) => {
      setInitial('maskedIdNumber' in person ? person : undefined);
      store({ personId: person.personId, ...(key ? { ticket: key } : {}) });
    },
    clear: () => {
      setInitial(undefined);
      store(undefined);
    },
  };
}
