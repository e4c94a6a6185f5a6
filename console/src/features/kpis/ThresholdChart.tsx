import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

echarts.use([BarChart, LineChart, GridComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

const MET = '#389e0d';
const NOT_MET = '#cf1322';
const NEUTRAL = '#1677ff';

export interface ThresholdSeries {
  labels: readonly string[];
  values: readonly (number | null)[];
  met: readonly (boolean | null)[];
  /** The standard's bound, drawn as a dashed line and named in its label. */
  bound: number;
  boundLabel: string;
  name: string;
}

/** A line (months) or bar (points) chart of one KPI against its standard: each value green when met, red when not. */
export function thresholdOption(series: ThresholdSeries, kind: 'line' | 'bar'): EChartsCoreOption {
  const data = series.values.map((value, i) => ({
    value: value ?? '-',
    itemStyle: { color: series.met[i] === true ? MET : series.met[i] === false ? NOT_MET : NEUTRAL },
  }));
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 72, top: 24, bottom: kind === 'bar' ? 80 : 32 },
    xAxis: { type: 'category', data: [...series.labels], axisLabel: kind === 'bar' ? { interval: 0, rotate: 30 } : {} },
    // the axis always reaches the bound, so the standard's line shows even over months or points without data
    yAxis: { type: 'value', min: 0, max: (extent: { max: number }) => niceCeiling(Math.max(Number.isFinite(extent.max) ? extent.max : 0, series.bound) * 1.1) },
    series: [
      {
        name: series.name,
        type: kind,
        data,
        connectNulls: false,
        barMaxWidth: 40,
        lineStyle: { color: NEUTRAL },
        label: { show: kind === 'bar', position: 'top' },
        markLine: {
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#fa8c16' },
          label: { formatter: series.boundLabel, position: 'end' },
          data: [{ yAxis: series.bound }],
        },
      },
    ],
  };
}

/** A round top for the axis, at least `value` (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten). */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((m) => m * power).find((top) => top >= value) ?? 10 * power;
}

export function ThresholdChart({ series, kind, height = 260 }: { series: ThresholdSeries; kind: 'line' | 'bar'; height?: number }) {
  return (
    <div role="img" aria-label={`${series.name}（${series.boundLabel}）`}>
      <ReactEChartsCore echarts={echarts} option={thresholdOption(series, kind)} notMerge style={{ height, width: '100%' }} />
    </div>
  );
}
