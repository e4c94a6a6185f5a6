import { Table, Tag } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import { pointStatusLabel, pointTypeLabel, STATUS_COLOURS } from '../../network/labels';
import type { DelegationRow } from '../model';
import { RuleStatus } from './RuleStatus';

/** Each township and village/community point: its items, its share of the county list and the report's verdict. */
export function PointShares({ rows }: { rows: readonly DelegationRow[] }) {
  const { t, tx } = useI18n();
  return (
    <Table<DelegationRow>
      rowKey="servicePointId"
      size="small"
      dataSource={[...rows]}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      columns={[
        { title: t('network.point.name'), dataIndex: 'name' },
        { title: t('network.point.type'), dataIndex: 'type', render: (ty: string) => pointTypeLabel(tx, ty) },
        { title: t('network.point.areaCode'), dataIndex: 'areaCode' },
        { title: t('network.point.status'), dataIndex: 'status', render: (s: string) => <Tag color={STATUS_COLOURS[s]}>{pointStatusLabel(tx, s)}</Tag> },
        { title: t('network.delegation.items'), key: 'items', align: 'right', render: (_: unknown, r) => `${r.handleableItems} / ${r.countyListSize}` },
        { title: t('network.delegation.share'), dataIndex: 'sharePercent', align: 'right', render: (s: number) => `${s} %` },
        { title: t('network.delegation.status'), key: 'meets', render: (_: unknown, r) => <RuleStatus met={r.meetsRule} testId={`share-${r.servicePointId}`} /> },
      ]}
    />
  );
}
