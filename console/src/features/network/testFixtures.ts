import type { Area, CoverageReport, ServicePoint } from './model';

export const COUNTY: Area = {
  code: '330127', name: '淳安县', level: 'COUNTY', parentCode: '3301', population: 460000, centroid: { latitude: 29.6, longitude: 119.0 }, urbanKeyArea: false, version: 0,
};

export const TOWNSHIPS: Area[] = [
  { code: '330127100', name: '千岛湖镇', level: 'TOWNSHIP', parentCode: '330127', population: 120000, centroid: { latitude: 29.6, longitude: 119.04 }, urbanKeyArea: true, version: 0 },
  { code: '330127107', name: '汾口镇', level: 'TOWNSHIP', parentCode: '330127', population: 35000, centroid: { latitude: 29.6, longitude: 118.6 }, urbanKeyArea: false, version: 0 },
];

export const VILLAGES: Area[] = [
  { code: '330127107201', name: '赋溪村', level: 'VILLAGE', parentCode: '330127107', population: 2100, centroid: { latitude: 29.61, longitude: 118.62 }, urbanKeyArea: false, version: 0 },
];

export function point(overrides: Partial<ServicePoint> = {}): ServicePoint {
  return {
    id: 'sp-fenkou-township',
    type: 'TOWNSHIP_STATION',
    areaCode: '330127107',
    name: '汾口镇便民服务中心医保窗口',
    address: '汾口镇汾口大道1号',
    location: { latitude: 29.6, longitude: 118.6 },
    partner: null,
    floorAreaSquareMetres: 160.5,
    staffCount: 3,
    selfServiceMachines: 2,
    zones: ['GUIDANCE_CONSULTATION', 'SELF_SERVICE'],
    openingHours: [{ days: ['MONDAY', 'TUESDAY'], opens: '08:30:00', closes: '17:00:00' }],
    status: 'ACTIVE',
    statusHistory: [{ from: null, to: 'ACTIVE', reason: '登记', by: 'admin', at: '2026-05-01T01:00:00Z' }],
    version: 2,
    ...overrides,
  };
}

export function coverageReport(overrides: Partial<CoverageReport> = {}): CoverageReport {
  return {
    countyCode: '330127',
    countyName: '淳安县',
    travelModel: { formula: 'minutes = haversine km × detourFactor ÷ speed km/h × 60', detourFactor: 1.4, ruralSpeedKmh: 30, urbanSpeedKmh: 20, countyWideMinutes: 30, urbanKeyAreaMinutes: 15 },
    activePoints: 17,
    villages: 71,
    coveredVillages: 52,
    villageSharePercent: 73.24,
    population: 460000,
    coveredPopulation: 368460,
    populationSharePercent: 80.1,
    urbanKeyAreaVillages: 5,
    coveredUrbanKeyAreaVillages: 4,
    villageDetails: [
      { code: '330127108201', name: '大墅村', townshipCode: '330127108', population: 1800, urbanKeyArea: false, circleMinutes: 30, covered: false, nearestPointId: 'sp-fenkou-township', nearestPointName: '汾口镇便民服务中心医保窗口', nearestPointType: 'TOWNSHIP_STATION', distanceKm: 22.4, travelMinutes: 62.7 },
      { code: '330127100205', name: '进贤村', townshipCode: '330127100', population: 1500, urbanKeyArea: true, circleMinutes: 15, covered: false, nearestPointId: 'sp-bank-icbc-qiandaohu', nearestPointName: '工商银行千岛湖支行', nearestPointType: 'BANK_BRANCH', distanceKm: 4.1, travelMinutes: 17.2 },
      { code: '330127107201', name: '赋溪村', townshipCode: '330127107', population: 2100, urbanKeyArea: false, circleMinutes: 30, covered: true, nearestPointId: 'sp-fenkou-village', nearestPointName: '赋溪村服务站', nearestPointType: 'VILLAGE_STATION', distanceKm: 0.2, travelMinutes: 0.6 },
    ],
    ...overrides,
  };
}

export const AGENCY_ADMIN = { username: 'admin', displayName: '管理员', roles: ['agency-admin' as const] };
