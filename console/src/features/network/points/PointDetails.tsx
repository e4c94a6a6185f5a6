import { Descriptions, Space, Table, Tag } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatDateTime } from '../../../lib/time';
import { dayLabel, pointStatusLabel, pointTypeLabel, STATUS_COLOURS, zoneLabel } from '../labels';
import type { ServicePoint, StatusChange } from '../model';

/** A point's construction facts (the demonstration-site standards measure them) and its status history. */
export function PointDetails({ point }: { point: ServicePoint }) {
  const { t, tx, locale } = useI18n();
  const hours = point.openingHours ?? [];
  return (
    <>
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label={t('network.point.id')}>{point.id}</Descriptions.Item>
        <Descriptions.Item label={t('network.point.type')}>{pointTypeLabel(tx, point.type)}</Descriptions.Item>
        <Descriptions.Item label={t('network.point.areaCode')}>{point.areaCode}</Descriptions.Item>
        <Descriptions.Item label={t('network.point.address')}>{point.address}</Descriptions.Item>
        <Descriptions.Item label={t('network.point.location')}>
          {point.location ? `${point.location.latitude}, ${point.location.longitude}` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('network.point.partner')}>
          {point.partner ? `${point.partner.name}${point.partner.institutionId ? `（${point.partner.institutionId}）` : ''}` : t('network.point.agencyRun')}
        </Descriptions.Item>
        <Descriptions.Item label={t('network.point.floorArea')}>{Number(point.floorAreaSquareMetres).toLocaleString(locale)} m²</Descriptions.Item>
        <Descriptions.Item label={t('network.point.staff')}>{point.staffCount}</Descriptions.Item>
        <Descriptions.Item label={t('network.point.machines')}>{point.selfServiceMachines}</Descriptions.Item>
        <Descriptions.Item label={t('network.point.zones')}>
          <Space size={4} wrap>
            {(point.zones ?? []).length === 0 ? '—' : (point.zones ?? []).map((z) => <Tag key={z}>{zoneLabel(tx, z)}</Tag>)}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('network.point.openingHours')}>
          {hours.length === 0
            ? '—'
            : hours.map((p, i) => (
                <div key={i}>
                  {p.days.map((d) => dayLabel(tx, d)).join('、')} {p.opens.slice(0, 5)}–{p.closes.slice(0, 5)}
                </div>
              ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('network.point.status')}>
          <Tag color={STATUS_COLOURS[point.status]}>{pointStatusLabel(tx, point.status)}</Tag>
        </Descriptions.Item>
        {point.lastModifiedAt && (
          <Descriptions.Item label={t('network.lastModified')}>
            {formatDateTime(point.lastModifiedAt)} {point.lastModifiedBy ?? ''}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Table<StatusChange>
        style={{ marginTop: 16 }}
        title={() => t('network.status.history')}
        size="small"
        rowKey={(c) => `${c.at}-${c.to}`}
        pagination={false}
        dataSource={point.statusHistory ?? []}
        columns={[
          { title: t('network.status.at'), dataIndex: 'at', render: (at: string) => formatDateTime(at) },
          { title: t('network.status.from'), dataIndex: 'from', render: (s?: string | null) => pointStatusLabel(tx, s) },
          { title: t('network.status.to'), dataIndex: 'to', render: (s: string) => pointStatusLabel(tx, s) },
          { title: t('network.status.reason'), dataIndex: 'reason' },
          { title: t('network.status.by'), dataIndex: 'by', render: (b?: string | null) => b ?? '—' },
        ]}
      />
    </>
  );
}
