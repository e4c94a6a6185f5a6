import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Form, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useApi } from '../../api/ApiProvider';
import type { ServicePoint } from '../../api/endpoints/registry';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/time';
import { REVIEWS_PATH, type ReviewView } from './model';
import { PointPicker } from './PointPicker';
import type { PageState } from './RectificationTable';
import { OVERDUE_ROW_CLASS } from './RectificationTable';
import { DueCell, RectificationStatusTag, ReviewSummary } from './ReviewCells';
import { useItemNames } from './useItemNames';
import type { Page } from '../../api/page';

/** 好差评 across points, newest first, optionally of one point. */
export function ReviewList({ points, pointName }: { points: readonly ServicePoint[]; pointName: (id: string) => string }) {
  const api = useApi();
  const { t } = useI18n();
  const itemName = useItemNames();
  const [form] = Form.useForm<{ servicePointId?: string }>();
  const [servicePointId, setServicePointId] = useState<string>();
  const [paging, setPaging] = useState<PageState>({ page: 0, size: 10 });
  const query = { servicePointId: servicePointId || undefined, page: paging.page, size: paging.size };
  const list = useQuery({
    queryKey: ['reviews', query],
    queryFn: ({ signal }) => api.get<Page<ReviewView>>(REVIEWS_PATH, { query, signal }),
    placeholderData: keepPreviousData,
  });
  const columns: ColumnsType<ReviewView> = [
    { title: t('workbench.reviews.submittedAt'), key: 'submittedAt', width: 170, render: (_, r) => formatDateTime(r.submittedAt) },
    { title: t('rectification.col.point'), key: 'point', width: 160, render: (_, r) => pointName(r.servicePointId) },
    {
      title: t('rectification.col.item'),
      key: 'item',
      width: 200,
      render: (_, r) => (
        <>
          <div>{itemName(r.itemCode)}</div>
          <Typography.Text type="secondary">{r.handlingId}</Typography.Text>
        </>
      ),
    },
    { title: t('rectification.col.handlingDay'), dataIndex: 'handlingDay', width: 110 },
    { title: t('rectification.col.review'), key: 'review', render: (_, r) => <ReviewSummary review={r} /> },
    {
      title: t('workbench.reviews.rectification'),
      key: 'rectification',
      width: 170,
      render: (_, r) =>
        r.rectification ? (
          <Space orientation="vertical" size={2}>
            <RectificationStatusTag status={r.rectification.status} />
            <DueCell rectification={r.rectification} />
          </Space>
        ) : r.bad ? (
          <Tag color="red">{t('workbench.reviews.bad')}</Tag>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form
        form={form}
        layout="inline"
        onFinish={(values) => {
          setServicePointId(values.servicePointId);
          setPaging((p) => ({ ...p, page: 0 }));
        }}
      >
        <Form.Item name="servicePointId" label={t('workbench.point')} htmlFor="review-point">
          <PointPicker id="review-point" points={points} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
        </Form.Item>
      </Form>
      {list.error && <ProblemAlert error={list.error} path={REVIEWS_PATH} />}
      <Table<ReviewView>
        rowKey="handlingId"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        rowClassName={(r) => (r.rectification?.overdue ? OVERDUE_ROW_CLASS : '')}
        scroll={{ x: 1000 }}
        pagination={{
          current: paging.page + 1,
          pageSize: paging.size,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, size) => setPaging({ page: size === paging.size ? page - 1 : 0, size }),
        }}
      />
    </Space>
  );
}
