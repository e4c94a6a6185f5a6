import type { CatalogueTree, EntryKind, HandlingLevel } from './model';

/** One entry of a version, whatever its kind; handling fields on sub-items only. */
export interface FlatEntry {
  code: string;
  name: string;
  kind: EntryKind;
  parentCode: string | null;
  materials?: string[];
  timeLimitWorkingDays?: number;
  instant?: boolean;
  onlineCapable?: boolean;
  legalBasis?: string;
  handlingLevels?: HandlingLevel[];
}

export const COMPARED_FIELDS = ['name', 'parentCode', 'materials', 'timeLimitWorkingDays', 'instant', 'onlineCapable', 'legalBasis', 'handlingLevels'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface FieldChange {
  field: ComparedField;
  before: FlatEntry[ComparedField];
  after: FlatEntry[ComparedField];
}

export interface ChangedEntry {
  code: string;
  name: string;
  kind: EntryKind;
  fields: FieldChange[];
}

export interface CatalogueDiff {
  from: number;
  to: number;
  added: FlatEntry[];
  removed: FlatEntry[];
  changed: ChangedEntry[];
}

/** Category → main item → sub-item, flattened in the tree's order. */
export function flatten(tree: CatalogueTree): FlatEntry[] {
  const entries: FlatEntry[] = [];
  for (const category of tree.categories) {
    entries.push({ code: category.code, name: category.name, kind: 'CATEGORY', parentCode: null });
    for (const main of category.mainItems) {
      entries.push({ code: main.code, name: main.name, kind: 'MAIN_ITEM', parentCode: category.code });
      for (const item of main.subItems) {
        entries.push({
          code: item.code,
          name: item.name,
          kind: 'SUB_ITEM',
          parentCode: main.code,
          materials: item.materials,
          timeLimitWorkingDays: item.timeLimitWorkingDays,
          instant: item.instant,
          onlineCapable: item.onlineCapable,
          legalBasis: item.legalBasis,
          handlingLevels: item.handlingLevels,
        });
      }
    }
  }
  return entries;
}

function comparable(field: ComparedField, value: FlatEntry[ComparedField]): string {
  if (value === undefined || value === null) return '';
  // Handling levels are a set (the API answers a Set); materials are a list, order kept.
  if (field === 'handlingLevels' && Array.isArray(value)) return JSON.stringify([...value].sort());
  return JSON.stringify(value);
}

/** What changed from one version to another: entries added, removed, and changed with each changed field before and after. */
export function diffCatalogues(from: CatalogueTree, to: CatalogueTree): CatalogueDiff {
  const before = new Map(flatten(from).map((e) => [e.code, e]));
  const after = flatten(to);
  const afterCodes = new Set(after.map((e) => e.code));
  const added: FlatEntry[] = [];
  const changed: ChangedEntry[] = [];
  for (const entry of after) {
    const old = before.get(entry.code);
    if (!old) {
      added.push(entry);
      continue;
    }
    const fields = COMPARED_FIELDS.filter((f) => comparable(f, old[f]) !== comparable(f, entry[f])).map((f) => ({ field: f, before: old[f], after: entry[f] }));
    if (fields.length > 0) changed.push({ code: entry.code, name: entry.name, kind: entry.kind, fields });
  }
  const removed = [...before.values()].filter((e) => !afterCodes.has(e.code));
  return { from: from.version, to: to.version, added, removed, changed };
}
