import type { Person, PersonStatus } from '../../person/personApi';

/** enrollment `PersonStatus.next()`: the statuses each status may become. */
export const NEXT_STATUS: Record<PersonStatus, readonly PersonStatus[]> = {
  ACTIVE: ['SUSPENDED', 'TERMINATED', 'TRANSFERRED_OUT', 'DECEASED'],
  SUSPENDED: ['ACTIVE', 'TERMINATED', 'TRANSFERRED_OUT', 'DECEASED'],
  TERMINATED: ['ACTIVE', 'DECEASED'],
  TRANSFERRED_OUT: ['ACTIVE', 'DECEASED'],
  DECEASED: [],
};

/** The targets CHG-02 offers: a transfer out names its destination and goes through TRF-01. */
export function statusChangeTargets(status: PersonStatus): PersonStatus[] {
  return NEXT_STATUS[status].filter((s) => s !== 'TRANSFERRED_OUT');
}

/** The earliest effective date of a new status: the previous change's, or the coverage start (enrollment `InsuredPerson`). */
export function earliestEffectiveDate(person: Person): string {
  const history = person.statusHistory ?? [];
  return history.length > 0 ? (history[history.length - 1]?.effectiveDate ?? person.coverageStart) : person.coverageStart;
}
