import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

echarts.use([BarChart, GridComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

export interface ShareBar {
  label: string;
  /** Percent, null when not applicable (no urban key area). */
  value: number | null;
}

export function shareOption(bars: readonly ShareBar[], target: number, targetLabel: string): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => (v == null ? '—' : `${String(v)} %`) },
    grid: { left: 48, right: 96, top: 24, bottom: 40 },
    xAxis: { type: 'category', data: bars.map((b) => b.label), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 56,
        data: bars.map((b) => b.value),
        label: { show: true, position: 'top', formatter: '{c} %' },
        markLine: { symbol: 'none', lineStyle: { type: 'dashed', color: '#cf1322' }, label: { formatter: targetLabel }, data: [{ yAxis: target }] },
      },
    ],
  };
}

/** The report's coverage shares as bars, with the plan's target as a dashed line. */
export function CoverageChart({ bars, target, targetLabel, label }: { bars: readonly ShareBar[]; target: number; targetLabel: string; label: string }) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore echarts={echarts} option={shareOption(bars, target, targetLabel)} notMerge style={{ height: 300, width: '100%' }} />
    </div>
  );
}
