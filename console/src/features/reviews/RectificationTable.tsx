import type { ReactNode } from 'react';
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useI18n } from '../../i18n/I18nProvider';
import type { ReviewView } from './model';
import { AnswerCell, DueCell, RectificationStatusTag, ReviewSummary } from './ReviewCells';
import { useItemNames } from './useItemNames';
import './reviews.css';
import type { Page } from '../../api/page';

export const OVERDUE_ROW_CLASS = 'chs-row-overdue';

export interface PageState {
  page: number;
  size: number;
}

interface Props {
  data: Page<ReviewView> | undefined;
  loading: boolean;
  paging: PageState;
  onPaging: (paging: PageState) => void;
  /** Given on the agency's page: adds the point column. */
  pointName?: (servicePointId: string) => string;
  actions?: (review: ReviewView) => ReactNode;
}

/** 差评整改 — bad reviews and where their rectification stands, one page of the server's list at a time. */
export function RectificationTable({ data, loading, paging, onPaging, pointName, actions }: Props) {
  const { t } = useI18n();
  const itemName = useItemNames();
  const columns: ColumnsType<ReviewView> = [
    { title: t('rectification.col.handlingDay'), dataIndex: 'handlingDay', width: 110 },
    ...(pointName
      ? [{ title: t('rectification.col.point'), key: 'point', width: 160, render: (_: unknown, r: ReviewView) => pointName(r.servicePointId) }]
      : []),
    {
      title: t('rectification.col.item'),
      key: 'item',
      width: 180,
      render: (_, r) => (
        <>
          <div>{itemName(r.itemCode)}</div>
          <Typography.Text type="secondary" copyable={{ text: r.handlingId }}>
            {r.handlingId}
          </Typography.Text>
        </>
      ),
    },
    { title: t('rectification.col.review'), key: 'review', render: (_, r) => <ReviewSummary review={r} /> },
    {
      title: t('rectification.col.due'),
      key: 'due',
      width: 170,
      render: (_, r) => (r.rectification ? <DueCell rectification={r.rectification} /> : '—'),
    },
    {
      title: t('rectification.col.status'),
      key: 'status',
      width: 100,
      render: (_, r) => (r.rectification ? <RectificationStatusTag status={r.rectification.status} /> : '—'),
    },
    {
      title: t('rectification.col.answer'),
      key: 'answer',
      render: (_, r) => (r.rectification ? <AnswerCell rectification={r.rectification} /> : '—'),
    },
    ...(actions ? [{ title: t('common.actions'), key: 'actions', width: 110, render: (_: unknown, r: ReviewView) => actions(r) }] : []),
  ];
  return (
    <Table<ReviewView>
      rowKey="handlingId"
      size="middle"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      rowClassName={(r) => (r.rectification?.overdue ? OVERDUE_ROW_CLASS : '')}
      scroll={{ x: 1000 }}
      pagination={{
        current: paging.page + 1,
        pageSize: paging.size,
        total: data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => t('common.total', { total }),
        onChange: (page, size) => onPaging({ page: size === paging.size ? page - 1 : 0, size }),
      }}
    />
  );
}
