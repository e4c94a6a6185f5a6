import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { ColumnsType } from 'antd/es/table';
import { useApi } from '../../api/ApiProvider';
import type { Query } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/catalogue';
import { formatDateTime } from '../../lib/time';
import { EVALUATION_STATUSES, EVALUATIONS_PATH, type EvaluationView } from './model';
import type { Page } from '../../api/page';

interface Filter {
  batchId?: string;
  status?: EvaluationView['status'];
}

interface Props {
  /** Where a site's name leads: the evaluator's workbench or the agency's evaluation page. */
  linkTo: (id: string) => string;
  /** The agency's list also shows who is assigned (unassigned in orange) and when each last changed. */
  admin?: boolean;
  initialBatch?: string;
  pageSize: number;
  emptyText: MessageKey;
}

/**
 * The evaluations the service gives the caller (an evaluator only their assigned ones), filtered by status and batch, a page at
 * a time: the evaluator's 我的评估任务 and the agency's 示范点评估 are this list with another link.
 */
export function EvaluationList({ linkTo, admin = false, initialBatch, pageSize, emptyText }: Props) {
  const api = useApi();
  const { t, tx } = useI18n();
  const [form] = Form.useForm<Filter>();
  const [filter, setFilter] = useState<Filter>({ batchId: initialBatch });
  const [paging, setPaging] = useState({ page: 0, size: pageSize });
  const query: Query = { batchId: filter.batchId?.trim() || undefined, status: filter.status, page: paging.page, size: paging.size };
  const list = useQuery({
    queryKey: ['evaluations', admin ? 'admin' : 'mine', query],
    queryFn: ({ signal }) => api.get<Page<EvaluationView>>(EVALUATIONS_PATH, { query, signal }),
    placeholderData: keepPreviousData,
  });
  const columns: ColumnsType<EvaluationView> = [
    {
      title: t('workbench.eval.site'),
      key: 'site',
      render: (_, e) => (
        <>
          <div>
            <Link to={linkTo(e.id)}>{e.servicePointName || e.servicePointId}</Link>
          </div>
          <Typography.Text type="secondary">{e.servicePointId}</Typography.Text>
        </>
      ),
    },
    { title: t('workbench.eval.category'), key: 'category', render: (_, e) => tx(`workbench.category.${e.category}`, e.category) },
    { title: t('workbench.eval.level'), key: 'level', render: (_, e) => (e.level ? tx(`workbench.level.${e.level}`, e.level) : '—') },
    { title: t('workbench.eval.batch'), key: 'batch', render: (_, e) => `${e.batchId}（${e.year}）` },
    { title: t('workbench.eval.standard'), dataIndex: 'standardId' },
    ...(admin
      ? [
          {
            title: t('sites.evaluation.evaluators'),
            key: 'evaluators',
            render: (_: unknown, e: EvaluationView) => e.evaluators.join('、') || <Tag color="orange">{t('sites.evaluations.unassigned')}</Tag>,
          },
        ]
      : []),
    { title: t('workbench.eval.kpiPeriod'), key: 'kpi', render: (_, e) => (e.kpiFrom && e.kpiTo ? `${e.kpiFrom} ~ ${e.kpiTo}` : '—') },
    {
      title: t('workbench.eval.status'),
      key: 'status',
      render: (_, e) => (
        <Space size={4} wrap>
          <Tag color={e.status === 'OPEN' ? 'processing' : 'default'}>{t(`workbench.eval.status.${e.status}`)}</Tag>
          {e.outcome && <Tag color={e.outcome === 'SCORED' ? 'green' : 'red'}>{tx(`workbench.eval.outcome.${e.outcome}`, e.outcome)}</Tag>}
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
    ...(admin
      ? [{ title: t('sites.evaluations.changed'), key: 'changed', render: (_: unknown, e: EvaluationView) => formatDateTime(e.lastModifiedAt ?? e.createdAt) }]
      : []),
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
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
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: admin ? 1300 : 1100 }}
        locale={{ emptyText: t(emptyText) }}
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

function latest(instants: string[]): string | undefined {
  return [...instants].sort().pop();
}
