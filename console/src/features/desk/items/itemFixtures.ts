import type { CatalogueTree, PointItemsResponse } from './usePointItems';

/** Test data: a village station's items as site-registry lists them, and the catalogue tree naming their groups. */
export const POINT_ITEMS: PointItemsResponse = {
  servicePointId: 'sp-fenkou-village',
  servicePointName: '汾口镇汾口村服务站',
  type: 'VILLAGE_STATION',
  level: 'VILLAGE',
  status: 'ACTIVE',
  catalogueVersion: 3,
  reason: null,
  items: [
    { code: 'ENR-02', name: '城乡居民参保登记', mainItemCode: 'ENR', timeLimitWorkingDays: 0, instant: true, onlineCapable: true },
    { code: 'PAY-01', name: '城乡居民参保缴费', mainItemCode: 'PAY', timeLimitWorkingDays: 0, instant: true, onlineCapable: true },
    { code: 'CHR-02', name: '门诊慢特病定点医疗机构变更', mainItemCode: 'CHR', timeLimitWorkingDays: 0, instant: true, onlineCapable: true },
    { code: 'QRY-01', name: '参保信息查询', mainItemCode: 'QRY', timeLimitWorkingDays: 0, instant: true, onlineCapable: true },
  ],
};

export const CATALOGUE: CatalogueTree = {
  version: 3,
  categories: [
    { code: 'C01', name: '参保登记与缴费', mainItems: [{ code: 'ENR', name: '参保登记' }, { code: 'PAY', name: '参保缴费' }] },
    { code: 'C02', name: '参保信息查询与关系转移接续', mainItems: [{ code: 'QRY', name: '参保信息查询和个人权益记录打印' }] },
    { code: 'C04', name: '医疗保障待遇', mainItems: [{ code: 'CHR', name: '门诊慢特病病种待遇认定' }] },
  ],
};
