import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Empty, Modal, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/ApiProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/time';
import {
  adminEvaluationLink,
  EVALUATION_BATCHES_PATH,
  publishPath,
  rankingsPath,
  type CategoryRanking,
  type EvaluationBatch,
  type RankedSite,
  type Rankings,
} from './model';

/** 评选结果 — a batch's ranking per category, the sites set apart (vetoed, ineligible, unfinished), and publishing the awards. */
export default function RankingsPage() {
  const api = useApi();
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const batchId = params.get('batch') ?? undefined;
  const batches = useQuery({
    queryKey: ['evaluation-batches'],
    queryFn: ({ signal }) => api.get<EvaluationBatch[]>(EVALUATION_BATCHES_PATH, { signal }),
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('sites.rankings.title')}>
        <Space wrap>
          <label htmlFor="rankings-batch">{t('workbench.eval.batch')}</label>
          <Select
            id="rankings-batch"
            style={{ minWidth: 280 }}
            loading={batches.isPending}
            value={batchId}
            placeholder={t('sites.rankings.chooseBatch')}
            options={(batches.data ?? []).map((b) => ({ value: b.batchId, label: `${b.batchId}（${b.year}）` }))}
            onChange={(value: string) => setParams({ batch: value })}
          />
        </Space>
        {batches.error && <ProblemAlert error={batches.error} path={EVALUATION_BATCHES_PATH} />}
      </Card>
      {batchId ? <BatchRankings batchId={batchId} /> : <Empty description={t('sites.rankings.chooseBatch')} />}
    </Space>
  );
}

function BatchRankings({ batchId }: { batchId: string }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { t, tx } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const path = rankingsPath(batchId);
  const rankings = useQuery({ queryKey: ['rankings', batchId], queryFn: ({ signal }) => api.get<Rankings>(path, { signal }) });
  const publish = useMutation({
    mutationFn: () => api.post<EvaluationBatch>(publishPath(batchId)),
    onSettled: () => setConfirming(false),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['rankings', batchId] });
      void queryClient.invalidateQueries({ queryKey: ['evaluation-batches'] });
    },
  });
  if (rankings.error) return <ProblemAlert error={rankings.error} path={path} />;
  if (!rankings.data) return <Spin />;
  const { batch, categories } = rankings.data;
  const published = batch.status === 'PUBLISHED';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={t('sites.rankings.batch', { batch: batch.batchId })}
        extra={
          !published && (
            <Button type="primary" onClick={() => setConfirming(true)} loading={publish.isPending}>
              {t('sites.rankings.publish')}
            </Button>
          )
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('workbench.eval.level')}>{tx(`workbench.level.${batch.level}`, batch.level)}</Descriptions.Item>
          <Descriptions.Item label={t('sites.batches.year')}>{batch.year}</Descriptions.Item>
          <Descriptions.Item label={t('sites.batches.status')}>
            <Tag color={published ? 'green' : 'processing'}>{tx(`sites.batches.status.${batch.status}`, batch.status)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('sites.batches.threshold')}>{batch.awardThreshold}</Descriptions.Item>
          <Descriptions.Item label={t('sites.batches.defaultQuota')}>{batch.defaultQuota}</Descriptions.Item>
          {published && (
            <Descriptions.Item label={t('sites.rankings.published')}>
              {batch.publishedBy} · {formatDateTime(batch.publishedAt)}
            </Descriptions.Item>
          )}
        </Descriptions>
        {publish.error && <ProblemAlert error={publish.error} path={publishPath(batchId)} />}
        {publish.isSuccess && <Alert type="success" showIcon title={t('sites.rankings.publishedNow')} />}
      </Card>
      {categories.length === 0 && <Empty description={t('sites.rankings.empty')} />}
      {categories.map((c) => (
        <CategoryCard key={c.category} ranking={c} />
      ))}
      <Modal
        open={confirming}
        title={t('sites.rankings.confirmTitle', { batch: batch.batchId })}
        okText={t('sites.rankings.confirmOk')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: publish.isPending }}
        onOk={() => publish.mutate()}
        onCancel={() => setConfirming(false)}
      >
        {t('sites.rankings.confirmText')}
      </Modal>
    </Space>
  );
}

function CategoryCard({ ranking }: { ranking: CategoryRanking }) {
  const { t, tx } = useI18n();
  const apart: { key: 'vetoed' | 'ineligible' | 'pending'; sites: RankedSite[] }[] = [
    { key: 'vetoed', sites: ranking.vetoed },
    { key: 'ineligible', sites: ranking.ineligible },
    { key: 'pending', sites: ranking.pending },
  ];
  return (
    <Card
      title={tx(`workbench.category.${ranking.category}`, ranking.category)}
      extra={<Typography.Text type="secondary">{t('sites.rankings.quota', { quota: ranking.quota, threshold: ranking.threshold })}</Typography.Text>}
      data-testid={`category-${ranking.category}`}
    >
      <Table<RankedSite>
        rowKey="evaluationId"
        size="small"
        pagination={false}
        dataSource={ranking.ranked}
        locale={{ emptyText: t('sites.rankings.noneRanked') }}
        aria-label={t('sites.rankings.ranked')}
        columns={[
          { title: t('sites.rankings.rank'), key: 'rank', render: (_, s) => s.rank ?? '—', width: 80 },
          { title: t('workbench.eval.site'), key: 'site', render: (_, s) => <SiteLink site={s} /> },
          { title: t('sites.scorecard.score'), key: 'score', render: (_, s) => s.score ?? '—' },
          {
            title: t('sites.rankings.award'),
            key: 'award',
            render: (_, s) => (s.awardable ? <Tag color="gold">{t('sites.rankings.awardable')}</Tag> : <Tag>{t('sites.rankings.notAwardable')}</Tag>),
          },
        ]}
      />
      {apart
        .filter((group) => group.sites.length > 0)
        .map((group) => (
          <section key={group.key} aria-label={t(`sites.rankings.${group.key}`)} style={{ marginTop: 16 }}>
            <Typography.Title level={5}>{t(`sites.rankings.${group.key}`)}</Typography.Title>
            <ul style={{ margin: 0 }}>
              {group.sites.map((s) => (
                <li key={s.evaluationId}>
                  <SiteLink site={s} />
                  {s.score != null && <span>（{t('workbench.eval.score', { score: String(s.score) })}）</span>}
                  {s.reason && <Typography.Text type="secondary">：{s.reason}</Typography.Text>}
                </li>
              ))}
            </ul>
          </section>
        ))}
    </Card>
  );
}

function SiteLink({ site }: { site: RankedSite }) {
  return <Link to={adminEvaluationLink(site.evaluationId)}>{site.servicePointName || site.servicePointId}</Link>;
}
