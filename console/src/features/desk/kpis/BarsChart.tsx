import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export interface Bar {
  label: string;
  value: number;
}

/** A bar chart's option: one bar per entry, in the order given. */
export function barOption(bars: readonly Bar[], seriesName: string): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 48, right: 16, top: 16, bottom: 40 },
    xAxis: { type: 'category', data: bars.map((b) => b.label), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: seriesName, type: 'bar', data: bars.map((b) => b.value), barMaxWidth: 48, label: { show: true, position: 'top' } }],
  };
}

export function BarsChart({ bars, seriesName, label }: { bars: readonly Bar[]; seriesName: string; label: string }) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore echarts={echarts} option={barOption(bars, seriesName)} notMerge style={{ height: 300, width: '100%' }} />
    </div>
  );
}
