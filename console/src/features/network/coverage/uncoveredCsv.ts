import type { I18n } from '../../../i18n/I18nProvider';
import { toCsv } from '../../desk/handlings/csv';
import { pointTypeLabel } from '../labels';
import type { CoverageVillage } from '../model';

/** The uncovered villages, as the report gave them, for the planning meeting. */
export function uncoveredCsv(villages: readonly CoverageVillage[], { t, tx }: Pick<I18n, 't' | 'tx'>): string {
  const header = [
    t('network.area.code'), t('network.area.name'), t('network.coverage.township'), t('network.area.population'), t('network.area.urbanKeyArea'),
    t('network.coverage.circle'), t('network.coverage.nearestPoint'), t('network.coverage.nearestType'), t('network.coverage.distance'),
    t('network.coverage.travel'),
  ];
  return toCsv(
    header,
    villages.map((v) => [
      v.code,
      v.name,
      v.townshipCode,
      v.population,
      v.urbanKeyArea ? t('network.yes') : t('network.no'),
      v.circleMinutes,
      v.nearestPointName ?? v.nearestPointId ?? '',
      v.nearestPointType ? pointTypeLabel(tx, v.nearestPointType) : '',
      v.distanceKm ?? '',
      v.travelMinutes ?? '',
    ]),
  );
}
