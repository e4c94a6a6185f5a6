import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Result, Segmented, Space, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import type { Query } from '../../../api/client';
import { useCaller } from '../../../auth/CallerProvider';
import { useI18n } from '../../../i18n/I18nProvider';
import { RectificationList } from '../../reviews/RectificationList';
import type { PageState } from '../../reviews/RectificationTable';

export const CLERK_FILTERS = ['OPEN', 'OVERDUE', 'ANSWERED', 'CLOSED', 'ALL'] as const;
export type ClerkFilter = (typeof CLERK_FILTERS)[number];

/** The list filter: a status, or `overdue=true` (past the deadline and not closed), always of the clerk's point. */
export function clerkQuery(servicePointId: string, filter: ClerkFilter): Query {
  return {
    servicePointId,
    status: filter === 'OPEN' || filter === 'ANSWERED' || filter === 'CLOSED' ? filter : undefined,
    overdue: filter === 'OVERDUE' ? true : undefined,
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
  const queryClient = useQueryClient();
  const { t } = useI18n();
  const [filter, setFilter] = useState<ClerkFilter>('OPEN');
  const [paging, setPaging] = useState<PageState>({ page: 0, size: 10 });

  return (
    <Card
      title={t('rectification.title')}
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void queryClient.invalidateQueries({ queryKey: ['rectifications'] })}>
          {t('common.refresh')}
        </Button>
      }
    >
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
        <RectificationList query={clerkQuery(servicePointId, filter)} paging={paging} onPaging={setPaging} step="answer" />
      </Space>
    </Card>
  );
}
