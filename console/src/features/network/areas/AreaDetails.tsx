import { Descriptions, Tag } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatDateTime } from '../../../lib/time';
import { areaLevelLabel } from '../labels';
import type { Area } from '../model';

export function AreaDetails({ area }: { area: Area & { lastModifiedAt?: string | null } }) {
  const { t, tx, locale } = useI18n();
  return (
    <Descriptions bordered size="small" column={1} title={area.name}>
      <Descriptions.Item label={t('network.area.code')}>{area.code}</Descriptions.Item>
      <Descriptions.Item label={t('network.area.level')}>{areaLevelLabel(tx, area.level)}</Descriptions.Item>
      <Descriptions.Item label={t('network.area.population')}>{area.population.toLocaleString(locale)}</Descriptions.Item>
      <Descriptions.Item label={t('network.area.urbanKeyArea')}>
        {area.urbanKeyArea ? <Tag color="gold">{t('network.yes')}</Tag> : t('network.no')}
      </Descriptions.Item>
      <Descriptions.Item label={t('network.area.centroid')}>
        {area.centroid ? `${area.centroid.latitude}, ${area.centroid.longitude}` : '—'}
      </Descriptions.Item>
      {area.lastModifiedAt && <Descriptions.Item label={t('network.lastModified')}>{formatDateTime(area.lastModifiedAt)}</Descriptions.Item>}
    </Descriptions>
  );
}
