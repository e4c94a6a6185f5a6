import type { I18n } from '../../../i18n/I18nProvider';
import { toCsv } from '../../desk/handlings/csv';
import { dayLabel, pointStatusLabel, pointTypeLabel, zoneLabel } from '../labels';
import type { ServicePoint } from '../model';

/** The points table as people take it to meetings: one line per point with its construction facts. */
export function pointsCsv(points: readonly ServicePoint[], { t, tx }: Pick<I18n, 't' | 'tx'>): string {
  const header = [
    t('network.point.id'), t('network.point.name'), t('network.point.type'), t('network.point.areaCode'), t('network.point.status'),
    t('network.point.address'), t('network.point.partner'), t('network.point.floorArea'), t('network.point.staff'), t('network.point.machines'),
    t('network.point.zones'), t('network.point.openingHours'), t('network.point.latitude'), t('network.point.longitude'),
  ];
  const rows = points.map((p) => [
    p.id,
    p.name,
    pointTypeLabel(tx, p.type),
    p.areaCode,
    pointStatusLabel(tx, p.status),
    p.address,
    p.partner?.name ?? '',
    Number(p.floorAreaSquareMetres),
    p.staffCount,
    p.selfServiceMachines,
    (p.zones ?? []).map((z) => zoneLabel(tx, z)).join('、'),
    (p.openingHours ?? []).map((o) => `${o.days.map((d) => dayLabel(tx, d)).join('、')} ${o.opens.slice(0, 5)}-${o.closes.slice(0, 5)}`).join('；'),
    p.location?.latitude,
    p.location?.longitude,
  ]);
  return toCsv(header, rows);
}
