import common from './sections/common';
import nav from './sections/nav';
import desk from './sections/desk';
import items from './sections/items';
import settlementItems from './sections/settlementItems';
import receipt from './sections/receipt';
import handlings from './sections/handlings';
import kpi from './sections/kpi';
import rectification from './sections/rectification';
import review from './sections/review';
import workbench from './sections/workbench';
import network from './sections/network';
import sites from './sections/sites';
import settlement from './sections/settlement';

/**
 * The console's one message catalogue: every label, in Chinese (the language of the console) and English. Each feature keeps
 * its keys in a section under `sections/`; they are joined here, and a key used anywhere must exist in both languages.
 */
const sections = [common, nav, desk, items, settlementItems, receipt, handlings, kpi, rectification, review, workbench, network, sites, settlement] as const;

type KeysOf<S> = S extends { zh: Record<infer K, string> } ? K : never;
export type MessageKey = KeysOf<(typeof sections)[number]>;
export type Locale = 'zh-CN' | 'en';

function join(language: 'zh' | 'en'): Record<MessageKey, string> {
  const all: Record<string, string> = {};
  for (const s of sections) {
    for (const [key, text] of Object.entries(s[language])) {
      if (key in all) throw new Error(`Duplicate message key ${key}`);
      all[key] = text;
    }
  }
  return all as Record<MessageKey, string>;
}

export const catalogue: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': join('zh'), en: join('en') };

export function format(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const text = catalogue[locale][key] ?? key;
  return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : text;
}

/** Whether a dynamic key (e.g. built from an enum value) exists, so callers can fall back to the raw value. */
export function hasKey(key: string): key is MessageKey {
  return key in catalogue['zh-CN'];
}
