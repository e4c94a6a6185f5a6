import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Drawer, Space, Spin, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../../../api/ApiProvider';
import { ApiError } from '../../../api/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatDateTime } from '../../../lib/time';
import { EVALUATIONS_PATH, type EvaluationView } from '../../evaluations/model';
import {
  adminEvaluationLink,
  declarationPath,
  HAND_TRANSITIONS,
  preCheckPath,
  type Declaration,
  type DeclarationTransition,
  type PreCheck,
  type PreCheckCriterion,
} from '../model';
import { NominationForm, nextLevel } from './NominationForm';
import { StatusTag } from './StatusTag';
import { TransitionForm } from './TransitionForm';

const OUTCOME_COLOURS: Record<PreCheckCriterion['outcome'], string> = { MET: 'green', NOT_MET: 'red', RELAXED: 'orange', NOT_APPLICABLE: 'default' };

/** One declaration: its facts, history, pre-check, the step the agency may record next, and its evaluation. */
export function DeclarationDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Drawer open={id != null} onClose={onClose} size="large" title={t('sites.declaration.title')} destroyOnHidden>
      {id && <DeclarationDetail id={id} />}
    </Drawer>
  );
}

function DeclarationDetail({ id }: { id: string }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { t, tx } = useI18n();
  const path = declarationPath(id);
  const declaration = useQuery({ queryKey: ['declaration', id], queryFn: ({ signal }) => api.get<Declaration>(path, { signal }) });
  const preCheck = useQuery({ queryKey: ['declaration', id, 'pre-check'], queryFn: ({ signal }) => api.get<PreCheck>(preCheckPath(id), { signal }) });
  if (declaration.error) return <ProblemAlert error={declaration.error} path={path} />;
  const d = declaration.data;
  if (!d) return <Spin />;
  const next = HAND_TRANSITIONS[d.status];
  const onAdvanced = (updated: Declaration) => {
    queryClient.setQueryData(['declaration', id], updated);
    void queryClient.invalidateQueries({ queryKey: ['declarations'] });
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label={t('workbench.eval.site')}>
          {d.servicePointName || d.servicePointId} <Typography.Text type="secondary">{d.servicePointId}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('workbench.eval.category')}>{tx(`workbench.category.${d.category}`, d.category)}</Descriptions.Item>
        <Descriptions.Item label={t('workbench.eval.batch')}>{`${d.batchId}（${tx(`workbench.level.${d.level}`, d.level)} ${d.year}）`}</Descriptions.Item>
        <Descriptions.Item label={t('sites.declaration.status')}>
          <StatusTag status={d.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('sites.declaration.declaredOn')}>{d.declaredOn}</Descriptions.Item>
        {d.score != null && <Descriptions.Item label={t('sites.scorecard.score')}>{d.score}</Descriptions.Item>}
        {d.vetoReason && <Descriptions.Item label={t('sites.declaration.vetoReason')}>{d.vetoReason}</Descriptions.Item>}
        {d.awardedLevel && (
          <Descriptions.Item label={t('sites.declaration.awarded')}>
            {tx(`workbench.level.${d.awardedLevel}`, d.awardedLevel)} · {d.awardedOn ?? '—'}
          </Descriptions.Item>
        )}
        {d.nominatedLevel && (
          <Descriptions.Item label={t('sites.declaration.nominated')}>{tx(`workbench.level.${d.nominatedLevel}`, d.nominatedLevel)}</Descriptions.Item>
        )}
      </Descriptions>
      <EvaluationEntry declaration={d} />
      {d.status === 'AWARDED' && !d.nominatedLevel && d.awardedLevel === d.level && nextLevel(d.level) && (
        <Card size="small" title={t('sites.nomination.title')}>
          <NominationForm
            declaration={d}
            onDone={() => {
              void queryClient.invalidateQueries({ queryKey: ['declaration', id] });
              void queryClient.invalidateQueries({ queryKey: ['declarations'] });
              void queryClient.invalidateQueries({ queryKey: ['declaration-batches'] });
            }}
          />
        </Card>
      )}
      {next && (
        <Card size="small" title={t('sites.transition.title', { status: t(`sites.status.${next}`) })}>
          <TransitionForm key={d.version} declaration={d} to={next} onDone={onAdvanced} />
        </Card>
      )}
      {!next && <Typography.Text type="secondary">{t(d.status === 'UNDER_REVIEW' ? 'sites.transition.byEvaluation' : 'sites.transition.none')}</Typography.Text>}
      <Card size="small" title={t('sites.precheck.title')}>
        {preCheck.error && <ProblemAlert error={preCheck.error} path={preCheckPath(id)} />}
        {preCheck.data && (
          <>
            <Tag color={preCheck.data.passed ? 'green' : 'red'}>{preCheck.data.passed ? t('sites.precheck.passed') : t('sites.precheck.failed')}</Tag>
            <Table<PreCheckCriterion>
              rowKey="criterion"
              size="small"
              pagination={false}
              style={{ marginTop: 8 }}
              dataSource={preCheck.data.criteria}
              columns={[
                { title: t('sites.precheck.criterion'), key: 'c', render: (_, c) => tx(`sites.precheck.${c.criterion}`, c.criterion) },
                { title: t('sites.precheck.outcome'), key: 'o', render: (_, c) => <Tag color={OUTCOME_COLOURS[c.outcome]}>{tx(`sites.precheck.outcome.${c.outcome}`, c.outcome)}</Tag> },
                { title: t('sites.precheck.required'), key: 'r', render: (_, c) => c.required ?? '—' },
                { title: t('sites.precheck.actual'), key: 'a', render: (_, c) => c.actual ?? '—' },
                { title: t('sites.precheck.source'), key: 's', render: (_, c) => c.source ?? '' },
              ]}
            />
          </>
        )}
      </Card>
      <Card size="small" title={t('sites.declaration.history')}>
        <Table<DeclarationTransition>
          rowKey={(h) => `${h.to}-${h.recordedAt ?? h.effectiveOn}`}
          size="small"
          pagination={false}
          dataSource={d.history}
          columns={[
            { title: t('sites.declaration.step'), key: 'step', render: (_, h) => <>{h.from ? `${t(`sites.status.${h.from}`)} → ` : ''}{t(`sites.status.${h.to}`)}</> },
            { title: t('sites.transition.effectiveOn'), dataIndex: 'effectiveOn' },
            { title: t('sites.transition.note'), key: 'note', render: (_, h) => h.note ?? '' },
            { title: t('sites.declaration.recordedBy'), key: 'by', render: (_, h) => `${h.by ?? ''} ${formatDateTime(h.recordedAt)}` },
          ]}
        />
      </Card>
    </Space>
  );
}

