import { Table, Typography } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatDateTime } from '../../../lib/time';
import type { FindingView } from '../../evaluations/model';
import type { RuleKind } from '../../evaluations/standard';

/** Every evaluator's findings (an administrator sees them all), item by item. */
export function FindingsTable({ findings, kinds }: { findings: FindingView[]; kinds: Record<string, RuleKind> }) {
  const { t } = useI18n();
  return (
    <Table<FindingView>
      rowKey={(f) => `${f.evaluator ?? ''}-${f.itemCode}`}
      size="small"
      dataSource={[...findings].sort((a, b) => a.itemCode.localeCompare(b.itemCode) || (a.evaluator ?? '').localeCompare(b.evaluator ?? ''))}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('sites.evaluation.noFindings') }}
      scroll={{ x: 800 }}
      columns={[
        { title: t('sites.scorecard.item'), dataIndex: 'itemCode' },
        { title: t('sites.scorecard.evaluator'), key: 'evaluator', render: (_, f) => f.evaluator ?? '—' },
        { title: t('sites.evaluation.finding'), key: 'finding', render: (_, f) => <FindingSummary finding={f} kind={kinds[f.itemCode]} /> },
        { title: t('sites.finding.notes'), key: 'notes', render: (_, f) => f.notes ?? '' },
        { title: t('sites.evaluation.recordedAt'), key: 'at', render: (_, f) => formatDateTime(f.recordedAt) },
      ]}
    />
  );
}

export function FindingSummary({ finding, kind }: { finding: FindingView; kind: RuleKind | undefined }) {
  const { t } = useI18n();
  const parts: string[] = [];
  if (kind === 'CHECK' || kind === 'PER_ITEM_DEDUCTION') {
    parts.push(t('sites.evaluation.clausesMet', { clauses: [...(finding.clausesMet ?? [])].sort().join('') || t('common.none') }));
  }
  if (kind === 'PER_CASE_DEDUCTION') {
    const cases = Object.entries(finding.casesPerClause ?? {});
    parts.push(t('sites.evaluation.cases', { cases: cases.map(([c, n]) => `${c}×${n}`).join('，') || '0' }));
  }
  if (kind === 'ELIGIBILITY_PRECONDITION' && finding.preconditionMet != null) {
    parts.push(finding.preconditionMet ? t('sites.finding.met') : t('sites.finding.notMet'));
  }
  if (kind === 'VETO' && !finding.vetoFindings?.length) parts.push(t('sites.finding.vetoNone'));
  const vetoes = finding.vetoFindings ?? [];
  return (
    <>
      {parts.map((p) => (
        <div key={p}>{p}</div>
      ))}
      {vetoes.map((v, n) => (
        <div key={n}>
          <Typography.Text type="danger">{t('sites.evaluation.veto', { description: v.description })}</Typography.Text>
          <Typography.Text type="secondary">（{t('sites.evaluation.evidence', { evidence: v.evidence })}）</Typography.Text>
        </div>
      ))}
    </>
  );
}
