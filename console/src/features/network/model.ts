/** site-registry-service's service network as its API answers it (AreaResponse, ServicePointResponse, CoverageReportResponse). */

export const REGISTRY = '/api/registry';
export const AREAS_PATH = `${REGISTRY}/areas`;
export const POINTS_PATH = `${REGISTRY}/service-points`;
export const COVERAGE_PATH = `${REGISTRY}/reports/coverage`;

export const areaPath = (code: string) => `${AREAS_PATH}/${encodeURIComponent(code)}`;
export const pointPath = (id: string) => `${POINTS_PATH}/${encodeURIComponent(id)}`;

export type AreaLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';

export interface Coordinates {
  latitude: number;
  longitude: number;
}

export interface Area {
  code: string;
  name: string;
  level: AreaLevel;
  parentCode?: string | null;
  population: number;
  centroid?: Coordinates | null;
  urbanKeyArea: boolean;
  version: number;
}

export const POINT_TYPES = ['COUNTY_HALL', 'TOWNSHIP_STATION', 'VILLAGE_STATION', 'COMMUNITY_STATION', 'BANK_BRANCH', 'HOSPITAL_WINDOW'] as const;
export type PointType = (typeof POINT_TYPES)[number];
export const POINT_STATUSES = ['ACTIVE', 'SUSPENDED', 'CLOSED'] as const;
export type PointStatus = (typeof POINT_STATUSES)[number];
export const ZONES = ['GUIDANCE_CONSULTATION', 'SELF_SERVICE', 'QUEUE_CALLING', 'COUNTER_ACCEPTANCE', 'WAITING_REST', 'MULTIMEDIA'] as const;
export type Zone = (typeof ZONES)[number];
export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Day = (typeof DAYS)[number];
export type PartnerKind = 'BANK' | 'HOSPITAL';

/** The partner a type needs (ServicePointType.partnerKind): banks and hospitals run their points, the agency the rest. */
export function partnerKindOf(type: PointType | undefined): PartnerKind | undefined {
  return type === 'BANK_BRANCH' ? 'BANK' : type === 'HOSPITAL_WINDOW' ? 'HOSPITAL' : undefined;
}

export interface OpeningPeriod {
  days: Day[];
  /** LocalTime, "08:30" or "08:30:00" */
  opens: string;
  closes: string;
}

export interface Partner {
  kind: PartnerKind;
  name: string;
  institutionId?: string | null;
}

export interface StatusChange {
  from?: PointStatus | null;
  to: PointStatus;
  reason: string;
  by?: string | null;
  at: string;
}

export interface ServicePoint {
  id: string;
  type: PointType;
  areaCode: string;
  name: string;
  address: string;
  location?: Coordinates | null;
  partner?: Partner | null;
  floorAreaSquareMetres: number;
  staffCount: number;
  selfServiceMachines: number;
  zones?: Zone[] | null;
  openingHours?: OpeningPeriod[] | null;
  status: PointStatus;
  statusHistory?: StatusChange[] | null;
  version: number;
  lastModifiedBy?: string | null;
  lastModifiedAt?: string | null;
}

export interface CoverageVillage {
  code: string;
  name: string;
  townshipCode: string;
  population: number;
  urbanKeyArea: boolean;
  circleMinutes: number;
  covered: boolean;
  nearestPointId?: string | null;
  nearestPointName?: string | null;
  nearestPointType?: PointType | null;
  distanceKm?: number | null;
  travelMinutes?: number | null;
}

export interface CoverageReport {
  countyCode: string;
  countyName: string;
  travelModel: {
    formula: string;
    detourFactor: number;
    ruralSpeedKmh: number;
    urbanSpeedKmh: number;
    countyWideMinutes: number;
    urbanKeyAreaMinutes: number;
  };
  activePoints: number;
  villages: number;
  coveredVillages: number;
  villageSharePercent: number;
  population: number;
  coveredPopulation: number;
  populationSharePercent: number;
  urbanKeyAreaVillages: number;
  coveredUrbanKeyAreaVillages: number;
  villageDetails: CoverageVillage[];
}

/** The what-if parameters the report takes; blank ones use the service's defaults. */
export interface CoverageParams {
  detourFactor?: number | null;
  ruralSpeedKmh?: number | null;
  urbanSpeedKmh?: number | null;
  pointTypes?: PointType[];
}
