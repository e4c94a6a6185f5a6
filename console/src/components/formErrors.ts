import type { FormInstance } from 'antd';
import { ApiError } from '../api/problem';

/**
 * `lines[0].amount` → ['lines', 0, 'amount'], the form's name path for the API's field name; a map's key (`ratios[LEVEL_2]`)
 * is a name like any other.
 */
export function toNamePath(field: string): (string | number)[] {
  return field
    .replace(/\[([^\]]+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts a 400 problem's field errors on the form's fields. Returns the violations that name no field of the form, for the
 * alert above it.
 */
export function applyFieldErrors(form: FormInstance, error: unknown, knownFields?: readonly string[]): ApiError['fieldErrors'] {
  if (!(error instanceof ApiError)) return [];
  const onFields = new Map<string, string[]>();
  const elsewhere: ApiError['fieldErrors'] = [];
  for (const violation of error.fieldErrors) {
    const top = String(toNamePath(violation.field)[0] ?? '');
    if (knownFields && !knownFields.includes(top)) {
      elsewhere.push(violation);
      continue;
    }
    const list = onFields.get(violation.field) ?? [];
    list.push(violation.message);
    onFields.set(violation.field, list);
  }
  form.setFields([...onFields.entries()].map(([field, errors]) => ({ name: toNamePath(field), errors })));
  return elsewhere;
}
