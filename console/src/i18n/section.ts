/**
 * One section of the message catalogue: Chinese first, and an English text for every key (the type makes a missing
 * translation a compile error).
 */
export interface Section<K extends string> {
  zh: Record<K, string>;
  en: Record<K, string>;
}

export function section<const Z extends Record<string, string>>(zh: Z, en: { [P in keyof Z]: string }): Section<Extract<keyof Z, string>> {
  return { zh, en } as Section<Extract<keyof Z, string>>;
}
