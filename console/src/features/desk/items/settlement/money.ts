import type { Decimal } from './settlementApi';

/** Why a decimal text breaks the API's rule (@Positive / @DecimalMin("0") with @Digits(integer, fraction)). */
export type DecimalProblem = 'format' | 'integerDigits' | 'fractionDigits' | 'notPositive';

export interface DecimalRule {
  integer: number;
  fraction: number;
  /** true: must be greater than 0 (quantity); false: 0 or more (unit price). */
  positive: boolean;
}

/** BillLineRequest.quantity: @Positive @Digits(integer = 9, fraction = 4). */
export const QUANTITY_RULE: DecimalRule = { integer: 9, fraction: 4, positive: true };
/** BillLineRequest.unitPrice: @DecimalMin("0") @Digits(integer = 10, fraction = 4), yuan. */
export const UNIT_PRICE_RULE: DecimalRule = { integer: 10, fraction: 4, positive: false };

export function checkDecimal(text: string, rule: DecimalRule): DecimalProblem | undefined {
  const value = text.trim();
  const match = /^(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) return 'format';
  const integer = (match[1] ?? '').replace(/^0+(?=\d)/, '');
  const fraction = match[2] ?? '';
  if (integer.length > rule.integer) return 'integerDigits';
  if (fraction.length > rule.fraction) return 'fractionDigits';
  if (rule.positive && /^[0.]*$/.test(value)) return 'notPositive';
  return undefined;
}

const SCALE = 4;

/** A non-negative decimal text as an exact integer of 1/10 000. */
function scaled(text: string): bigint {
  const [integer = '0', fraction = ''] = text.trim().split('.');
  return BigInt(integer || '0') * 10n ** BigInt(SCALE) + BigInt((fraction + '0000').slice(0, SCALE));
}

/** An exact amount of 1/10^scale yuan, rounded HALF_UP to the fen, as "1234.56". */
function toFen(value: bigint, scale: number): string {
  const divisor = 10n ** BigInt(scale - 2);
  const fen = (value + divisor / 2n) / divisor;
  const yuan = fen / 100n;
  const cents = (fen % 100n).toString().padStart(2, '0');
  return `${yuan}.${cents}`;
}

/** quantity × unit price, exact, rounded to the fen once at the end (as the service rounds named amounts). */
export function lineAmount(quantity: string, unitPrice: string): string | undefined {
  if (checkDecimal(quantity, QUANTITY_RULE) || checkDecimal(unitPrice, UNIT_PRICE_RULE)) return undefined;
  return toFen(scaled(quantity) * scaled(unitPrice), SCALE * 2);
}

/** Σ of exact line amounts, rounded once: the bill total the service will compute. Undefined while a line is incomplete. */
export function billTotal(lines: readonly { quantity?: string; unitPrice?: string }[]): string | undefined {
  let sum = 0n;
  for (const line of lines) {
    const quantity = line.quantity ?? '';
    const unitPrice = line.unitPrice ?? '';
    if (checkDecimal(quantity, QUANTITY_RULE) || checkDecimal(unitPrice, UNIT_PRICE_RULE)) return undefined;
    sum += scaled(quantity) * scaled(unitPrice);
  }
  return toFen(sum, SCALE * 2);
}

/** ¥1,955.00 — a yuan amount as the service returned it. */
export function formatYuan(value: Decimal | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return String(value);
  return `¥${n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** 0.85 → 85% (the service's ratio is a fraction). */
export function formatRatio(value: Decimal | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? `${Math.round(n * 10000) / 100}%` : String(value);
}
