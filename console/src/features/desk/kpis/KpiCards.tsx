import { Card, Col, Row, Statistic, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/catalogue';
import { displayNumber, meets, type KpiCheck, type KpiFigures } from './model';

const MET_COLOUR = '#389e0d';
const NOT_MET_COLOUR = '#cf1322';

interface CardSpec {
  kpi: string;
  title: MessageKey;
  unit: 'minutes' | 'percent';
  /** The counts behind the figure, so a rate over 3 handlings is read as such. */
  basis: (f: KpiFigures) => { key: MessageKey; params: Record<string, number> };
  /** Shown only when the point has data (the direct-settlement rate is a hospital's). */
  onlyWithData?: boolean;
}

const CARDS: readonly CardSpec[] = [
  { kpi: 'AVERAGE_WAITING_MINUTES', title: 'kpi.AVERAGE_WAITING_MINUTES', unit: 'minutes', basis: (f) => ({ key: 'kpi.basis.waits', params: { count: f.waits } }) },
  {
    kpi: 'AVERAGE_INSTANT_HANDLING_MINUTES',
    title: 'kpi.AVERAGE_INSTANT_HANDLING_MINUTES',
    unit: 'minutes',
    basis: (f) => ({ key: 'kpi.basis.instant', params: { count: f.instantHandlings } }),
  },
  {
    kpi: 'ONLINE_RATE',
    title: 'kpi.ONLINE_RATE',
    unit: 'percent',
    basis: (f) => ({ key: 'kpi.basis.online', params: { part: f.onlineHandlings, whole: f.handlings } }),
  },
  {
    kpi: 'SATISFACTION_RATE',
    title: 'kpi.SATISFACTION_RATE',
    unit: 'percent',
    basis: (f) => ({ key: 'kpi.basis.satisfaction', params: { part: f.satisfiedReviews, whole: f.reviews } }),
  },
  {
    kpi: 'DIRECT_SETTLEMENT_RATE',
    title: 'kpi.DIRECT_SETTLEMENT_RATE',
    unit: 'percent',
    onlyWithData: true,
    basis: (f) => ({ key: 'kpi.basis.direct', params: { part: f.directSettlements, whole: f.directSettlements + f.manualSettlements } }),
  },
];

/** One card per KPI the service compares with a standard: the value, the standard, and whether it is met. */
export function KpiCards({ checks, totals }: { checks: readonly KpiCheck[]; totals: KpiFigures }) {
  const shown = CARDS.flatMap((spec) => {
    const check = checks.find((c) => c.kpi === spec.kpi);
    if (!check || (spec.onlyWithData && check.value == null)) return [];
    return [{ spec, check }];
  });
  return (
    <Row gutter={[16, 16]}>
      {shown.map(({ spec, check }) => (
        <Col key={spec.kpi} xs={24} sm={12} xl={6}>
          <KpiCard spec={spec} check={check} totals={totals} />
        </Col>
      ))}
    </Row>
  );
}

function KpiCard({ spec, check, totals }: { spec: CardSpec; check: KpiCheck; totals: KpiFigures }) {
  const { t } = useI18n();
  const met = check.value == null ? null : (meets(check.value, check.comparison, check.bound) ?? check.met ?? null);
  const unit = t(spec.unit === 'minutes' ? 'kpi.unit.minutes' : 'kpi.unit.percent');
  const colour = met === true ? MET_COLOUR : met === false ? NOT_MET_COLOUR : undefined;
  const basis = spec.basis(totals);
  const comparison = check.comparison === '<=' ? '≤' : check.comparison === '>=' ? '≥' : check.comparison;
  return (
    <Card data-testid={`kpi-${spec.kpi}`} data-met={met === null ? 'none' : String(met)} style={{ height: '100%' }}>
      <Statistic
        title={t(spec.title)}
        value={check.value ?? undefined}
        formatter={() => (check.value == null ? t('kpi.noData') : displayNumber(check.value))}
        suffix={check.value == null ? undefined : unit}
        styles={{ content: colour ? { color: colour } : {} }}
      />
      <div style={{ marginTop: 8 }}>
        {met === true && (
          <Tag color="success" icon={<CheckCircleFilled />}>
            {t('kpi.met')}
          </Tag>
        )}
        {met === false && (
          <Tag color="error" icon={<CloseCircleFilled />}>
            {t('kpi.notMet')}
          </Tag>
        )}
        {met === null && <Tag icon={<MinusCircleOutlined />}>{t('kpi.noData')}</Tag>}
        <Typography.Text type="secondary">
          {t('kpi.standard', { comparison, bound: String(check.bound), unit })}
        </Typography.Text>
      </div>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        {t(basis.key, basis.params)}
      </Typography.Paragraph>
      {check.source && (
        <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
          {t('kpi.source', { source: check.source })}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
