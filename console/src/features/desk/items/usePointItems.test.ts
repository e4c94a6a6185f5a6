import { describe, expect, it } from 'vitest';
import { groupItems, toAuthorisedItem } from './usePointItems';
import { CATALOGUE, POINT_ITEMS } from './itemFixtures';

describe('groupItems', () => {
  it('groups by category and main item in catalogue order', () => {
    const groups = groupItems(POINT_ITEMS.items.map(toAuthorisedItem), CATALOGUE);
    expect(groups.map((g) => g.name)).toEqual(['参保登记与缴费', '参保信息查询与关系转移接续', '医疗保障待遇']);
  });
});
