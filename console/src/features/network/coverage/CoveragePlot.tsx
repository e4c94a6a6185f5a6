import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/ApiProvider';
import { PageLoading } from '../../../components/PageLoading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { fetchAll } from '../fetchAll';
import { pointTypeLabel, TYPE_COLOURS } from '../labels';
import { areaPath, POINTS_PATH, type Area, type CoverageVillage, type ServicePoint } from '../model';
import { plotSeries, type PlotSeries } from './plotModel';

echarts.use([ScatterChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const VILLAGE_COLOURS: Record<string, string> = { covered: '#95de64', uncovered: '#ff4d4f' };

export function plotOption(series: readonly PlotSeries[], name: (s: PlotSeries) => string, axes: { lon: string; lat: string }): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item', formatter: (p: { seriesName: string; data: [number, number, string] }) => `${p.data[2]}<br/>${p.seriesName}<br/>${p.data[1]}, ${p.data[0]}` },
    legend: { top: 0 },
    grid: { left: 64, right: 24, top: 48, bottom: 48 },
    xAxis: { type: 'value', name: axes.lon, scale: true, nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'value', name: axes.lat, scale: true },
    series: series.map((s) => ({
      name: name(s),
      type: 'scatter',
      data: s.data,
      symbol: s.kind === 'point' ? 'diamond' : 'circle',
      symbolSize: s.kind === 'point' ? 14 : 8,
      itemStyle: { color: s.kind === 'point' ? TYPE_COLOURS[s.key] : VILLAGE_COLOURS[s.key] },
    })),
  };
}

/**
 * 网点与村(社区)分布 — active points (GET /service-points?areaCode=&status=ACTIVE) and village centroids
 * (GET /areas/{county}/villages) on longitude/latitude axes; no map tiles, this network reaches no tile server.
 */
export function CoveragePlot({ countyCode, report }: { countyCode: string; report: readonly CoverageVillage[] }) {
  const api = useApi();
  const { t, tx } = useI18n();
  const { data, error } = useQuery({
    queryKey: ['registry', 'plot', countyCode],
    queryFn: async () => {
      const [points, villages] = await Promise.all([
        fetchAll<ServicePoint>(api, POINTS_PATH, { areaCode: countyCode, status: 'ACTIVE' }, 100),
        fetchAll<Area>(api, `${areaPath(countyCode)}/villages`, {}, 200),
      ]);
      return { points, villages };
    },
  });
  if (error) return <ProblemAlert error={error} path={POINTS_PATH} />;
  if (!data) return <PageLoading />;
  const series = plotSeries(data.points, data.villages, report);
  const name = (s: PlotSeries) => (s.kind === 'point' ? pointTypeLabel(tx, s.key) : t(s.key === 'covered' ? 'network.plot.covered' : 'network.plot.uncovered'));
  return (
    <div role="img" aria-label={t('network.plot.title')}>
      <ReactEChartsCore
        echarts={echarts}
        option={plotOption(series, name, { lon: t('network.point.longitude'), lat: t('network.point.latitude') })}
        notMerge
        style={{ height: 520, width: '100%' }}
      />
    </div>
  );
}
