import type { I18n } from '../../i18n/I18nProvider';

type Tx = I18n['tx'];

/** Enum values of the registry as words; an unknown value shows as it came. */
export const pointTypeLabel = (tx: Tx, type: string | null | undefined) => (type ? tx(`network.pointType.${type}`, type) : '—');
export const pointStatusLabel = (tx: Tx, status: string | null | undefined) => (status ? tx(`network.status.${status}`, status) : '—');
export const areaLevelLabel = (tx: Tx, level: string) => tx(`network.level.${level}`, level);
export const zoneLabel = (tx: Tx, zone: string) => tx(`network.zone.${zone}`, zone);
export const dayLabel = (tx: Tx, day: string) => tx(`network.day.${day}`, day);

export const STATUS_COLOURS: Record<string, string> = { ACTIVE: 'green', SUSPENDED: 'orange', CLOSED: 'default' };

/** One colour per point type, the same in tags and in the plot. */
export const TYPE_COLOURS: Record<string, string> = {
  COUNTY_HALL: '#d4380d',
  TOWNSHIP_STATION: '#1677ff',
  VILLAGE_STATION: '#13c2c2',
  COMMUNITY_STATION: '#722ed1',
  BANK_BRANCH: '#faad14',
  HOSPITAL_WINDOW: '#eb2f96',
};
