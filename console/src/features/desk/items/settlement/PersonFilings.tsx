import { useState } from 'react';
import { Alert, Button, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../../api/ApiProvider';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { useI18n } from '../../../../i18n/I18nProvider';
import { formatDateTime } from '../../../../lib/time';
import type { ItemFormProps } from '../../types';
import { filingTypeText, validityText } from './filingReceipts';
import { filingsQueryKey } from './NewFilingForm';
import { RevokeDialog } from './RevokeDialog';
import { FILINGS_PATH, type FilingResponse, type FilingStatus } from './settlementApi';
import type { Page } from '../../../../api/page';

const STATUS_COLOR: Record<FilingStatus, string> = { ACTIVE: 'green', REVOKED: 'default', EXPIRED: 'orange' };

/** The person's 异地就医备案 (newest first, as the service lists them), each active one with 撤销. */
export function PersonFilings(props: ItemFormProps) {
  const { person } = props;
  const i18n = useI18n();
  const { t, tx } = i18n;
  const api = useApi();
  const [revoking, setRevoking] = useState<FilingResponse | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const personId = person?.personId;
  const filings = useQuery({
    queryKey: filingsQueryKey(personId),
    queryFn: () => api.get<Page<FilingResponse>>(FILINGS_PATH, { query: { personId, page: 0, size: 50 } }),
    enabled: !!personId,
  });

  if (!personId) return null;

  const columns: ColumnsType<FilingResponse> = [
    { title: t('settlementItems.filing.type'), key: 'type', render: (_v, f) => `${filingTypeText(i18n, f.type)}（${f.itemCode}）` },
    { title: t('settlementItems.filing.treatmentRegion'), dataIndex: 'treatmentRegion', key: 'treatmentRegion' },
    { title: t('settlementItems.filing.validityLabel'), key: 'validity', render: (_v, f) => validityText(i18n, f) },
    {
      title: t('settlementItems.filing.status'),
      key: 'status',
      render: (_v, f) => (
        <Tag color={STATUS_COLOR[f.status]}>
          {tx(`settlementItems.filingStatus.${f.status}`, f.status)}
          {f.madeUp ? ` · ${t('settlementItems.filing.madeUp')}` : ''}
        </Tag>
      ),
    },
    { title: t('settlementItems.filing.createdAt'), key: 'createdAt', render: (_v, f) => formatDateTime(f.createdAt) },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_v, f) =>
        f.status === 'ACTIVE' ? (
          <Button size="small" danger onClick={() => setRevoking(f)} aria-label={t('settlementItems.revocation.actionFor', { id: f.id })}>
            {t('settlementItems.revocation.action')}
          </Button>
        ) : f.status === 'REVOKED' && f.revocationReason ? (
          <Typography.Text type="secondary">{f.revocationReason}</Typography.Text>
        ) : null,
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('settlementItems.filings.title', { name: person?.name ?? '' })}
      </Typography.Title>
      {notice && <Alert type="warning" showIcon role="alert" title={notice} closable={{ onClose: () => setNotice(null) }} />}
      {filings.isError ? (
        <ProblemAlert error={filings.error} path={FILINGS_PATH} />
      ) : (
        <Table<FilingResponse>
          rowKey="id"
          size="small"
          loading={filings.isLoading}
          columns={columns}
          dataSource={filings.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: t('settlementItems.filings.empty') }}
          footer={filings.data?.hasNext ? () => t('settlementItems.filings.more', { total: filings.data?.total ?? '' }) : undefined}
        />
      )}
      {revoking && (
        <RevokeDialog
          {...props}
          filing={revoking}
          onClose={() => setRevoking(null)}
          onWithoutReceipt={(text) => {
            setRevoking(null);
            setNotice(text);
          }}
        />
      )}
    </Flex>
  );
}
