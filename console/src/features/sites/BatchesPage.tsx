import { useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Modal, Space, Table, Tag, Typography, message } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useApi } from '../../api/ApiProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { BatchSettingsForm } from './batches/BatchSettingsForm';
import { NewBatchForm } from './batches/NewBatchForm';
import {
  DECLARATION_BATCHES_PATH,
  EVALUATION_BATCHES_PATH,
  rankingsLink,
  type DeclarationBatch,
  type EvaluationBatch,
} from './model';
import type { Page } from '../../api/page';

/**
 * 示范点批次 — the batches as declared (site-registry: quotas per category, nomination quotas, the calendar, nominations) and
 * as ranked (evaluation: quotas, default quota, award threshold, status), joined by batch id.
 */
export default function BatchesPage() {
  const api = useApi();
  const queryClient = useQueryClient();
  const { t, tx } = useI18n();
  const [paging, setPaging] = useState({ page: 0, size: 10 });
  const [creating, setCreating] = useState(false);
  const [messages, messageHolder] = message.useMessage();
  const batches = useQuery({
    queryKey: ['declaration-batches', paging],
    queryFn: ({ signal }) => api.get<Page<DeclarationBatch>>(DECLARATION_BATCHES_PATH, { query: paging, signal }),
    placeholderData: keepPreviousData,
  });
  const ranking = useQuery({
    queryKey: ['evaluation-batches'],
    queryFn: ({ signal }) => api.get<EvaluationBatch[]>(EVALUATION_BATCHES_PATH, { signal }),
  });
  const byId = new Map((ranking.data ?? []).map((b) => [b.batchId, b]));
  const rows = batches.data?.items ?? [];
  const known = paging.page * paging.size + rows.length + (batches.data?.hasNext ? 1 : 0);
  const quotaText = (quotas: Record<string, number> | null | undefined, prefix: 'workbench.category' | 'sites.group') =>
    Object.entries(quotas ?? {})
      .map(([k, n]) => `${tx(`${prefix}.${k}`, k)} ${n}`)
      .join('；') || '—';
  return (
    <Card
      title={t('sites.batches.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('sites.batches.new')}
        </Button>
      }
    >
      {messageHolder}
      <Modal open={creating} title={t('sites.batches.new')} footer={null} destroyOnHidden width={760} onCancel={() => setCreating(false)}>
        <NewBatchForm
          onCancel={() => setCreating(false)}
          onCreated={(batch) => {
            setCreating(false);
            void messages.success(t('sites.batches.new.done', { id: batch.id }));
            void queryClient.invalidateQueries({ queryKey: ['declaration-batches'] });
          }}
        />
      </Modal>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('sites.batches.intro')}</Typography.Text>
        {batches.error && <ProblemAlert error={batches.error} path={DECLARATION_BATCHES_PATH} />}
        {ranking.error && <ProblemAlert error={ranking.error} path={EVALUATION_BATCHES_PATH} />}
        <Table<DeclarationBatch>
          rowKey="id"
          dataSource={rows}
          loading={batches.isFetching}
          scroll={{ x: 1000 }}
          locale={{ emptyText: t('sites.batches.empty') }}
          pagination={{
            current: paging.page + 1,
            pageSize: paging.size,
            total: known,
            onChange: (page, size) => setPaging({ page: size === paging.size ? page - 1 : 0, size }),
          }}
          expandable={{
            expandedRowRender: (b) => {
              const settings = byId.get(b.id);
              return (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
                    <Descriptions.Item label={t('sites.batches.quotas')}>{quotaText(b.quotas, 'workbench.category')}</Descriptions.Item>
                    <Descriptions.Item label={t('sites.batches.nominationQuotas')}>{quotaText(b.nominationQuotas, 'sites.group')}</Descriptions.Item>
                    <Descriptions.Item label={t('sites.batches.nominations')} span={2}>
                      {(b.nominations ?? []).map((n) => `${n.servicePointId} → ${tx(`workbench.level.${n.toLevel}`, n.toLevel)}（${n.nominatedOn}）`).join('；') || '—'}
                    </Descriptions.Item>
                  </Descriptions>
                  <Typography.Title level={5}>{t('sites.batches.settings')}</Typography.Title>
                  {settings ? (
                    <BatchSettingsForm
                      batch={settings}
                      categories={Object.keys(b.quotas ?? {})}
                      onSaved={() => void queryClient.invalidateQueries({ queryKey: ['evaluation-batches'] })}
                    />
                  ) : (
                    <Typography.Text type="secondary">{t('sites.batches.noSettings')}</Typography.Text>
                  )}
                </Space>
              );
            },
          }}
          columns={[
            {
              title: t('sites.batches.name'),
              key: 'name',
              render: (_, b) => (
                <>
                  <div>{b.name}</div>
                  <Typography.Text type="secondary">{b.id}</Typography.Text>
                </>
              ),
            },
            { title: t('workbench.eval.level'), key: 'level', render: (_, b) => `${tx(`workbench.level.${b.level}`, b.level)} ${b.year}` },
            { title: t('sites.batches.area'), dataIndex: 'areaCode' },
            {
              title: t('sites.batches.calendar'),
              key: 'calendar',
              render: (_, b) => (
                <>
                  <div>{t('sites.batches.declarationDeadline', { date: b.declarationDeadline })}</div>
                  <div>{t('sites.batches.constructionDeadline', { date: b.constructionDeadline })}</div>
                  <div>{t('sites.batches.decisionDeadline', { date: b.decisionDeadline })}</div>
                </>
              ),
            },
            {
              title: t('sites.batches.ranking'),
              key: 'ranking',
              render: (_, b) => {
                const s = byId.get(b.id);
                if (!s) return <Typography.Text type="secondary">{t('sites.batches.noSettings.short')}</Typography.Text>;
                return (
                  <Space orientation="vertical" size={0}>
                    <Tag color={s.status === 'PUBLISHED' ? 'green' : 'processing'}>{tx(`sites.batches.status.${s.status}`, s.status)}</Tag>
                    <span>{t('sites.batches.thresholdIs', { threshold: s.awardThreshold })}</span>
                  </Space>
                );
              },
            },
            {
              title: t('common.actions'),
              key: 'links',
              render: (_, b) => (
                <Space orientation="vertical" size={0}>
                  <Link to={`/sites/declarations?batch=${encodeURIComponent(b.id)}`}>{t('sites.batches.toDeclarations')}</Link>
                  <Link to={`/sites/evaluations?batch=${encodeURIComponent(b.id)}`}>{t('sites.batches.toEvaluations')}</Link>
                  {byId.has(b.id) && <Link to={rankingsLink(b.id)}>{t('sites.rankings.open')}</Link>}
                </Space>
              ),
            },
          ]}
        />
      </Space>
    </Card>
  );
}
