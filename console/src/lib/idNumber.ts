/**
 * 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence (odd = male), ISO 7064 MOD 11-2
 * check character. The same rules the services apply: shape, a real birth date not in the future, and the check character.
 */
export type IdNumberProblem = 'empty' | 'length' | 'characters' | 'region' | 'birthDate' | 'future' | 'checkDigit';

export interface IdNumberCheck {
  valid: boolean;
  problem?: IdNumberProblem;
  /** ISO date (yyyy-MM-dd), when the birth-date part is a real date. */
  birthDate?: string;
  sex?: 'MALE' | 'FEMALE';
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
/** First two digits: the province-level codes of GB/T 2260. */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65,
  71, 81, 82, 83,
]);

export function checkDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

export function checkIdNumber(raw: string, today: Date = new Date()): IdNumberCheck {
  const value = raw.trim().toUpperCase();
  if (value.length === 0) return { valid: false, problem: 'empty' };
  if (!/^[0-9]*X?$/.test(value)) return { valid: false, problem: 'characters' };
  if (value.length !== 18) return { valid: false, problem: 'length' };
  if (!/^\d{17}[\dX]$/.test(value)) return { valid: false, problem: 'characters' };
  if (!PROVINCES.has(Number(value.slice(0, 2)))) return { valid: false, problem: 'region' };
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { valid: false, problem: 'birthDate' };
  }
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  const todayIso = today.toISOString().slice(0, 10);
  if (birthDate > todayIso) return { valid: false, problem: 'future', birthDate };
  if (checkDigit(value.slice(0, 17)) !== value.charAt(17)) return { valid: false, problem: 'checkDigit', birthDate };
  return { valid: true, birthDate, sex: Number(value.charAt(16)) % 2 === 1 ? 'MALE' : 'FEMALE' };
}

/** 330127********123X: the first six and last four characters, as the services mask it. */
export function maskIdNumber(value: string): string {
  const v = value.trim();
  if (v.length !== 18) return v.replace(/./g, '*');
  return `${v.slice(0, 6)}********${v.slice(14)}`;
}
