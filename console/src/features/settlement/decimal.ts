import type { FormRule } from 'antd';

/**
 * A decimal typed as text and sent as the JSON number the server reads into a BigDecimal: digits with at most `fraction`
 * decimals (the API's @Digits), at least `min` and at most `max` (its @DecimalMin/@DecimalMax).
 */
export function decimalRule(message: string, { fraction, min = 0, max, exclusiveMin = false }: { fraction: number; min?: number; max?: number; exclusiveMin?: boolean }): FormRule {
  const pattern = new RegExp(`^\\d{1,14}(\\.\\d{1,${fraction}})?$`);
  return {
    validator: async (_rule, value: unknown) => {
      const text = typeof value === 'string' ? value.trim() : value === undefined || value === null ? '' : String(value);
      if (!text) return;
      const n = Number(text);
      if (!pattern.test(text) || n < min || (exclusiveMin && n === min) || (max !== undefined && n > max)) throw new Error(message);
    },
  };
}

/** "85" (percent, as typed) → 0.85 exactly, as a decimal text: no binary-float arithmetic on the way. */
export function percentToFraction(percent: string): string {
  const [integer = '0', fraction = ''] = percent.trim().split('.');
  const digits = (integer.replace(/^0+(?=\d)/, '') || '0').padStart(3, '0') + fraction;
  const whole = digits.slice(0, digits.length - fraction.length - 2).replace(/^0+(?=\d)/, '') || '0';
  const rest = (digits.slice(digits.length - fraction.length - 2)).replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}

/** 0.85 → "85" (percent to show in a form), exactly. */
export function fractionToPercent(value: number | string): string {
  const text = String(value);
  const [integer = '0', fraction = ''] = text.split('.');
  const padded = fraction.padEnd(2, '0');
  const whole = (integer + padded.slice(0, 2)).replace(/^0+(?=\d)/, '') || '0';
  const rest = padded.slice(2).replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}