/** The declaration's evaluation: a link when one is known, else open one (a 409 names the evaluation the declaration already has). */
function EvaluationEntry({ declaration: d }: { declaration: Declaration }) {
  const api = useApi();
  const navigate = useNavigate();
  const { t } = useI18n();
  const [problem, setProblem] = useState<unknown>(null);
  const open = useMutation({
    mutationFn: () =>
      api.post<EvaluationView>(EVALUATIONS_PATH, {
        declarationId: d.id,
        batchId: d.batchId,
        servicePointId: d.servicePointId,
        servicePointName: d.servicePointName ?? null,
        servicePointType: d.servicePointType ?? null,
        category: d.category,
        level: d.level,
        year: d.year,
        evaluators: [],
      }),
    onSuccess: (evaluation) => void navigate(adminEvaluationLink(evaluation.id)),
    onError: (error) => {
      const existing = error instanceof ApiError && error.status === 409 ? error.problem.evaluationId : undefined;
      if (typeof existing === 'string') void navigate(adminEvaluationLink(existing));
      else setProblem(error);
    },
  });
  if (d.evaluationId) {
    return <Link to={adminEvaluationLink(d.evaluationId)}>{t('sites.declaration.toEvaluation')}</Link>;
  }
  return (
    <Space orientation="vertical">
      <Space>
        <Button onClick={() => open.mutate()} loading={open.isPending}>
          {t('sites.declaration.openEvaluation')}
        </Button>
        <Typography.Text type="secondary">{t('sites.declaration.openEvaluation.hint')}</Typography.Text>
      </Space>
      {problem != null && <ProblemAlert error={problem} path={EVALUATIONS_PATH} />}
    </Space>
  );
}
