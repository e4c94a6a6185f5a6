import { useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Modal, Select, Space, Table, Typography, message } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useApi } from '../../api/ApiProvider';
import type { Query } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { DeclarationDrawer } from './declarations/DeclarationDrawer';
import { DeclareForm } from './declarations/DeclareForm';
import { StatusTag } from './declarations/StatusTag';
import {
  DECLARATION_CATEGORIES,
  DECLARATION_STATUSES,
  DECLARATIONS_PATH,
  HAND_TRANSITIONS,
  type Declaration,
  type DeclarationStatus,
} from './model';
import type { Page } from '../../api/page';

interface Filter {
  batchId?: string;
  status?: DeclarationStatus;
  category?: string;
}

/** 示范点申报 — declarations through their lifecycle, a page at a time from site-registry (which pages without a total). */
export default function DeclarationsPage() {
  const api = useApi();
  const { t, tx } = useI18n();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Filter>();
  const [filter, setFilter] = useState<Filter>({ batchId: params.get('batch') ?? undefined });
  const [paging, setPaging] = useState({ page: 0, size: 20 });
  const [open, setOpen] = useState<string | null>(null);
  const [declaring, setDeclaring] = useState(false);
  const queryClient = useQueryClient();
  const [messages, messageHolder] = message.useMessage();
  const query: Query = { batchId: filter.batchId?.trim() || undefined, status: filter.status, category: filter.category, ...paging };
  const list = useQuery({
    queryKey: ['declarations', query],
    queryFn: ({ signal }) => api.get<Page<Declaration>>(DECLARATIONS_PATH, { query, signal }),
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.items ?? [];
  // No total from a slice: one more page is offered while the service says more follow.
  const known = paging.page * paging.size + rows.length + (list.data?.hasNext ? 1 : 0);
  return (
    <Card
      title={t('sites.declarations.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDeclaring(true)}>
          {t('sites.declare')}
        </Button>
      }
    >
      {messageHolder}
      <Modal open={declaring} title={t('sites.declare')} footer={null} destroyOnHidden width={560} onCancel={() => setDeclaring(false)}>
        <DeclareForm
          initialBatch={filter.batchId?.trim() || undefined}
          onCancel={() => setDeclaring(false)}
          onDeclared={(declared) => {
            setDeclaring(false);
            void (declared.preCheck.passed ? messages.success(t('sites.declare.done.passed')) : messages.warning(t('sites.declare.done.failed')));
            void queryClient.invalidateQueries({ queryKey: ['declarations'] });
            setOpen(declared.declaration.id);
          }}
        />
      </Modal>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('sites.declarations.intro')}</Typography.Text>
        <Form<Filter>
          form={form}
          layout="inline"
          initialValues={filter}
          onFinish={(values) => {
            setFilter(values);
            setPaging((p) => ({ ...p, page: 0 }));
          }}
        >
          <Form.Item name="batchId" label={t('workbench.eval.batch')}>
            <Input allowClear style={{ width: 200 }} maxLength={64} />
          </Form.Item>
          <Form.Item name="status" label={t('sites.declaration.status')}>
            <Select
              allowClear
              style={{ width: 150 }}
              placeholder={t('workbench.status.all')}
              options={DECLARATION_STATUSES.map((s) => ({ value: s, label: t(`sites.status.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name="category" label={t('workbench.eval.category')}>
            <Select
              allowClear
              style={{ width: 240 }}
              placeholder={t('workbench.status.all')}
              options={DECLARATION_CATEGORIES.map((c) => ({ value: c, label: tx(`workbench.category.${c}`, c) }))}
            />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit">
              {t('common.search')}
            </Button>
          </Form.Item>
        </Form>
        {list.error && <ProblemAlert error={list.error} path={DECLARATIONS_PATH} />}
        <Table<Declaration>
          rowKey="id"
          size="middle"
          dataSource={rows}
          loading={list.isFetching}
          scroll={{ x: 1100 }}
          locale={{ emptyText: t('sites.declarations.empty') }}
          pagination={{
            current: paging.page + 1,
            pageSize: paging.size,
            total: known,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            onChange: (page, size) => setPaging({ page: size === paging.size ? page - 1 : 0, size }),
          }}
          columns={[
            {
              title: t('workbench.eval.site'),
              key: 'site',
              render: (_, d) => (
                <>
                  <div>{d.servicePointName || d.servicePointId}</div>
                  <Typography.Text type="secondary">{d.servicePointId}</Typography.Text>
                </>
              ),
            },
            { title: t('workbench.eval.category'), key: 'category', render: (_, d) => tx(`workbench.category.${d.category}`, d.category) },
            { title: t('workbench.eval.batch'), key: 'batch', render: (_, d) => `${d.batchId}（${tx(`workbench.level.${d.level}`, d.level)} ${d.year}）` },
            { title: t('sites.declaration.declaredOn'), dataIndex: 'declaredOn' },
            { title: t('sites.declaration.status'), key: 'status', render: (_, d) => <StatusTag status={d.status} /> },
            {
              title: t('sites.declaration.result'),
              key: 'result',
              render: (_, d) =>
                d.awardedLevel
                  ? t('sites.declaration.awardedAt', { level: tx(`workbench.level.${d.awardedLevel}`, d.awardedLevel), score: d.score ?? '—' })
                  : d.vetoReason
                    ? d.vetoReason
                    : d.score != null
                      ? t('workbench.eval.score', { score: String(d.score) })
                      : '—',
            },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_, d) => {
                const next = HAND_TRANSITIONS[d.status];
                return (
                  <Button size="small" type={next ? 'primary' : 'default'} onClick={() => setOpen(d.id)}>
                    {next ? t('sites.declarations.advance', { status: t(`sites.status.${next}`) }) : t('common.details')}
                  </Button>
                );
              },
            },
          ]}
        />
      </Space>
      <DeclarationDrawer id={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
