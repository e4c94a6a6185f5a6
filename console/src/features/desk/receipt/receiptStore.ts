import type { Receipt } from '../types';

const KEY = 'chs.console.receipts';
const KEEP = 50;

/**
 * Receipts of this browser session, newest first, so a receipt can be printed again. The review token is shown only on
 * the receipt (the services keep its hash), so it lives in session storage and is gone when the tab closes. Returns the
 * receipt as saved: with the review token of an earlier save of the same handling when this one has none.
 */
export function saveReceipt(receipt: Receipt, storage: Storage = sessionStorage): Receipt {
  const all = loadReceipts(storage);
  const earlier = all.find((r) => r.handling.handlingId === receipt.handling.handlingId);
  // A replayed request (same idempotency key or bill number) is answered without the review token, which was given once:
  // the receipt printed the first time keeps it.
  const kept =
    !receipt.handling.reviewToken && earlier?.handling.reviewToken
      ? { ...receipt, handling: { ...receipt.handling, reviewToken: earlier.handling.reviewToken } }
      : receipt;
  const others = all.filter((r) => r.handling.handlingId !== receipt.handling.handlingId);
  storage.setItem(KEY, JSON.stringify([kept, ...others].slice(0, KEEP)));
  return kept;
}

export function loadReceipts(storage: Storage = sessionStorage): Receipt[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as Receipt[]) : [];
  } catch {
    return [];
  }
}

export function findReceipt(handlingId: string, storage: Storage = sessionStorage): Receipt | undefined {
  return loadReceipts(storage).find((r) => r.handling.handlingId === handlingId);
}

/** The citizen's 好差评 link printed as a QR code on the receipt. */
export function reviewLink(handlingId: string, token: string, origin: string = window.location.origin): string {
  return `${origin}/console/review?h=${encodeURIComponent(handlingId)}&t=${encodeURIComponent(token)}`;
}
