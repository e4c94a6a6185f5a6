/**
 * Valid GB 11643-1999 citizen ID numbers for test persons: a real county code, a real birth date, a sequence and the ISO 7064
 * MOD 11-2 check character. Each call returns a number not returned before in this run; the random birth date and sequence
 * keep numbers of different runs apart (the enrolment service refuses a second enrolment of a number in a scheme).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

/** 淳安县 (Chun'an County, Hangzhou), the county of the demo data. */
export const CHUNAN = '330127';

const issued = new Set<string>();

export function checkCharacter(body17: string): string {
  if (!/^\d{17}$/.test(body17)) throw new Error(`not 17 digits: ${body17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

export function isValidIdNumber(id: string): boolean {
  return /^\d{17}[\dX]$/.test(id) && checkCharacter(id.slice(0, 17)) === id[17];
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export interface GeneratedId {
  idNumber: string;
  birthDate: string;
  sex: 'MALE' | 'FEMALE';
}

/** A new valid number of a person born between 1950 and 2005 (odd sequence: male, even: female). */
export function newIdNumber(region: string = CHUNAN, sex?: 'MALE' | 'FEMALE'): GeneratedId {
  if (!/^\d{6}$/.test(region)) throw new Error(`region must be 6 digits: ${region}`);
  for (;;) {
    const start = Date.UTC(1950, 0, 1);
    const end = Date.UTC(2005, 11, 31);
    const born = new Date(start + Math.floor(Math.random() * ((end - start) / 86_400_000 + 1)) * 86_400_000);
    const date = `${born.getUTCFullYear()}${pad(born.getUTCMonth() + 1, 2)}${pad(born.getUTCDate(), 2)}`;
    let sequence = 1 + Math.floor(Math.random() * 999);
    const wantOdd = sex === undefined ? sequence % 2 === 1 : sex === 'MALE';
    if (sequence % 2 === 1 !== wantOdd) sequence = sequence === 999 ? 998 : sequence + 1;
    const body = `${region}${date}${pad(sequence, 3)}`;
    const idNumber = body + checkCharacter(body);
    if (issued.has(idNumber)) continue;
    issued.add(idNumber);
    return {
      idNumber,
      birthDate: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`,
      sex: sequence % 2 === 1 ? 'MALE' : 'FEMALE',
    };
  }
}
