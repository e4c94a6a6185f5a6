import { catalogue, format } from './catalogue';

describe('the message catalogue', () => {
  it('shouldHaveAnEnglishTextForEveryChineseKey', () => {
    expect(Object.keys(catalogue.en).sort()).toEqual(Object.keys(catalogue['zh-CN']).sort());
  });

  it('shouldHaveNoEmptyText', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const empty = Object.entries(catalogue[locale]).filter(([, text]) => !text.trim());
      expect(empty).toEqual([]);
    }
  });

  it('shouldUseTheSamePlaceholdersInBothLanguages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(catalogue['zh-CN']) as (keyof (typeof catalogue)['en'])[]) {
      expect({ key, en: placeholders(catalogue.en[key]) }).toEqual({ key, en: placeholders(catalogue['zh-CN'][key]) });
    }
  });

  it('shouldFillPlaceholdersWhenFormatting', () => {
    expect(format('zh-CN', 'common.total', { total: 12 })).toBe('共 12 条');
    expect(format('en', 'error.unavailable', { service: 'X' })).toContain('X is unavailable');
  });
});
