import { describe, expect, it } from 'vitest';
import { diffCatalogues } from './diff';
import { V1, V2 } from './testFixtures';

describe('diffCatalogues', () => {
  it('names the entries added and removed, and each changed field before and after', () => {
    const diff = diffCatalogues(V1, V2);
    expect(diff.from).toBe(1);
    expect(diff.to).toBe(2);
    expect(diff.added.map((e) => e.code)).toEqual(['ENR-04']);
    expect(diff.removed.map((e) => e.code)).toEqual(['ENR-02']);
    expect(diff.changed).toEqual([
      {
        code: 'ENR-01',
        name: '职工参保登记',
        kind: 'SUB_ITEM',
        fields: [
          { field: 'materials', before: ['身份证'], after: ['身份证', '劳动合同'] },
          { field: 'handlingLevels', before: ['COUNTY', 'TOWNSHIP'], after: ['TOWNSHIP', 'COUNTY', 'BANK'] },
        ],
      },
    ]);
  });

  it('treats handling levels as a set: the same levels in another order are no change', () => {
    const reordered = structuredClone(V1);
    reordered.version = 3;
    reordered.categories[0]!.mainItems[0]!.subItems[0]!.handlingLevels = ['TOWNSHIP', 'COUNTY'];
    const diff = diffCatalogues(V1, reordered);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([]);
  });
});
