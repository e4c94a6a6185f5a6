import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useApi } from '../../api/ApiProvider';
import type { ServicePoint } from '../../api/endpoints/registry';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { dayjs } from '../../lib/time';
import { currentMonth, displayNumber, meets, type KpiCheck } from '../desk/kpis/model';
import { CountySelect } from '../network/CountySelect';
import { fetchAll } from '../network/fetchAll';
import { POINTS_PATH } from '../network/model';
import { useCounty } from '../network/useCounty';
import { ThresholdChart } from './ThresholdChart';
import { chartSeries } from './PointKpiView';
import { KPI_OVERVIEW_PATH, RANKED_KPIS, rankPoints, type KpiOverview, type RankedPoint } from './ranking';

/** The service's limit for one overview (KpiService.MAX_OVERVIEW_DAYS is 366 days): twelve whole months. */
const MAX_MONTHS = 12;

/** 县域总览 — the county's points over a period of months, ranked by the standards they meet, with one KPI charted. */
export function CountyOverview({ onOpenPoint }: { onOpenPoint: (servicePointId: string) => void }) {
  const api = useApi();
  const { t, tx } = useI18n();
  const { counties, county, setCounty, error: countyError } = useCounty();
  const [range, setRange] = useState<[string, string]>(() => [currentMonth(), currentMonth()]);
  const [kpi, setKpi] = useState<string>('SATISFACTION_RATE');
  const from = `${range[0]}-01`;
  const to = dayjs(`${range[1]}-01`).endOf('month').format('YYYY-MM-DD');
  const points = useQuery({
    queryKey: ['registry', 'points-of', county],
    enabled: county !== undefined,
    queryFn: () => fetchAll<ServicePoint>(api, POINTS_PATH, { areaCode: county }, 100),
    staleTime: 10 * 60_000,
  });
  const overview = useQuery({
    queryKey: ['kpis', 'overview', from, to],
    queryFn: ({ signal }) => api.get<KpiOverview>(KPI_OVERVIEW_PATH, { query: { from, to }, signal }),
    placeholderData: keepPreviousData,
  });
  const ranked = rankPoints(points.data ?? [], overview.data?.points ?? []);
  const measured = ranked.filter((p) => p.rank !== null);
  const chartCheck = (p: RankedPoint): KpiCheck | undefined => p.checks.find((c) => c.kpi === kpi);
  const bound = measured.map(chartCheck).find((c) => c !== undefined);
  const thisMonth = currentMonth();

  const kpiColumn = (name: (typeof RANKED_KPIS)[number]) => ({
    title: tx(`kpi.${name}`, name),
    key: name,
    width: 120,
    render: (_: unknown, p: RankedPoint) => <KpiValue check={p.checks.find((c) => c.kpi === name)} />,
  });
  const columns: ColumnsType<RankedPoint> = [
    { title: t('kpi.overview.rank'), key: 'rank', width: 70, render: (_, p) => (p.rank === null ? '—' : <Typography.Text strong>{p.rank}</Typography.Text>) },
    {
      title: t('kpi.overview.point'),
      key: 'point',
      render: (_, p) => (
        <>
          <Button type="link" style={{ padding: 0 }} onClick={() => onOpenPoint(p.servicePointId)}>
            {p.point?.name ?? p.servicePointId}
          </Button>
          <div>
            <Typography.Text type="secondary">{tx(`network.pointType.${p.point?.type ?? ''}`, p.point?.type ?? '')}</Typography.Text>
          </div>
        </>
      ),
    },
    { title: t('kpi.handlings'), key: 'handlings', width: 90, render: (_, p) => p.totals?.handlings ?? '—' },
    ...RANKED_KPIS.map(kpiColumn),
    {
      title: t('kpi.overview.bad'),
      key: 'bad',
      width: 110,
      render: (_, p) =>
        p.totals ? (
          <span>
            {p.totals.badReviews}
            {p.totals.unrectifiedBadReviews > 0 && <Tag color="red" style={{ marginLeft: 6 }}>{t('kpi.overview.unrectified', { count: p.totals.unrectifiedBadReviews })}</Tag>}
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: t('kpi.overview.met'),
      key: 'met',
      width: 110,
      render: (_, p) => (p.rank === null ? <Tag>{t('kpi.noData')}</Tag> : t('kpi.overview.metOf', { met: p.met, measured: p.measured })),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap size="large">
        <CountySelect counties={counties} value={county} onChange={setCounty} />
        <Space>
          <Typography.Text>{t('kpi.overview.period')}</Typography.Text>
          <DatePicker.RangePicker
            picker="month"
            allowClear={false}
            aria-label={t('kpi.overview.period')}
            value={[dayjs(`${range[0]}-01`), dayjs(`${range[1]}-01`)]}
            disabledDate={(d: Dayjs) => d.format('YYYY-MM') > thisMonth}
            onChange={(values) => {
              const [a, b] = values ?? [];
              if (!a || !b) return;
              const start = b.diff(a, 'month') >= MAX_MONTHS ? b.subtract(MAX_MONTHS - 1, 'month') : a;
              setRange([start.format('YYYY-MM'), b.format('YYYY-MM')]);
            }}
          />
        </Space>
      </Space>
      <Typography.Text type="secondary">{t('kpi.overview.intro', { from, to })}</Typography.Text>
      {countyError && <ProblemAlert error={countyError} path="/api/registry/areas" />}
      {points.error && <ProblemAlert error={points.error} path={POINTS_PATH} />}
      {overview.error && <ProblemAlert error={overview.error} path={KPI_OVERVIEW_PATH} />}
      <Card
        size="small"
        title={t('kpi.overview.chart')}
        extra={
          <Select
            aria-label={t('kpi.overview.chartKpi')}
            style={{ width: 200 }}
            value={kpi}
            onChange={setKpi}
            options={RANKED_KPIS.map((k) => ({ value: k, label: tx(`kpi.${k}`, k) }))}
          />
        }
      >
        {bound && measured.some((p) => chartCheck(p)?.value != null) ? (
          <ThresholdChart
            kind="bar"
            height={320}
            series={chartSeries(
              {
                kpi,
                comparison: bound.comparison,
                bound: bound.bound,
                values: measured.map((p) => chartCheck(p)?.value ?? null),
                met: measured.map((p) => {
                  const c = chartCheck(p);
                  return c ? meets(c.value, c.comparison, c.bound) : null;
                }),
              },
              measured.map((p) => p.point?.name ?? p.servicePointId),
              t,
              tx,
            )}
          />
        ) : (
          <Typography.Text type="secondary">{t('kpi.overview.noData')}</Typography.Text>
        )}
      </Card>
      <Table<RankedPoint>
        rowKey="servicePointId"
        size="middle"
        columns={columns}
        dataSource={ranked}
        loading={points.isFetching || overview.isFetching}
        scroll={{ x: 1100 }}
        pagination={{ pageSize: 20, showTotal: (total) => t('common.total', { total }) }}
      />
    </Space>
  );
}

function KpiValue({ check }: { check: KpiCheck | undefined }) {
  const { t } = useI18n();
  if (!check || check.value == null) return <Typography.Text type="secondary">{t('kpi.noData')}</Typography.Text>;
  const met = meets(check.value, check.comparison, check.bound);
  return (
    <Typography.Text type={met === false ? 'danger' : met === true ? 'success' : undefined} data-met={String(met)}>
      {displayNumber(check.value)}
    </Typography.Text>
  );
}
