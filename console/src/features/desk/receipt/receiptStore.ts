import type { Receipt } from '../types';

const KEY = 'chs.console.receipts';
const KEEP = 50;

/**
 * Receipts of this browser session, newest first, so a receipt can be printed again. The review token is shown only on
 * the receipt (the services keep its hash), so it lives in session storage and is gone when the tab closes.
 */
export function saveReceipt(receipt: Receipt, storage: Storage = sessionStorage): void {
  const all = loadReceipts(storage).filter((r) => r.handling.handlingId !== receipt.handling.handlingId);
  storage.setItem(KEY, JSON.stringify([receipt, ...all].slice(0, KEEP)));
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
