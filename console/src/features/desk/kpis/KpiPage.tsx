import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Col, DatePicker, Empty, Result, Row, Space, Spin, Statistic, Typography } from 'antd';
import { useApi } from '../../../api/ApiProvider';
import { servicePointPath, type ServicePoint } from '../../../api/endpoints/registry';
import { useCaller } from '../../../auth/CallerProvider';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { dayjs } from '../../../lib/time';
import { BarsChart } from './BarsChart';
import { KpiCards } from './KpiCards';
import { currentMonth, kpiPath, monthRange, type KpiFigures, type KpiReport } from './model';

/** 网点指标 — the clerk's own point's KPIs for a month, each against the standard evaluation-service compares it with. */
export default function KpiPage() {
  const caller = useCaller();
  const { t } = useI18n();
  if (!caller.servicePointId) {
    return <Result status="warning" title={t('kpi.noPoint')} subTitle={t('kpi.noPoint.detail')} />;
  }
  return <PointKpis servicePointId={caller.servicePointId} />;
}

function PointKpis({ servicePointId }: { servicePointId: string }) {
  const api = useApi();
  const { t } = useI18n();
  const [month, setMonth] = useState(currentMonth);
  const thisMonth = currentMonth();
  const period = monthRange(month);
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
      {report.data && <KpiReportView report={report.data} />}
    </Space>
  );
}

function KpiReportView({ report }: { report: KpiReport }) {
  const { t, tx } = useI18n();
  const totals: KpiFigures = report.totals;
  const channels = Object.entries(totals.byChannel ?? {})
    .sort(([, a], [, b]) => b - a)
    .map(([channel, value]) => ({ label: tx(`kpi.channel.${channel}`, channel), value }));
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <KpiCards checks={report.checks} totals={totals} />
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('kpi.handlings')} value={totals.handlings} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('kpi.reviews')} value={totals.reviews} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('kpi.badReviews')} value={totals.badReviews} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic
              title={t('kpi.unrectified')}
              value={totals.unrectifiedBadReviews}
              styles={{ content: totals.unrectifiedBadReviews > 0 ? { color: '#cf1322' } : {} }}
            />
          </Card>
        </Col>
      </Row>
      <Card title={t('kpi.byChannel')}>
        {channels.length === 0 ? (
          <Empty description={t('kpi.noHandlings')} />
        ) : (
          <BarsChart bars={channels} seriesName={t('kpi.handlings')} label={t('kpi.byChannel')} />
        )}
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('kpi.byChannel.note')}
        </Typography.Paragraph>
      </Card>
    </Space>
  );
}
