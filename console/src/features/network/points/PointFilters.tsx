import { Input, Select, Space } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import { pointStatusLabel, pointTypeLabel } from '../labels';
import { POINT_STATUSES, POINT_TYPES, type PointStatus, type PointType } from '../model';

export interface PointFilter {
  type?: PointType;
  status?: PointStatus;
  /** The area or anywhere below it. */
  areaCode?: string;
}

export function PointFilters({ value, onChange }: { value: PointFilter; onChange: (next: PointFilter) => void }) {
  const { t, tx } = useI18n();
  return (
    <Space wrap>
      <Select<PointType>
        aria-label={t('network.point.type')}
        placeholder={t('network.point.type')}
        allowClear
        style={{ width: 200 }}
        value={value.type}
        onChange={(type) => onChange({ ...value, type })}
        options={POINT_TYPES.map((v) => ({ value: v, label: pointTypeLabel(tx, v) }))}
      />
      <Select<PointStatus>
        aria-label={t('network.point.status')}
        placeholder={t('network.point.status')}
        allowClear
        style={{ width: 140 }}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        options={POINT_STATUSES.map((v) => ({ value: v, label: pointStatusLabel(tx, v) }))}
      />
      <Input.Search
        aria-label={t('network.point.areaFilter')}
        placeholder={t('network.point.areaFilter')}
        allowClear
        style={{ width: 240 }}
        defaultValue={value.areaCode}
        onSearch={(text) => onChange({ ...value, areaCode: text.trim() || undefined })}
      />
    </Space>
  );
}
