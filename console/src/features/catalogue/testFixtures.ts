import type { CatalogueTree, Item } from './model';

export function item(overrides: Partial<Item> = {}): Item {
  return {
    code: 'ENR-01',
    name: '职工参保登记',
    mainItemCode: 'ENR',
    materials: ['身份证'],
    timeLimitWorkingDays: 0,
    instant: true,
    onlineCapable: true,
    legalBasis: '《中华人民共和国社会保险法》',
    handlingLevels: ['COUNTY', 'TOWNSHIP'],
    ...overrides,
  };
}

export function tree(version: number, items: Item[], extraMain: { code: string; name: string; subItems: Item[] }[] = []): CatalogueTree {
  return {
    version,
    countyListSize: items.length + extraMain.reduce((n, m) => n + m.subItems.length, 0),
    categories: [{ code: 'C01', name: '参保登记类', mainItems: [{ code: 'ENR', name: '参保登记', subItems: items }, ...extraMain] }],
  };
}

/** v1: ENR-01, ENR-02, QRY-01; v2: ENR-01 delegated to banks too and its materials changed, ENR-02 removed, ENR-04 added. */
export const V1 = tree(1, [item(), item({ code: 'ENR-02', name: '城乡居民参保登记' })], [{ code: 'QRY', name: '查询', subItems: [item({ code: 'QRY-01', name: '参保信息查询', mainItemCode: 'QRY' })] }]);
export const V2 = tree(
  2,
  [
    item({ handlingLevels: ['TOWNSHIP', 'COUNTY', 'BANK'], materials: ['身份证', '劳动合同'] }),
    item({ code: 'ENR-04', name: '港澳台居民参保登记', instant: false, timeLimitWorkingDays: 5 }),
  ],
  [{ code: 'QRY', name: '查询', subItems: [item({ code: 'QRY-01', name: '参保信息查询', mainItemCode: 'QRY' })] }],
);
