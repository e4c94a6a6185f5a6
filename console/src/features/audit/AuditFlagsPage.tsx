import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useApi } from '../../api/ApiProvider';
import type { Query } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/time';
import { ExportButton } from '../settlement/ExportButton';
import { fetchPages } from '../settlement/fetchPages';
import { SettlementDrawer } from '../settlement/settlements/SettlementDrawer';
import { AuditFilters } from './AuditFilters';
import { flagsCsv } from './flagsCsv';
import { FlagList } from './FlagList';
import { AUDIT_FLAGS_PATH, type AuditFilter, type FlaggedSettlement } from './model';
import type { Page } from '../../api/page';

/**
 * 基金监管预警 — settlements the audit rules flagged, newest first, with the evidence; read-only. Each opens the settlement's
 * itemisation (the flagged lines marked), and the list under the filter exports as CSV.
 */
export default function AuditFlagsPage() {
  const api = useApi();
  const i18n = useI18n();
  const { t, tx } = i18n;
  const [filter, setFilter] = useState<AuditFilter>({});
  const [open, setOpen] = useState<string>();
  const [paging, setPaging] = useState({ page: 0, size: 20 });
  const query: Query = { ...filter, page: paging.page, size: paging.size };
  const list = useQuery({
    queryKey: ['audit-flags', query],
    queryFn: ({ signal }) => api.get<Page<FlaggedSettlement>>(AUDIT_FLAGS_PATH, { query, signal }),
    placeholderData: keepPreviousData,
  });
  const columns: ColumnsType<FlaggedSettlement> = [
    { title: t('workbench.audit.settledAt'), key: 'settledAt', width: 110, render: (_, s) => formatDateTime(s.settledAt) },
    {
      title: t('workbench.audit.settlement'),
      key: 'settlement',
      width: 200,
      render: (_, s) => (
        <>
          <Typography.Text copyable>{s.settlementId}</Typography.Text>
          <div>
            <Typography.Text type="secondary">{t('workbench.audit.bill', { bill: s.billNumber })}</Typography.Text>
          </div>
          <Button size="small" type="link" style={{ padding: 0 }} onClick={() => setOpen(s.settlementId)}>
            {t('settlement.flags.detail')}
          </Button>
        </>
      ),
    },
    { title: t('workbench.audit.institution'), dataIndex: 'institutionId', width: 140 },
    { title: t('workbench.audit.person'), key: 'person', width: 150, render: (_, s) => s.maskedIdNumber ?? s.personId ?? '—' },
    {
      title: t('workbench.audit.regions'),
      key: 'regions',
      width: 130,
      render: (_, s) => t('workbench.audit.regionPair', { insured: s.insuredRegion, treatment: s.treatmentRegion }),
    },
    {
      title: t('workbench.audit.status'),
      key: 'status',
      width: 100,
      render: (_, s) => <Tag>{tx(`workbench.audit.status.${s.status}`, s.status)}</Tag>,
    },
    // the evidence is what the auditor reads: the widest column, inside the card at 1440 px
    { title: t('workbench.audit.flags'), key: 'flags', width: 280, render: (_, s) => <FlagList flags={s.flags} /> },
  ];
  return (
    <Card
      title={t('workbench.audit.title')}
      extra={<ExportButton name={t('settlement.flags.csvName')} build={async () => flagsCsv(await fetchPages<FlaggedSettlement>(api, AUDIT_FLAGS_PATH, { ...filter }), i18n)} />}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('workbench.audit.intro')}</Typography.Text>
        <AuditFilters
          onSearch={(next) => {
            setFilter(next);
            setPaging((p) => ({ ...p, page: 0 }));
          }}
        />
        {list.error && <ProblemAlert error={list.error} path={AUDIT_FLAGS_PATH} />}
        <Table<FlaggedSettlement>
          rowKey="settlementId"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 1100 }}
          pagination={{
            current: paging.page + 1,
            pageSize: paging.size,
            total: list.data?.total ?? 0,
            pageSizeOptions: [10, 20, 50, 100],
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, size) => setPaging({ page: size === paging.size ? page - 1 : 0, size }),
          }}
        />
      </Space>
      {open && <SettlementDrawer settlementId={open} onClose={() => setOpen(undefined)} />}
    </Card>
  );
}
