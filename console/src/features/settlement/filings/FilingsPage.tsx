import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Empty, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useSearchParams } from 'react-router';
import { useApi } from '../../../api/ApiProvider';
import type { Page } from '../../../api/page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatDateTime } from '../../../lib/time';
import { FILINGS_PATH, type FilingResponse } from '../model';
import { useServerPaging } from '../paging';
import { OneFieldSearch } from '../RegionSearch';

const STATUS_COLOR: Record<string, string> = { ACTIVE: 'green', REVOKED: 'default', EXPIRED: 'orange' };

/**
 * 异地备案查询 — a person's cross-region filings, newest first, paged by the server. The API finds filings by person id only
 * (never by ID number, which the platform does not take in a query string); the settlement details link here with it.
 */
export default function FilingsPage() {
  const api = useApi();
  const { t, tx } = useI18n();
  const [params, setParams] = useSearchParams();
  const personId = params.get('personId') ?? '';
  const { paging, pagination, firstPage } = useServerPaging(20);
  const list = useQuery({
    queryKey: ['settlement', 'filings', personId, paging],
    queryFn: ({ signal }) => api.get<Page<FilingResponse>>(FILINGS_PATH, { query: { personId, ...paging }, signal }),
    enabled: personId !== '',
    placeholderData: keepPreviousData,
  });
  const columns: ColumnsType<FilingResponse> = [
    { title: t('settlement.filings.createdAt'), key: 'at', width: 170, render: (_, f) => formatDateTime(f.createdAt) },
    { title: 'ID', dataIndex: 'id', width: 220 },
    { title: t('settlement.settlements.person'), dataIndex: 'maskedIdNumber', width: 180 },
    { title: t('settlement.filings.type'), key: 'type', width: 170, render: (_, f) => tx(`settlementItems.filingType.${f.type}`, f.type) },
    { title: t('settlement.filings.regions'), key: 'regions', width: 150, render: (_, f) => `${f.insuredRegion ?? '—'} → ${f.treatmentRegion}` },
    {
      title: t('settlement.filings.validity'),
      key: 'validity',
      width: 210,
      render: (_, f) => (f.validTo ? `${f.validFrom} – ${f.validTo}` : t('settlement.filings.validity.open', { from: f.validFrom })),
    },
    {
      title: t('settlement.filings.status'),
      key: 'status',
      width: 200,
      render: (_, f) => (
        <>
          <Tag color={STATUS_COLOR[f.status]}>{tx(`settlement.filings.status.${f.status}`, f.status)}</Tag>
          {f.revocationReason && <Typography.Text type="secondary">{t('settlement.filings.revoked', { reason: f.revocationReason })}</Typography.Text>}
        </>
      ),
    },
    {
      title: t('settlement.filings.channel'),
      key: 'channel',
      width: 200,
      render: (_, f) => `${tx(`settlement.filings.channel.${f.channel}`, f.channel)}${f.institutionId ?? f.servicePointId ? `（${f.institutionId ?? f.servicePointId}）` : ''}`,
    },
  ];
  return (
    <Card title={t('settlement.filings.title')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('settlement.filings.intro')}</Typography.Text>
        <OneFieldSearch
          label={t('settlement.filings.personId')}
          value={personId}
          width={300}
          rules={[{ required: true, whitespace: true, message: t('settlement.filings.personId.required') }]}
          onSearch={(value) => {
            setParams({ personId: value });
            firstPage();
          }}
        />
        {list.error && <ProblemAlert error={list.error} path={FILINGS_PATH} />}
        {personId === '' ? (
          <Empty description={t('settlement.filings.prompt')} />
        ) : (
          <Table<FilingResponse>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            scroll={{ x: 1400 }}
            pagination={pagination(list.data)}
          />
        )}
      </Space>
    </Card>
  );
}
