import { describe, expect, it } from 'vitest';
import { fractionToPercent, percentToFraction } from './decimal';

describe('percent and fraction texts', () => {
  it('turns typed percentages into exact fractions', () => {
    expect(percentToFraction('85')).toBe('0.85');
    expect(percentToFraction('100')).toBe('1');
    expect(percentToFraction('7.5')).toBe('0.075');
    expect(percentToFraction('0')).toBe('0');
    expect(percentToFraction('12.34')).toBe('0.1234');
    expect(percentToFraction('5')).toBe('0.05');
  });

  it('shows fractions as percentages without float noise', () => {
    expect(fractionToPercent(0.85)).toBe('85');
    expect(fractionToPercent('0.075')).toBe('7.5');
    expect(fractionToPercent(1)).toBe('100');
    expect(fractionToPercent('0.1234')).toBe('12.34');
    expect(fractionToPercent(0.07)).toBe('7');
  });
});
