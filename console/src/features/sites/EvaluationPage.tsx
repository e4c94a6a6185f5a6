import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Card, Col, Descriptions, Row, Space, Spin, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/ApiProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { evaluationPath, type EvaluationView } from '../evaluations/model';
import { scorecardPath, type Scorecard } from '../evaluations/scorecard';
import { ScorecardDownloads, ScorecardView } from '../evaluations/ScorecardView';
import { allItems, standardVersionPath, type RuleKind, type StandardView } from '../evaluations/standard';
import { DecisionsPanel } from './evaluation/DecisionsPanel';
import { EvaluatorsForm } from './evaluation/EvaluatorsForm';
import { FindingsTable } from './evaluation/FindingsTable';
import { KpiPeriodForm } from './evaluation/KpiPeriodForm';
import { rankingsLink } from './model';

/** 示范点评估 (agency) — one evaluation: evaluators, KPI period, everyone's findings, preview and finalise, the scorecard. */
export default function EvaluationPage() {
  const { id = '' } = useParams();
  const api = useApi();
  const queryClient = useQueryClient();
  const { t, tx } = useI18n();
  const path = evaluationPath(id);
  const evaluation = useQuery({ queryKey: ['evaluation', id], queryFn: ({ signal }) => api.get<EvaluationView>(path, { signal }) });
  const e = evaluation.data;
  const standardPath = e ? standardVersionPath(e.standardId) : null;
  const standard = useQuery({
    queryKey: ['standard', e?.standardId],
    queryFn: ({ signal }) => api.get<StandardView>(standardPath!, { signal }),
    enabled: standardPath != null,
    staleTime: 60 * 60_000,
  });
  const finalised = e?.status === 'FINALIZED';
  const scorecard = useQuery({
    queryKey: ['scorecard', id],
    queryFn: ({ signal }) => api.get<Scorecard>(scorecardPath(id), { signal }),
    enabled: finalised,
  });
  if (evaluation.error) return <ProblemAlert error={evaluation.error} path={path} />;
  if (!e) return <Spin />;
  const items = standard.data ? allItems(standard.data) : [];
  const kinds: Record<string, RuleKind> = Object.fromEntries(items.map((i) => [i.code, i.rule.kind]));
  const onSaved = (updated: EvaluationView) => queryClient.setQueryData(['evaluation', id], updated);
  const onFinalised = (card: Scorecard) => {
    queryClient.setQueryData(['scorecard', id], card);
    void queryClient.invalidateQueries({ queryKey: ['evaluation', id] });
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={t('sites.evaluation.title', { site: e.servicePointName || e.servicePointId })}
        extra={
          <Space>
            <Link to="/sites/evaluations">{t('sites.evaluation.backToList')}</Link>
            <Link to={rankingsLink(e.batchId)}>{t('sites.rankings.open')}</Link>
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('workbench.eval.site')}>
            {e.servicePointName || e.servicePointId} <Typography.Text type="secondary">{e.servicePointId}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('workbench.eval.category')}>{tx(`workbench.category.${e.category}`, e.category)}</Descriptions.Item>
          <Descriptions.Item label={t('workbench.eval.level')}>{e.level ? tx(`workbench.level.${e.level}`, e.level) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('workbench.eval.batch')}>{`${e.batchId}（${e.year}）`}</Descriptions.Item>
          <Descriptions.Item label={t('sites.declaration.id')}>{e.declarationId}</Descriptions.Item>
          <Descriptions.Item label={t('workbench.eval.standard')}>{e.standardId}</Descriptions.Item>
          <Descriptions.Item label={t('workbench.eval.status')}>
            <Space size={4}>
              <Tag color={finalised ? 'default' : 'processing'}>{t(`workbench.eval.status.${e.status}`)}</Tag>
              {e.outcome && <Tag color={e.outcome === 'SCORED' ? 'green' : 'red'}>{tx(`workbench.eval.outcome.${e.outcome}`, e.outcome)}</Tag>}
              {e.score != null && t('workbench.eval.score', { score: String(e.score) })}
            </Space>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('sites.evaluation.evaluators')} size="small">
            <EvaluatorsForm key={e.id} evaluation={e} onSaved={onSaved} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('workbench.eval.kpiPeriod')} size="small">
            <KpiPeriodForm key={e.id} evaluation={e} onSaved={onSaved} />
          </Card>
        </Col>
      </Row>
      {standard.error && <ProblemAlert error={standard.error} path={standardPath ?? undefined} />}
      <Card title={t('sites.evaluation.findings', { count: e.findings.length })} size="small">
        <FindingsTable findings={e.findings} kinds={kinds} />
      </Card>
      {!finalised && standard.data && (
        <Card title={t('sites.decisions.title')} size="small">
          <DecisionsPanel evaluation={e} items={items} onFinalised={onFinalised} />
        </Card>
      )}
      {finalised && (
        <Card title={t('sites.scorecard.title')} extra={<ScorecardDownloads evaluationId={e.id} />}>
          {scorecard.error && <ProblemAlert error={scorecard.error} path={scorecardPath(id)} />}
          {scorecard.data ? <ScorecardView card={scorecard.data} /> : !scorecard.error && <Spin />}
        </Card>
      )}
    </Space>
  );
}
