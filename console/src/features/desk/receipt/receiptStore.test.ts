import { describe, expect, it } from 'vitest';
import type { Receipt } from '../types';
import { findReceipt, reviewLink, saveReceipt } from './receiptStore';

const receipt = (token: string | null, value: string): Receipt => ({
  handling: { handlingId: 'hdl-1', itemCode: 'RMB-01', servicePointId: 'sp', operator: 'op', channel: 'COUNTER', reviewToken: token },
  servicePointName: 'p',
  itemName: '零星报销',
  lines: [{ label: 'l', value }],
});

describe('receiptStore', () => {
  it('keeps the review token of the first answer when a replay comes back without one', () => {
    saveReceipt(receipt('tok-1', 'first'));
    const saved = saveReceipt(receipt(null, 'replayed'));
    expect(saved.handling.reviewToken).toBe('tok-1');
    expect(findReceipt('hdl-1')?.handling.reviewToken).toBe('tok-1');
    expect(findReceipt('hdl-1')?.lines[0]?.value).toBe('replayed');
  });

  it('links the review page with the handling id and token', () => {
    expect(reviewLink('hdl 1', 'a+b/c', 'https://chs.example')).toBe('https://chs.example/console/review?h=hdl%201&t=a%2Bb%2Fc');
  });
});
