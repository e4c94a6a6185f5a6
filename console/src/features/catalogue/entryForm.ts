import type { EntryKind, HandlingLevel, Item } from './model';

export interface EntryFormValues {
  code?: string;
  name?: string;
  materials?: string[];
  instant?: boolean;
  timeLimitWorkingDays?: number | null;
  onlineCapable?: boolean;
  legalBasis?: string;
  handlingLevels?: HandlingLevel[];
}

/** What the dialog changes: a new entry under a parent, or an existing entry's content. */
export type EntryTarget =
  | { mode: 'add'; kind: EntryKind; parentCode: string | null }
  | { mode: 'edit'; kind: EntryKind; code: string; parentCode: string | null; item?: Item; name: string };

export const ENTRY_FIELDS = ['code', 'name', 'kind', 'parentCode', 'materials', 'timeLimitWorkingDays', 'instant', 'onlineCapable', 'legalBasis', 'handlingLevels'] as const;

/**
 * The CatalogueEntryRequest: handling fields for sub-items only (the API refuses them on categories and main items), the
 * code and place in the tree for an addition (an update keeps them).
 */
export function entryBody(target: EntryTarget, values: EntryFormValues) {
  const base = {
    code: target.mode === 'add' ? (values.code ?? '').trim() : target.code,
    name: (values.name ?? '').trim(),
    kind: target.kind,
    parentCode: target.parentCode,
  };
  if (target.kind !== 'SUB_ITEM') return base;
  return {
    ...base,
    materials: (values.materials ?? []).map((m) => m.trim()).filter(Boolean),
    timeLimitWorkingDays: values.timeLimitWorkingDays ?? null,
    instant: values.instant ?? false,
    onlineCapable: values.onlineCapable ?? false,
    legalBasis: (values.legalBasis ?? '').trim(),
    handlingLevels: values.handlingLevels ?? [],
  };
}

export function initialValues(target: EntryTarget): EntryFormValues {
  if (target.mode === 'add') {
    return target.kind === 'SUB_ITEM' ? { materials: [], instant: false, onlineCapable: false, handlingLevels: ['COUNTY'], timeLimitWorkingDays: 1 } : {};
  }
  const item = target.item;
  return item
    ? {
        name: item.name,
        materials: item.materials,
        instant: item.instant,
        timeLimitWorkingDays: item.timeLimitWorkingDays,
        onlineCapable: item.onlineCapable,
        legalBasis: item.legalBasis,
        handlingLevels: item.handlingLevels,
      }
    : { name: target.name };
}
