import { describe, expect, it } from 'vitest';
import { billTotal, checkDecimal, formatRatio, formatYuan, lineAmount, QUANTITY_RULE, UNIT_PRICE_RULE } from './money';

describe('money', () => {
  it('checks decimals as BillLineRequest does', () => {
    expect(checkDecimal('250.00', UNIT_PRICE_RULE)).toBeUndefined();
    expect(checkDecimal('0', UNIT_PRICE_RULE)).toBeUndefined();
    expect(checkDecimal('0.0350', UNIT_PRICE_RULE)).toBeUndefined();
    expect(checkDecimal('-1', UNIT_PRICE_RULE)).toBe('format');
    expect(checkDecimal('1e3', UNIT_PRICE_RULE)).toBe('format');
    expect(checkDecimal('1.', UNIT_PRICE_RULE)).toBe('format');
    expect(checkDecimal('1.23456', UNIT_PRICE_RULE)).toBe('fractionDigits');
    expect(checkDecimal('12345678901', UNIT_PRICE_RULE)).toBe('integerDigits');
    expect(checkDecimal('0001234567890', UNIT_PRICE_RULE)).toBeUndefined();
    expect(checkDecimal('0', QUANTITY_RULE)).toBe('notPositive');
    expect(checkDecimal('0.000', QUANTITY_RULE)).toBe('notPositive');
    expect(checkDecimal('0.0001', QUANTITY_RULE)).toBeUndefined();
    expect(checkDecimal('1234567890', QUANTITY_RULE)).toBe('integerDigits');
  });

  it('multiplies exactly and rounds HALF_UP to the fen once', () => {
    expect(lineAmount('4', '250.00')).toBe('1000.00');
    expect(lineAmount('3', '0.1005')).toBe('0.30');
    expect(lineAmount('0.5', '0.01')).toBe('0.01');
    expect(lineAmount('0', '1')).toBeUndefined();
    expect(billTotal([{ quantity: '3', unitPrice: '0.1005' }, { quantity: '1', unitPrice: '0.0035' }])).toBe('0.31');
    expect(billTotal([{ quantity: '0.1', unitPrice: '0.2' }, { quantity: '0.2', unitPrice: '0.1' }])).toBe('0.04');
    // 999 999 999 × 9 999 999 999.9999 = 9 999 999 989 999 900 000.0001, beyond a double's precision
    expect(billTotal([{ quantity: '999999999', unitPrice: '9999999999.9999' }])).toBe('9999999989999900000.00');
    expect(billTotal([{ quantity: '1' }])).toBeUndefined();
  });

  it('formats the service’s amounts and ratios', () => {
    expect(formatYuan(1955)).toBe('¥1,955.00');
    expect(formatYuan('0.5')).toBe('¥0.50');
    expect(formatYuan(null)).toBe('—');
    expect(formatRatio(0.75)).toBe('75%');
    expect(formatRatio(0.575)).toBe('57.5%');
  });
});
