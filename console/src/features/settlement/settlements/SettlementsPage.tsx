import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useApi } from '../../../api/ApiProvider';
import type { Page } from '../../../api/page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatDateTime } from '../../../lib/time';
import { formatYuan } from '../../desk/items/settlement/money';
import { ExportButton } from '../ExportButton';
import { fetchPages } from '../fetchPages';
import { SETTLEMENTS_PATH, type SettlementResponse } from '../model';
import { useServerPaging } from '../paging';
import { OneFieldSearch } from '../RegionSearch';
import { SettlementDrawer } from './SettlementDrawer';
import { settlementsCsv } from './settlementsCsv';

/** 异地结算查询 — every settlement newest first, or one institution's, paged by the server; each opens its itemisation. */
export default function SettlementsPage() {
  const api = useApi();
  const i18n = useI18n();
  const { t, tx } = i18n;
  const [institutionId, setInstitutionId] = useState<string>();
  const [open, setOpen] = useState<string>();
  const { paging, pagination, firstPage } = useServerPaging(20, [10, 20, 50, 100, 200]);
  const filter = { institutionId };
  const list = useQuery({
    queryKey: ['settlement', 'settlements', filter, paging],
    queryFn: ({ signal }) => api.get<Page<SettlementResponse>>(SETTLEMENTS_PATH, { query: { ...filter, ...paging }, signal }),
    placeholderData: keepPreviousData,
  });
  const columns: ColumnsType<SettlementResponse> = [
    { title: t('settlement.settlements.settledAt'), key: 'at', width: 170, render: (_, s) => formatDateTime(s.settledAt) },
    {
      title: t('settlement.settlements.bill'),
      key: 'bill',
      width: 200,
      render: (_, s) => (
        <>
          <Typography.Link onClick={() => setOpen(s.id)}>{s.billNumber}</Typography.Link>
          <div>
            <Typography.Text type="secondary">{tx(`settlement.settlements.mode.${s.mode}`, s.mode)}</Typography.Text>
          </div>
        </>
      ),
    },
    { title: t('settlement.detail.institution'), dataIndex: 'institutionId', width: 200 },
    { title: t('settlement.settlements.person'), dataIndex: 'maskedIdNumber', width: 180 },
    { title: t('settlement.settlements.regions'), key: 'regions', width: 150, render: (_, s) => `${s.insuredRegion ?? '—'} → ${s.treatmentRegion}` },
    { title: t('settlement.settlements.total'), key: 'total', width: 120, align: 'right', render: (_, s) => formatYuan(s.amounts?.total) },
    { title: t('settlement.settlements.fund'), key: 'fund', width: 120, align: 'right', render: (_, s) => formatYuan(s.amounts?.fundPayment) },
    { title: t('settlement.settlements.personal'), key: 'personal', width: 120, align: 'right', render: (_, s) => formatYuan(s.amounts?.personalPayment) },
    { title: t('settlement.settlements.status'), key: 'status', width: 90, render: (_, s) => <Tag color={s.status === 'REVERSED' ? 'orange' : undefined}>{tx(`workbench.audit.status.${s.status}`, s.status)}</Tag> },
    {
      title: t('settlement.settlements.flags'),
      key: 'flags',
      width: 160,
      render: (_, s) => (s.auditFlags ?? []).map((f, i) => <Tag key={`${f.rule}-${i}`} color="volcano">{tx(`workbench.audit.rule.${f.rule}`, f.rule)}</Tag>),
    },
    { title: t('common.actions'), key: 'open', width: 100, fixed: 'right', render: (_, s) => <Button size="small" onClick={() => setOpen(s.id)}>{t('settlement.settlements.open')}</Button> },
  ];
  return (
    <Card title={t('settlement.settlements.title')} extra={<ExportButton name={t('settlement.settlements.csvName')} build={async () => settlementsCsv(await fetchPages<SettlementResponse>(api, SETTLEMENTS_PATH, filter), i18n)} />}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('settlement.settlements.intro')}</Typography.Text>
        <OneFieldSearch
          label={t('settlement.settlements.institution')}
          value={institutionId ?? ''}
          maxLength={80}
          onSearch={(value) => {
            setInstitutionId(value || undefined);
            firstPage();
          }}
        />
        {list.error && <ProblemAlert error={list.error} path={SETTLEMENTS_PATH} />}
        <Table<SettlementResponse>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 1500 }}
          pagination={pagination(list.data)}
        />
      </Space>
      {open && <SettlementDrawer settlementId={open} onClose={() => setOpen(undefined)} />}
    </Card>
  );
}
