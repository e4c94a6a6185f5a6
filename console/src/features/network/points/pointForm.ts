import { partnerKindOf, type Day, type OpeningPeriod, type PointType, type ServicePoint, type Zone } from '../model';

/** What the point form holds: the API's body, with the partner's kind left to the type. */
export interface PointFormValues {
  id?: string;
  type?: PointType;
  areaCode?: string;
  name?: string;
  address?: string;
  location?: { latitude?: number | null; longitude?: number | null };
  partner?: { name?: string; institutionId?: string };
  floorAreaSquareMetres?: number | null;
  staffCount?: number | null;
  selfServiceMachines?: number | null;
  zones?: Zone[];
  openingHours?: { days?: Day[]; opens?: string; closes?: string }[];
}

/** The form fields a 400 may name; anything else goes to the alert above the form. */
export const POINT_FIELDS = [
  'id', 'type', 'areaCode', 'name', 'address', 'location', 'partner', 'floorAreaSquareMetres', 'staffCount', 'selfServiceMachines', 'zones', 'openingHours',
] as const;

/** ServicePointRules.ID: 3-64 lower-case letters, digits and inner hyphens. */
export const POINT_ID = /^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$/;
/** LocalTime as the form takes it. */
export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function trimmed(text: string | undefined): string {
  return (text ?? '').trim();
}

/** The description and facilities, as both POST and PUT take them. */
function description(values: PointFormValues, type: PointType | undefined) {
  const kind = partnerKindOf(type);
  const institutionId = trimmed(values.partner?.institutionId);
  return {
    name: trimmed(values.name),
    address: trimmed(values.address),
    location: { latitude: values.location?.latitude ?? null, longitude: values.location?.longitude ?? null },
    partner: kind ? { kind, name: trimmed(values.partner?.name), ...(institutionId ? { institutionId } : {}) } : null,
    floorAreaSquareMetres: values.floorAreaSquareMetres ?? null,
    staffCount: values.staffCount ?? null,
    selfServiceMachines: values.selfServiceMachines ?? null,
    zones: values.zones ?? [],
    openingHours: (values.openingHours ?? []).map((p) => ({ days: p.days ?? [], opens: trimmed(p.opens), closes: trimmed(p.closes) })),
  };
}

/** POST /service-points: id only when chosen (otherwise the registry makes one). */
export function registerBody(values: PointFormValues) {
  const id = trimmed(values.id);
  return { ...(id ? { id } : {}), type: values.type, areaCode: trimmed(values.areaCode), ...description(values, values.type) };
}

/** PUT /service-points/{id}: type and area stay the point's. */
export function describeBody(values: PointFormValues, type: PointType) {
  return description(values, type);
}

const hhmm = (time: string) => time.slice(0, 5);

export function formValuesOf(point: ServicePoint): PointFormValues {
  return {
    name: point.name,
    address: point.address,
    location: { latitude: point.location?.latitude ?? null, longitude: point.location?.longitude ?? null },
    partner: { name: point.partner?.name ?? '', institutionId: point.partner?.institutionId ?? '' },
    floorAreaSquareMetres: point.floorAreaSquareMetres,
    staffCount: point.staffCount,
    selfServiceMachines: point.selfServiceMachines,
    zones: point.zones ?? [],
    openingHours: (point.openingHours ?? []).map((p: OpeningPeriod) => ({ days: p.days, opens: hhmm(p.opens), closes: hhmm(p.closes) })),
  };
}
