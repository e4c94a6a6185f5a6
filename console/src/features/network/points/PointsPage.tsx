import { useState } from 'react';
import { App, Button, Card, Drawer, Space, Table, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../api/ApiProvider';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { agencyToday } from '../../../lib/time';
import { csvBlob, downloadBlob } from '../../desk/handlings/csv';
import { fetchAll } from '../fetchAll';
import { pointStatusLabel, pointTypeLabel, STATUS_COLOURS, TYPE_COLOURS } from '../labels';
import { POINTS_PATH, type ServicePoint } from '../model';
import { SlicePager } from '../SlicePager';
import { PointDrawer } from './PointDrawer';
import { PointFilters, type PointFilter } from './PointFilters';
import { PointForm } from './PointForm';
import { pointsCsv } from './pointsCsv';
import type { Page } from '../../../api/page';

const PAGE_SIZE = 20;

/** 服务网点 — the points by area, type and status, a page at a time from the registry; register, open, export. */
export default function PointsPage() {
  const api = useApi();
  const i18n = useI18n();
  const { t, tx, locale } = i18n;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<PointFilter>({});
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<string | undefined>();
  const [registering, setRegistering] = useState(false);
  const [exporting, setExporting] = useState<unknown>();
  const query = { type: filter.type, status: filter.status, areaCode: filter.areaCode };
  const { data, error, isFetching } = useQuery({
    queryKey: ['registry', 'service-points', query, page],
    queryFn: () => api.get<Page<ServicePoint>>(POINTS_PATH, { query: { ...query, page, size: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });

  const exportCsv = async () => {
    setExporting(undefined);
    try {
      const all = await fetchAll<ServicePoint>(api, POINTS_PATH, query, 100);
      downloadBlob(csvBlob(pointsCsv(all, i18n)), `service-points-${agencyToday()}.csv`);
    } catch (e) {
      setExporting(e);
    }
  };

  return (
    <Card
      title={t('network.points.title')}
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} onClick={() => void exportCsv()}>
            {t('network.exportCsv')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            {t('network.point.register')}
          </Button>
        </Space>
      }
    >
      <PointFilters value={filter} onChange={(next) => { setFilter(next); setPage(0); }} />
      {error && <ProblemAlert error={error} path={POINTS_PATH} />}
      {exporting !== undefined && <ProblemAlert error={exporting} path={POINTS_PATH} />}
      <Table<ServicePoint>
        style={{ marginTop: 12 }}
        rowKey="id"
        size="small"
        loading={isFetching}
        pagination={false}
        dataSource={data?.items ?? []}
        onRow={(p) => ({ onClick: () => setOpen(p.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('network.point.name'), dataIndex: 'name', render: (name: string, p) => <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(p.id)}>{name}</Button> },
          { title: t('network.point.id'), dataIndex: 'id' },
          { title: t('network.point.type'), dataIndex: 'type', render: (type: string) => <Tag color={TYPE_COLOURS[type]}>{pointTypeLabel(tx, type)}</Tag> },
          { title: t('network.point.areaCode'), dataIndex: 'areaCode' },
          { title: t('network.point.floorArea'), dataIndex: 'floorAreaSquareMetres', align: 'right', render: (a: number) => Number(a).toLocaleString(locale) },
          { title: t('network.point.staff'), dataIndex: 'staffCount', align: 'right' },
          { title: t('network.point.machines'), dataIndex: 'selfServiceMachines', align: 'right' },
          { title: t('network.point.status'), dataIndex: 'status', render: (s: string) => <Tag color={STATUS_COLOURS[s]}>{pointStatusLabel(tx, s)}</Tag> },
        ]}
      />
      <SlicePager page={page} hasNext={data?.hasNext ?? false} onPage={setPage} loading={isFetching} />
      {open && <PointDrawer key={open} id={open} onClose={() => setOpen(undefined)} />}
      <Drawer open={registering} size="large" destroyOnHidden title={t('network.point.register')} onClose={() => setRegistering(false)}>
        <PointForm
          onDone={(saved) => {
            setRegistering(false);
            void queryClient.invalidateQueries({ queryKey: ['registry', 'service-points'] });
            void message.success(t('network.point.registered', { id: saved.id }));
            setOpen(saved.id);
          }}
        />
      </Drawer>
    </Card>
  );
}
