import { useState } from 'react';
import { Table, Tag } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/time';
import { SlicePager } from '../network/SlicePager';
import { VERSIONS_PATH, type VersionSummary } from './model';
import { useVersions } from './useCatalogue';

const PAGE_SIZE = 20;
const CHANGE_COLOURS: Record<string, string> = { SEEDED: 'default', ADDED: 'green', UPDATED: 'blue', REMOVED: 'red' };

/** The versions, newest first, with what changed, who and when. */
export function VersionsTable() {
  const { t, tx } = useI18n();
  const [page, setPage] = useState(0);
  const { data, error, isFetching } = useVersions(page, PAGE_SIZE);
  return (
    <>
      {error && <ProblemAlert error={error} path={VERSIONS_PATH} />}
      <Table<VersionSummary>
        rowKey="version"
        size="small"
        loading={isFetching}
        pagination={false}
        dataSource={data?.items ?? []}
        columns={[
          { title: t('network.catalogue.version'), dataIndex: 'version', render: (v: number) => `v${v}` },
          { title: t('network.catalogue.changeType'), key: 'type', render: (_: unknown, v) => <Tag color={CHANGE_COLOURS[v.change.type]}>{tx(`network.catalogue.change.${v.change.type}`, v.change.type)}</Tag> },
          { title: t('network.catalogue.changedCodes'), key: 'codes', render: (_: unknown, v) => (v.change.type === 'SEEDED' ? t('network.catalogue.entries', { count: v.change.codes.length }) : v.change.codes.join('、')) },
          { title: t('network.catalogue.summary'), key: 'summary', render: (_: unknown, v) => v.change.summary },
          { title: t('network.catalogue.entryCount'), dataIndex: 'entryCount', align: 'right' },
          { title: t('network.catalogue.by'), dataIndex: 'createdBy', render: (b?: string | null) => b ?? '—' },
          { title: t('network.catalogue.at'), dataIndex: 'createdAt', render: (at?: string | null) => formatDateTime(at) },
        ]}
      />
      <SlicePager page={page} hasNext={data?.hasNext ?? false} onPage={setPage} loading={isFetching} />
    </>
  );
}
