import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Progress, Result, Space, Spin, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/ApiProvider';
import { ApiError } from '../../api/problem';
import { useCaller } from '../../auth/CallerProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { kpiPath, type KpiReport } from '../desk/kpis/model';
import { evaluationPath, type EvaluationView } from './model';
import { scorecardPath, type Scorecard } from './scorecard';
import { ScorecardDownloads, ScorecardView } from './ScorecardView';
import { progress, standardVersionPath, type StandardView } from './standard';
import { ItemCard } from './workbench/ItemCard';

/** 评估工作台 — an assigned evaluation: the standard's items, each with the finding form of its rule kind, and the progress. */
export default function EvaluationWorkbenchPage() {
  const { id = '' } = useParams();
  const api = useApi();
  const path = evaluationPath(id);
  const evaluation = useQuery({
    queryKey: ['evaluation', id],
    queryFn: ({ signal }) => api.get<EvaluationView>(path, { signal }),
  });
  if (evaluation.error instanceof ApiError && (evaluation.error.status === 403 || evaluation.error.status === 404)) {
    return <Refusal status={evaluation.error.status} />;
  }
  if (evaluation.error) return <ProblemAlert error={evaluation.error} path={path} />;
  if (!evaluation.data) return <Spin />;
  return <Workbench evaluation={evaluation.data} />;
}

/** An evaluation not assigned to the caller (403) or not there (404): no data, only the refusal. */
export function Refusal({ status }: { status: 403 | 404 }) {
  const { t } = useI18n();
  return (
    <Result
      status={status === 403 ? '403' : '404'}
      title={status === 403 ? t('sites.workbench.refused') : t('sites.workbench.notFound')}
      subTitle={status === 403 ? t('sites.workbench.refused.detail') : t('sites.workbench.notFound.detail')}
      extra={
        <Link to="/evaluations">
          <Button type="primary">{t('sites.workbench.back')}</Button>
        </Link>
      }
    />
  );
}

function Workbench({ evaluation }: { evaluation: EvaluationView }) {
  const api = useApi();
  const caller = useCaller();
  const queryClient = useQueryClient();
  const { t, tx, locale } = useI18n();
  const standardPath = standardVersionPath(evaluation.standardId);
  const standard = useQuery({
    queryKey: ['standard', evaluation.standardId],
    queryFn: ({ signal }) => api.get<StandardView>(standardPath!, { signal }),
    enabled: standardPath != null,
    staleTime: 60 * 60_000,
  });
  const items = (standard.data?.categories ?? []).flatMap((c) => c.items);
  const hasMetrics = items.some((i) => i.rule.kind === 'METRIC_THRESHOLD');
  const period = { from: evaluation.kpiFrom ?? `${evaluation.year}-01-01`, to: evaluation.kpiTo ?? `${evaluation.year}-12-31` };
  const kpis = useQuery({
    queryKey: ['kpis', evaluation.servicePointId, period.from, period.to],
    queryFn: ({ signal }) => api.get<KpiReport>(kpiPath(evaluation.servicePointId), { query: period, signal }),
    enabled: hasMetrics,
  });
  const finalised = evaluation.status === 'FINALIZED';
  const scorecard = useQuery({
    queryKey: ['scorecard', evaluation.id],
    queryFn: ({ signal }) => api.get<Scorecard>(scorecardPath(evaluation.id), { signal }),
    enabled: finalised,
  });
  const mine = evaluation.findings.filter((f) => !f.evaluator || f.evaluator === caller.username);
  const done = standard.data ? progress(standard.data, mine) : null;
  const onSaved = (updated: EvaluationView) => queryClient.setQueryData(['evaluation', evaluation.id], updated);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('sites.workbench.title', { site: evaluation.servicePointName || evaluation.servicePointId })} extra={<Link to="/evaluations">{t('sites.workbench.back')}</Link>}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('workbench.eval.site')}>
            {evaluation.servicePointName || evaluation.servicePointId} <Typography.Text type="secondary">{evaluation.servicePointId}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('workbench.eval.category')}>{tx(`workbench.category.${evaluation.category}`, evaluation.category)}</Descriptions.Item>
          <Descriptions.Item label={t('workbench.eval.level')}>{evaluation.level ? tx(`workbench.level.${evaluation.level}`, evaluation.level) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('workbench.eval.batch')}>{`${evaluation.batchId}（${evaluation.year}）`}</Descriptions.Item>
          <Descriptions.Item label={t('workbench.eval.standard')}>
            {standard.data ? `${locale === 'zh-CN' && standard.data.nameZh ? standard.data.nameZh : standard.data.name}（${evaluation.standardId}）` : evaluation.standardId}
          </Descriptions.Item>
          <Descriptions.Item label={t('workbench.eval.kpiPeriod')}>{`${period.from} ~ ${period.to}`}</Descriptions.Item>
          <Descriptions.Item label={t('workbench.eval.status')}>
            <Tag color={finalised ? 'default' : 'processing'}>{t(`workbench.eval.status.${evaluation.status}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('sites.evaluation.evaluators')}>{evaluation.evaluators.join('、') || '—'}</Descriptions.Item>
        </Descriptions>
        {done && (
          <div aria-label={t('sites.workbench.progress')}>
            <Typography.Text strong>{t('sites.workbench.progressText', { done: done.done, total: done.total })}</Typography.Text>
            <Progress percent={done.total ? Math.round((done.done * 100) / done.total) : 0} size="small" />
          </div>
        )}
        {finalised && <Typography.Text type="warning">{t('sites.workbench.finalised')}</Typography.Text>}
        {standard.data?.defaultPoints && <Typography.Paragraph type="secondary">{t('sites.workbench.defaultPoints')}</Typography.Paragraph>}
      </Card>
      {standardPath == null && <Typography.Text type="danger">{t('sites.workbench.badStandard', { id: evaluation.standardId })}</Typography.Text>}
      {standard.error && <ProblemAlert error={standard.error} path={standardPath ?? undefined} />}
      {standard.isPending && standardPath != null && !standard.error && <Spin />}
      {finalised && scorecard.data && (
        <Card title={t('sites.scorecard.title')} extra={<ScorecardDownloads evaluationId={evaluation.id} />}>
          <ScorecardView card={scorecard.data} />
        </Card>
      )}
      {(standard.data?.categories ?? []).map((category) => (
        <Card key={category.code} title={`${category.code} ${locale === 'zh-CN' && category.nameZh ? category.nameZh : category.name}`}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {category.items.map((item) => (
              <ItemCard
                key={item.code}
                evaluationId={evaluation.id}
                item={item}
                finding={mine.find((f) => f.itemCode === item.code)}
                readOnly={finalised}
                kpis={{ totals: kpis.data?.totals, error: kpis.isError, period: `${period.from} ~ ${period.to}` }}
                onSaved={onSaved}
              />
            ))}
          </Space>
        </Card>
      ))}
    </Space>
  );
}
