/** site-registry-service's service-item list as its API answers it (CatalogueResponses, DelegationReportResponse). */

export const CATALOGUE_PATH = '/api/registry/catalogue';
export const VERSIONS_PATH = `${CATALOGUE_PATH}/versions`;
export const ENTRIES_PATH = `${CATALOGUE_PATH}/entries`;
export const ITEMS_PATH = `${CATALOGUE_PATH}/items`;
export const DELEGATION_PATH = '/api/registry/reports/delegation';
export const entryPath = (code: string) => `${ENTRIES_PATH}/${encodeURIComponent(code)}`;

export const HANDLING_LEVELS = ['COUNTY', 'TOWNSHIP', 'VILLAGE', 'BANK', 'HOSPITAL'] as const;
export type HandlingLevel = (typeof HANDLING_LEVELS)[number];
export type EntryKind = 'CATEGORY' | 'MAIN_ITEM' | 'SUB_ITEM';

/** 子项: the handleable item. */
export interface Item {
  code: string;
  name: string;
  mainItemCode: string;
  materials: string[];
  timeLimitWorkingDays: number;
  instant: boolean;
  onlineCapable: boolean;
  legalBasis: string;
  handlingLevels: HandlingLevel[];
}

export interface MainItemNode {
  code: string;
  name: string;
  subItems: Item[];
}

export interface CategoryNode {
  code: string;
  name: string;
  mainItems: MainItemNode[];
}

export interface CatalogueTree {
  version: number;
  countyListSize: number;
  categories: CategoryNode[];
}

export interface CatalogueChange {
  type: 'SEEDED' | 'ADDED' | 'UPDATED' | 'REMOVED';
  codes: string[];
  summary: string;
}

export interface VersionSummary {
  version: number;
  previousVersion: number;
  change: CatalogueChange;
  entryCount: number;
  createdBy?: string | null;
  createdAt?: string | null;
}

export interface ChangeResponse {
  version: number;
  previousVersion: number;
  change: CatalogueChange;
}

export interface ItemList {
  version: number;
  level?: HandlingLevel | null;
  items: Item[];
}

export interface DelegationRow {
  servicePointId: string;
  name: string;
  type: string;
  areaCode: string;
  status: string;
  handleableItems: number;
  countyListSize: number;
  sharePercent: number;
  meetsRule: boolean;
}

export interface DelegationReport {
  countyCode: string;
  catalogueVersion: number;
  countyListSize: number;
  minSharePercent: number;
  pointCount: number;
  meetingRule: number;
  points: DelegationRow[];
}

/** Codes as CatalogueRules checks them. */
export const CODE_FORMATS: Record<EntryKind, RegExp> = {
  CATEGORY: /^C\d{2}$/,
  MAIN_ITEM: /^[A-Z]{3}$/,
  SUB_ITEM: /^[A-Z]{3}-\d{2}$/,
};
