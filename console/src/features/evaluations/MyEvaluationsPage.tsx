import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { ColumnsType } from 'antd/es/table';
import { useApi } from '../../api/ApiProvider';
import type { Query } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/time';
import type { EvaluationPage } from '../reviews/model';
import { EVALUATION_STATUSES, EVALUATIONS_PATH, workbenchLink, type EvaluationView } from './model';

interface Filter {
  batchId?: string;
  status?: EvaluationView['status'];
}

/**
 * 我的评估任务 — the demonstration-site evaluations assigned to the signed-in evaluator (the service filters by assignment);
 * each site opens its workbench (`evaluations/:id`).
 */
export default function MyEvaluationsPage() {
  const api = useApi();
  const { t, tx } = useI18n();
  const [form] = Form.useForm<Filter>();
  const [filter, setFilter] = useState<Filter>({});
  const [paging, setPaging] = useState({ page: 0, size: 10 });
  const query: Query = { batchId: filter.batchId?.trim() || undefined, status: filter.status, page: paging.page, size: paging.size };
  const list = useQuery({
    queryKey: ['evaluations', query],
    queryFn: ({ signal }) => api.get<EvaluationPage<EvaluationView>>(EVALUATIONS_PATH, { query, signal }),
    placeholderData: keepPreviousData,
  });
  const columns: ColumnsType<EvaluationView> = [
    {
      title: t('workbench.eval.site'),
      key: 'site',
      render: (_, e) => (
        <>
          <div>
            <Link to={workbenchLink(e.id)}>{e.servicePointName || e.servicePointId}</Link>
          </div>
          <Typography.Text type="secondary">{e.servicePointId}</Typography.Text>
        </>
      ),
    },
    { title: t('workbench.eval.category'), key: 'category', render: (_, e) => tx(`workbench.category.${e.category}`, e.category) },
    { title: t('workbench.eval.level'), key: 'level', render: (_, e) => (e.level ? tx(`workbench.level.${e.level}`, e.level) : '—') },
    { title: t('workbench.eval.batch'), key: 'batch', render: (_, e) => `${e.batchId}（${e.year}）` },
    { title: t('workbench.eval.standard'), dataIndex: 'standardId' },
    {
      title: t('workbench.eval.kpiPeriod'),
      key: 'kpi',
      render: (_, e) => (e.kpiFrom && e.kpiTo ? `${e.kpiFrom} ~ ${e.kpiTo}` : '—'),
    },
    {
      title: t('workbench.eval.status'),
      key: 'status',
      render: (_, e) =>
        e.status === 'OPEN' ? (
          <Tag color="processing">{t('workbench.eval.status.OPEN')}</Tag>
        ) : (
          <Space size={4} wrap>
            <Tag color="default">{t('workbench.eval.status.FINALIZED')}</Tag>
            {e.outcome && (
              <Tag color={e.outcome === 'SCORED' ? 'green' : 'red'}>{tx(`workbench.eval.outcome.${e.outcome}`, e.outcome)}</Tag>
            )}
            {e.score != null && <Typography.Text strong>{t('workbench.eval.score', { score: String(e.score) })}</Typography.Text>}
          </Space>
        ),
    },
    {
      title: t('workbench.eval.progress'),
      key: 'progress',
      render: (_, e) => (
        <Space orientation="vertical" size={0}>
          <span>{t('workbench.eval.findings', { count: e.findings?.length ?? 0 })}</span>
          {e.findings?.length ? (
            <Typography.Text type="secondary">
              {t('workbench.eval.lastFinding', { at: formatDateTime(latest(e.findings.map((f) => f.recordedAt))) })}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
  ];
  return (
    <Card title={t('workbench.eval.title')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('workbench.eval.intro')}</Typography.Text>
        <Form<Filter>
          form={form}
          layout="inline"
          onFinish={(values) => {
            setFilter(values);
            setPaging((p) => ({ ...p, page: 0 }));
          }}
        >
          <Form.Item name="status" label={t('workbench.eval.status')}>
            <Select
              allowClear
              style={{ width: 140 }}
              placeholder={t('workbench.status.all')}
              options={EVALUATION_STATUSES.map((s) => ({ value: s, label: t(`workbench.eval.status.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name="batchId" label={t('workbench.eval.batch')}>
            <Input allowClear style={{ width: 200 }} maxLength={100} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit">
              {t('common.search')}
            </Button>
          </Form.Item>
        </Form>
        {list.error && <ProblemAlert error={list.error} path={EVALUATIONS_PATH} />}
        <Table<EvaluationView>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.content ?? []}
          loading={list.isFetching}
          scroll={{ x: 1000 }}
          locale={{ emptyText: t('workbench.eval.empty') }}
          pagination={{
            current: paging.page + 1,
            pageSize: paging.size,
            total: list.data?.totalElements ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, size) => setPaging({ page: size === paging.size ? page - 1 : 0, size }),
          }}
        />
      </Space>
    </Card>
  );
}

function latest(instants: string[]): string | undefined {
  return [...instants].sort().pop();
}
