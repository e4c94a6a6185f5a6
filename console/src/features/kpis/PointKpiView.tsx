import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Col, DatePicker, Empty, Row, Space, Spin, Statistic, Typography } from 'antd';
import { useApi } from '../../api/ApiProvider';
import { servicePointPath, type ServicePoint } from '../../api/endpoints/registry';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/catalogue';
import { dayjs } from '../../lib/time';
import { BarsChart } from '../desk/kpis/BarsChart';
import { KpiCards } from '../desk/kpis/KpiCards';
import { currentMonth, kpiPath, monthRange, type KpiFigures, type KpiReport } from '../desk/kpis/model';
import { useItemNames } from '../reviews/useItemNames';
import { ThresholdChart } from './ThresholdChart';
import { monthsEndingWith, trendPeriod, trendSeries, type TrendSeries } from './trend';

/** How many months the trend charts span, ending with the month shown. */
export const TREND_MONTHS = 12;

const MINUTE_KPIS = new Set(['AVERAGE_WAITING_MINUTES', 'AVERAGE_INSTANT_HANDLING_MINUTES']);

/**
 * One point's KPIs: the month's figures against the standards, the last twelve months as charts against the same standards
 * (the bounds come from evaluation-service's checks), and the month's handlings by item and by channel. The clerk's 网点指标
 * and the agency's 单点指标 both show this.
 */
export function PointKpiView({ servicePointId }: { servicePointId: string }) {
  const api = useApi();
  const { t } = useI18n();
  const [month, setMonth] = useState(currentMonth);
  const thisMonth = currentMonth();
  const period = monthRange(month);
  const months = monthsEndingWith(month, TREND_MONTHS);
  const trendRange = trendPeriod(months);
  const path = kpiPath(servicePointId);
  const point = useQuery({
    queryKey: ['service-point', servicePointId],
    queryFn: () => api.get<ServicePoint>(servicePointPath(servicePointId)),
    staleTime: 10 * 60_000,
  });
  const report = useQuery({
    queryKey: ['kpis', servicePointId, period.from, period.to],
    queryFn: ({ signal }) => api.get<KpiReport>(path, { query: period, signal }),
    placeholderData: keepPreviousData,
  });
  const trend = useQuery({
    queryKey: ['kpis', servicePointId, trendRange.from, trendRange.to],
    queryFn: ({ signal }) => api.get<KpiReport>(path, { query: trendRange, signal }),
    placeholderData: keepPreviousData,
  });

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={t('kpi.title', { point: point.data?.name ?? servicePointId })}
        extra={
          <Space>
            <label htmlFor="kpi-month">{t('kpi.month')}</label>
            <DatePicker
              id="kpi-month"
              picker="month"
              allowClear={false}
              value={dayjs(`${month}-01`)}
              disabledDate={(d) => d.format('YYYY-MM') > thisMonth}
              onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
            />
          </Space>
        }
      >
        <Typography.Text type="secondary">{t('kpi.period', period)}</Typography.Text>
      </Card>
      {report.error && <ProblemAlert error={report.error} path={path} />}
      {report.isPending && !report.error && <Spin />}
      {report.data && <MonthView report={report.data} />}
      {trend.data && <TrendCharts report={trend.data} months={months} />}
    </Space>
  );
}

function MonthView({ report }: { report: KpiReport }) {
  const { t, tx } = useI18n();
  const itemName = useItemNames();
  const totals: KpiFigures = report.totals;
  const channels = Object.entries(totals.byChannel ?? {})
    .sort(([, a], [, b]) => b - a)
    .map(([channel, value]) => ({ label: tx(`kpi.channel.${channel}`, channel), value }));
  const items = Object.entries(totals.byItem ?? {})
    .sort(([, a], [, b]) => b - a)
    .map(([code, value]) => ({ label: code === 'UNKNOWN' ? t('kpi.item.unknown') : `${code} ${itemName(code) === code ? '' : itemName(code)}`.trim(), value }));
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <KpiCards checks={report.checks} totals={totals} />
      <Row gutter={[16, 16]}>
        <Stat title="kpi.handlings" value={totals.handlings} />
        <Stat title="kpi.reviews" value={totals.reviews} />
        <Stat title="kpi.badReviews" value={totals.badReviews} />
        <Stat title="kpi.unrectified" value={totals.unrectifiedBadReviews} alarm={totals.unrectifiedBadReviews > 0} />
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('kpi.byItem')} style={{ height: '100%' }}>
            {items.length === 0 ? <Empty description={t('kpi.noHandlings')} /> : <BarsChart bars={items} seriesName={t('kpi.handlings')} label={t('kpi.byItem')} />}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('kpi.byChannel')} style={{ height: '100%' }}>
            {channels.length === 0 ? (
              <Empty description={t('kpi.noHandlings')} />
            ) : (
              <BarsChart bars={channels} seriesName={t('kpi.handlings')} label={t('kpi.byChannel')} />
            )}
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
              {t('kpi.byChannel.note')}
            </Typography.Paragraph>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

function Stat({ title, value, alarm = false }: { title: MessageKey; value: number; alarm?: boolean }) {
  const { t } = useI18n();
  return (
    <Col xs={12} md={6}>
      <Card>
        <Statistic title={t(title)} value={value} styles={{ content: alarm ? { color: '#cf1322' } : {} }} />
      </Card>
    </Col>
  );
}

function TrendCharts({ report, months }: { report: KpiReport; months: readonly string[] }) {
  const { t, tx } = useI18n();
  const series = trendSeries(report, months);
  return (
    <Card title={t('kpi.trend', { from: months[0] ?? '', to: months[months.length - 1] ?? '' })}>
      <Row gutter={[16, 16]}>
        {series.map((s) => (
          <Col key={s.kpi} xs={24} lg={12}>
            <Typography.Text strong>{tx(`kpi.${s.kpi}`, s.kpi)}</Typography.Text>
            <ThresholdChart kind="line" series={chartSeries(s, months, t, tx)} />
          </Col>
        ))}
      </Row>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('kpi.trend.note')}
      </Typography.Paragraph>
    </Card>
  );
}

/** A KPI series as the chart draws it, the standard labelled as the KPI cards label it. */
type I18n = ReturnType<typeof useI18n>;

export function chartSeries(s: TrendSeries, labels: readonly string[], t: I18n['t'], tx: I18n['tx']) {
  const unit = t(MINUTE_KPIS.has(s.kpi) ? 'kpi.unit.minutes' : 'kpi.unit.percent');
  const comparison = s.comparison === '<=' ? '≤' : s.comparison === '>=' ? '≥' : s.comparison;
  return {
    labels,
    values: s.values,
    met: s.met,
    bound: s.bound,
    boundLabel: t('kpi.standard', { comparison, bound: String(s.bound), unit }),
    name: tx(`kpi.${s.kpi}`, s.kpi),
  };
}
