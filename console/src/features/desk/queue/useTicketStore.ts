import { localTicketStore, type TicketStore } from './ticketStore';

let browserStore: TicketStore | undefined;

/**
 * The queue the desk works with. Today the tickets live in this browser (per point and day); when the platform's ticket API
 * exists, this is the one place to change: return a store that calls it (e.g. built from `useApi()`).
 */
export function useTicketStore(): TicketStore {
  browserStore ??= localTicketStore(window.localStorage);
  return browserStore;
}
