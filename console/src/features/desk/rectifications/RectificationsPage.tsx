import { useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Modal, Result, Segmented, Space, Typography, message } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useApi } from '../../../api/ApiProvider';
import type { Query } from '../../../api/client';
import { useCaller } from '../../../auth/CallerProvider';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { RECTIFICATIONS_PATH, type EvaluationPage, type ReviewView } from '../../reviews/model';
import { RectificationTable, type PageState } from '../../reviews/RectificationTable';
import { AnswerForm } from './AnswerForm';

export const CLERK_FILTERS = ['OPEN', 'OVERDUE', 'ANSWERED', 'CLOSED', 'ALL'] as const;
export type ClerkFilter = (typeof CLERK_FILTERS)[number];

/** The list query for a filter: a status, or `overdue=true` (past the deadline and not closed), always of the clerk's point. */
export function clerkQuery(servicePointId: string, filter: ClerkFilter, paging: PageState): Query {
  return {
    servicePointId,
    status: filter === 'OPEN' || filter === 'ANSWERED' || filter === 'CLOSED' ? filter : undefined,
    overdue: filter === 'OVERDUE' ? true : undefined,
    page: paging.page,
    size: paging.size,
  };
}

/** 差评整改 — the bad reviews of the clerk's point, overdue ones first in red; the point answers what it changed. */
export default function RectificationsPage() {
  const caller = useCaller();
  const { t } = useI18n();
  if (!caller.servicePointId) {
    return <Result status="warning" title={t('rectification.noPoint')} subTitle={t('rectification.noPoint.detail')} />;
  }
  return <PointRectifications servicePointId={caller.servicePointId} />;
}

function PointRectifications({ servicePointId }: { servicePointId: string }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { t } = useI18n();
  const [messages, messageHolder] = message.useMessage();
  const [filter, setFilter] = useState<ClerkFilter>('OPEN');
  const [paging, setPaging] = useState<PageState>({ page: 0, size: 10 });
  const [answering, setAnswering] = useState<ReviewView | null>(null);
  const query = clerkQuery(servicePointId, filter, paging);
  const list = useQuery({
    queryKey: ['rectifications', query],
    queryFn: ({ signal }) => api.get<EvaluationPage<ReviewView>>(RECTIFICATIONS_PATH, { query, signal }),
    placeholderData: keepPreviousData,
  });

  return (
    <Card
      title={t('rectification.title')}
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()}>
          {t('common.refresh')}
        </Button>
      }
    >
      {messageHolder}
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('rectification.intro')}</Typography.Text>
        <Segmented<ClerkFilter>
          value={filter}
          onChange={(value) => {
            setFilter(value);
            setPaging((p) => ({ ...p, page: 0 }));
          }}
          options={CLERK_FILTERS.map((f) => ({ value: f, label: t(`rectification.filter.${f}`) }))}
        />
        {list.error && <ProblemAlert error={list.error} path={RECTIFICATIONS_PATH} />}
        <RectificationTable
          data={list.data}
          loading={list.isFetching}
          paging={paging}
          onPaging={setPaging}
          actions={(r) =>
            r.rectification?.status === 'OPEN' ? (
              <Button type="primary" size="small" autoInsertSpace={false} onClick={() => setAnswering(r)}>
                {t('rectification.answer')}
              </Button>
            ) : null
          }
        />
      </Space>
      <Modal
        open={answering !== null}
        title={t('rectification.answer.title', { handlingId: answering?.handlingId ?? '' })}
        footer={null}
        destroyOnHidden
        onCancel={() => setAnswering(null)}
        width={640}
      >
        {answering && (
          <AnswerForm
            review={answering}
            onCancel={() => setAnswering(null)}
            onDone={() => {
              setAnswering(null);
              void messages.success(t('rectification.answer.done'));
              void queryClient.invalidateQueries({ queryKey: ['rectifications'] });
            }}
          />
        )}
      </Modal>
    </Card>
  );
}
