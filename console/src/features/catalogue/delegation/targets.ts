import type { HandlingLevel } from '../model';

/**
 * The plan's delegation figures for 2022 (DOMAIN §2.2, [004 L35, L43]): 16 items delegated to townships, 10 to villages and
 * communities, 15 entrusted to partner banks. The counts they are compared with come from the registry
 * (GET /catalogue/items?level=…&version=<the report's version>), never from the console.
 */
export const PLAN_TARGETS: readonly { level: HandlingLevel; items: number }[] = [
  { level: 'TOWNSHIP', items: 16 },
  { level: 'VILLAGE', items: 10 },
  { level: 'BANK', items: 15 },
];
