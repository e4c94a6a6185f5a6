import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import { kpiValue, type KpiFigures } from '../../desk/kpis/model';
import type { EvaluationView, FindingView } from '../model';
import type { ItemBody } from '../standard';
import { FindingForm } from './FindingForm';


/** Whether the metric meets the item's bound, compared as the service sent it; null without data. */
export function metricMet(item: ItemBody, value: number | null): boolean | null {
  if (value == null || item.rule.bound == null) return null;
  return item.rule.comparison === 'AT_MOST' ? value <= item.rule.bound : value >= item.rule.bound;
}

interface ItemCardProps {
  evaluationId: string;
  item: ItemBody;
  finding?: FindingView;
  readOnly: boolean;
  kpis?: { totals?: KpiFigures; error?: boolean; period: string };
  onSaved: (evaluation: EvaluationView) => void;
}

/** One item of the standard: what it asks, how it scores, and the finding form that fits its rule (or its KPI figure). */
export function ItemCard({ evaluationId, item, finding, readOnly, kpis, onSaved }: ItemCardProps) {
  const { t, tx, locale } = useI18n();
  const name = locale === 'zh-CN' && item.nameZh ? item.nameZh : item.name;
  const metric = item.rule.kind === 'METRIC_THRESHOLD';
  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <span>
            {item.code} {name}
          </span>
          <Tag>{tx(`sites.rule.${item.rule.kind}`, item.rule.kind)}</Tag>
          <Typography.Text type="secondary">{t('sites.item.points', { points: item.maxPoints })}</Typography.Text>
        </Space>
      }
      extra={
        metric ? (
          <Tag>{t('sites.item.fromKpis')}</Tag>
        ) : finding ? (
          <Tag color="green">{t('sites.item.recorded')}</Tag>
        ) : (
          <Tag color="orange">{t('sites.item.notRecorded')}</Tag>
        )
      }
      data-testid={`item-${item.code}`}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {ruleText(item, t)}
      </Typography.Paragraph>
      {metric ? (
        <MetricFigure item={item} kpis={kpis} />
      ) : (
        <FindingForm evaluationId={evaluationId} item={item} finding={finding} readOnly={readOnly} onSaved={onSaved} />
      )}
    </Card>
  );
}

type T = ReturnType<typeof useI18n>['t'];

function ruleText(item: ItemBody, t: T): string {
  const r = item.rule;
  const cap = r.cap != null ? t('sites.rule.cap', { cap: r.cap }) : '';
  switch (r.kind) {
    case 'CHECK':
      return t('sites.rule.text.CHECK', { count: item.clauses?.length ?? 0 });
    case 'PER_CASE_DEDUCTION':
      return t('sites.rule.text.PER_CASE_DEDUCTION', {
        groups: (r.caseGroups ?? []).map((g) => t('sites.rule.group', { clauses: g.clauses.join(''), points: g.pointsPerCase })).join('；'),
        cap,
      });
    case 'PER_ITEM_DEDUCTION':
      return t('sites.rule.text.PER_ITEM_DEDUCTION', { points: r.pointsPerClause ?? 0, cap });
    case 'METRIC_THRESHOLD':
      return t('sites.rule.text.METRIC_THRESHOLD', {
        comparison: r.comparison === 'AT_MOST' ? '≤' : '≥',
        bound: r.bound ?? '—',
      });
    case 'VETO':
      return t('sites.rule.text.VETO', { condition: r.condition ?? '' });
    case 'ELIGIBILITY_PRECONDITION':
      return t('sites.rule.text.ELIGIBILITY_PRECONDITION', { condition: r.condition ?? '' });
    default:
      return '';
  }
}

function MetricFigure({ item, kpis }: { item: ItemBody; kpis: ItemCardProps['kpis'] }) {
  const { t, tx } = useI18n();
  const value = kpiValue(item.rule.metric, kpis?.totals);
  const met = metricMet(item, value);
  return (
    <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
      <Descriptions.Item label={t('sites.metric.name')}>{tx(`sites.metric.${item.rule.metric ?? ''}`, item.rule.metric ?? '—')}</Descriptions.Item>
      <Descriptions.Item label={t('sites.metric.value', { period: kpis?.period ?? '' })}>
        {kpis?.error ? t('sites.metric.unavailable') : kpis?.totals === undefined ? '…' : value == null ? t('sites.metric.noData') : String(value)}
      </Descriptions.Item>
      <Descriptions.Item label={t('sites.metric.result')}>
        {met == null ? (
          <Tag>{t('sites.metric.noDataNotMet')}</Tag>
        ) : met ? (
          <Tag color="green">{t('sites.metric.met')}</Tag>
        ) : (
          <Tag color="red">{t('sites.metric.notMet')}</Tag>
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}
