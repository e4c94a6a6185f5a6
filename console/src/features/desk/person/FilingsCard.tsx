import { useState } from 'react';
import { Table, Tag } from 'antd';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { FILINGS_PATH, useFilings, type Filing } from './personApi';

const PAGE_SIZE = 10;
const FILING_COLOR: Record<string, string> = { ACTIVE: 'green', REVOKED: 'red', EXPIRED: 'default' };

/** 异地就医备案 of the person, from settlement-service (newest first, paged by the server). */
export function FilingsCard({ personId }: { personId: string }) {
  const { t, tx } = useI18n();
  const [page, setPage] = useState(0);
  const filings = useFilings(personId, page, PAGE_SIZE);
  if (filings.error) return <ProblemAlert error={filings.error} path={FILINGS_PATH} />;
  return (
    <Table<Filing>
      size="small"
      rowKey="id"
      loading={filings.isPending}
      dataSource={filings.data?.items ?? []}
      locale={{ emptyText: t('desk.person.filings.none') }}
      pagination={{
        current: page + 1,
        pageSize: PAGE_SIZE,
        total: filings.data?.total ?? 0,
        hideOnSinglePage: true,
        onChange: (next) => setPage(next - 1),
      }}
      columns={[
        { key: 'item', title: t('desk.person.filings.type'), render: (_, f) => `${tx(`desk.enum.filingType.${f.type}`, f.type)}（${f.itemCode}）` },
        { key: 'region', title: t('desk.person.filings.treatmentRegion'), dataIndex: 'treatmentRegion' },
        { key: 'validity', title: t('desk.person.filings.validity'), render: (_, f) => `${f.validFrom} ~ ${f.validTo ?? '—'}` },
        {
          key: 'status',
          title: t('desk.person.filings.status'),
          render: (_, f) => <Tag color={FILING_COLOR[f.status] ?? 'default'}>{tx(`desk.enum.filingStatus.${f.status}`, f.status)}</Tag>,
        },
      ]}
    />
  );
}
