import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/ApiProvider';
import type { Query } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/time';
import type { EvaluationPage } from '../reviews/model';
import { EVALUATION_STATUSES, EVALUATIONS_PATH, type EvaluationView } from '../evaluations/model';
import { adminEvaluationLink } from './model';

interface Filter {
  batchId?: string;
  status?: EvaluationView['status'];
}

/** 示范点评估 (agency) — every evaluation, by batch and status, a page at a time from the service. */
export default function EvaluationsPage() {
  const api = useApi();
  const { t, tx } = useI18n();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Filter>();
  const [filter, setFilter] = useState<Filter>({ batchId: params.get('batch') ?? undefined });
  const [paging, setPaging] = useState({ page: 0, size: 20 });
  const query: Query = { batchId: filter.batchId?.trim() || undefined, status: filter.status, page: paging.page, size: paging.size };
  const list = useQuery({
    queryKey: ['evaluations', 'admin', query],
    queryFn: ({ signal }) => api.get<EvaluationPage<EvaluationView>>(EVALUATIONS_PATH, { query, signal }),
    placeholderData: keepPreviousData,
  });
  return (
    <Card title={t('sites.evaluations.title')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('sites.evaluations.intro')}</Typography.Text>
        <Form<Filter>
          form={form}
          layout="inline"
          initialValues={filter}
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
            <Input allowClear style={{ width: 220 }} maxLength={100} />
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
          dataSource={list.data?.content ?? []}
          loading={list.isFetching}
          scroll={{ x: 1100 }}
          locale={{ emptyText: t('sites.evaluations.empty') }}
          pagination={{
            current: paging.page + 1,
            pageSize: paging.size,
            total: list.data?.totalElements ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, size) => setPaging({ page: size === paging.size ? page - 1 : 0, size }),
          }}
          columns={[
            {
              title: t('workbench.eval.site'),
              key: 'site',
              render: (_, e) => (
                <>
                  <Link to={adminEvaluationLink(e.id)}>{e.servicePointName || e.servicePointId}</Link>
                  <div>
                    <Typography.Text type="secondary">{e.servicePointId}</Typography.Text>
                  </div>
                </>
              ),
            },
            { title: t('workbench.eval.category'), key: 'category', render: (_, e) => tx(`workbench.category.${e.category}`, e.category) },
            { title: t('workbench.eval.batch'), key: 'batch', render: (_, e) => `${e.batchId}（${e.year}）` },
            { title: t('sites.evaluation.evaluators'), key: 'evaluators', render: (_, e) => e.evaluators.join('、') || <Tag color="orange">{t('sites.evaluations.unassigned')}</Tag> },
            { title: t('workbench.eval.kpiPeriod'), key: 'kpi', render: (_, e) => (e.kpiFrom && e.kpiTo ? `${e.kpiFrom} ~ ${e.kpiTo}` : '—') },
            {
              title: t('workbench.eval.status'),
              key: 'status',
              render: (_, e) => (
                <Space size={4} wrap>
                  <Tag color={e.status === 'OPEN' ? 'processing' : 'default'}>{t(`workbench.eval.status.${e.status}`)}</Tag>
                  {e.outcome && <Tag color={e.outcome === 'SCORED' ? 'green' : 'red'}>{tx(`workbench.eval.outcome.${e.outcome}`, e.outcome)}</Tag>}
                  {e.score != null && t('workbench.eval.score', { score: String(e.score) })}
                </Space>
              ),
            },
            { title: t('sites.evaluations.findings'), key: 'findings', render: (_, e) => e.findings.length },
            { title: t('sites.evaluations.changed'), key: 'changed', render: (_, e) => formatDateTime(e.lastModifiedAt ?? e.createdAt) },
          ]}
        />
      </Space>
    </Card>
  );
}
