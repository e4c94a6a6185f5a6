import { Button, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useI18n } from '../../../i18n/I18nProvider';
import { agencyToday } from '../../../lib/time';
import { csvBlob, downloadBlob } from '../../desk/handlings/csv';
import { pointTypeLabel } from '../labels';
import type { CoverageVillage } from '../model';
import { uncoveredCsv } from './uncoveredCsv';

const minutes = (m?: number | null) => (m == null ? '—' : m.toFixed(1));

/** Villages outside their service circle, farthest first, with the nearest active point and the travel time. */
export function UncoveredTable({ villages, countyCode }: { villages: readonly CoverageVillage[]; countyCode: string }) {
  const i18n = useI18n();
  const { t, tx, locale } = i18n;
  return (
    <Table<CoverageVillage>
      rowKey="code"
      size="small"
      dataSource={[...villages]}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      title={() => (
        <Typography.Text strong>
          {t('network.coverage.uncovered', { count: villages.length })}{' '}
          <Button
            size="small"
            icon={<DownloadOutlined />}
            disabled={villages.length === 0}
            onClick={() => downloadBlob(csvBlob(uncoveredCsv(villages, i18n)), `uncovered-villages-${countyCode}-${agencyToday()}.csv`)}
          >
            {t('network.exportCsv')}
          </Button>
        </Typography.Text>
      )}
      columns={[
        { title: t('network.area.name'), dataIndex: 'name' },
        { title: t('network.area.code'), dataIndex: 'code' },
        { title: t('network.coverage.township'), dataIndex: 'townshipCode' },
        { title: t('network.area.population'), dataIndex: 'population', align: 'right', render: (p: number) => p.toLocaleString(locale) },
        {
          title: t('network.coverage.circle'),
          dataIndex: 'circleMinutes',
          render: (c: number, v) => (
            <>
              {t('network.coverage.minutes', { minutes: c })} {v.urbanKeyArea && <Tag color="gold">{t('network.area.urban')}</Tag>}
            </>
          ),
        },
        {
          title: t('network.coverage.nearestPoint'),
          key: 'nearest',
          render: (_: unknown, v) => (v.nearestPointId ? `${v.nearestPointName ?? v.nearestPointId}（${pointTypeLabel(tx, v.nearestPointType)}）` : t('network.coverage.noPoint')),
        },
        { title: t('network.coverage.distance'), dataIndex: 'distanceKm', align: 'right', render: (d?: number | null) => (d == null ? '—' : d.toFixed(1)) },
        { title: t('network.coverage.travel'), dataIndex: 'travelMinutes', align: 'right', render: (m?: number | null) => <Typography.Text type="danger">{minutes(m)}</Typography.Text> },
      ]}
    />
  );
}
