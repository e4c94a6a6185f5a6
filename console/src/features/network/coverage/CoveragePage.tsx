import { useState } from 'react';
import { Card, Empty, Space, Tabs } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/ApiProvider';
import { PageLoading } from '../../../components/PageLoading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { CountySelect } from '../CountySelect';
import { COVERAGE_PATH, type CoverageParams, type CoverageReport } from '../model';
import { useCounty } from '../useCounty';
import { CoverageChart } from './CoverageChart';
import { CoverageFigures } from './CoverageFigures';
import { CoverageParamsForm } from './CoverageParamsForm';
import { CoveragePlot } from './CoveragePlot';
import { coverageQuery, TARGET_PERCENT, uncovered, urbanSharePercent } from './coverageModel';
import { UncoveredTable } from './UncoveredTable';

/** 服务圈覆盖 — GET /reports/coverage: the 30/15-minute circles' figures, chart, uncovered villages and the plot. */
export default function CoveragePage() {
  const api = useApi();
  const { t } = useI18n();
  const { counties, county, setCounty, error: countyError } = useCounty();
  const [params, setParams] = useState<CoverageParams>({});
  const { data: report, error } = useQuery({
    queryKey: ['registry', 'coverage', county, params],
    queryFn: () => api.get<CoverageReport>(COVERAGE_PATH, { query: coverageQuery(county ?? '', params) }),
    enabled: county !== undefined,
  });
  const m = report?.travelModel;
  return (
    <Card title={t('network.coverage.title')} extra={<CountySelect counties={counties} value={county} onChange={setCounty} />}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {countyError && <ProblemAlert error={countyError} />}
        <CoverageParamsForm onApply={setParams} />
        {error && <ProblemAlert error={error} path={COVERAGE_PATH} />}
        {!county && !countyError && <Empty />}
        {county && !report && !error && <PageLoading />}
        {report && m && (
          <>
            <CoverageFigures report={report} />
            <Tabs
              items={[
                {
                  key: 'chart',
                  label: t('network.coverage.chartTab'),
                  children: (
                    <>
                      <CoverageChart
                        label={t('network.coverage.chartTitle')}
                        target={TARGET_PERCENT}
                        targetLabel={t('network.coverage.target', { target: TARGET_PERCENT })}
                        bars={[
                          { label: t('network.coverage.barVillages', { minutes: m.countyWideMinutes }), value: report.villageSharePercent },
                          { label: t('network.coverage.barPopulation'), value: report.populationSharePercent },
                          { label: t('network.coverage.barUrban', { minutes: m.urbanKeyAreaMinutes }), value: urbanSharePercent(report) },
                        ]}
                      />
                      <UncoveredTable villages={uncovered(report)} countyCode={report.countyCode} />
                    </>
                  ),
                },
                { key: 'plot', label: t('network.plot.title'), children: <CoveragePlot countyCode={report.countyCode} report={report.villageDetails} /> },
              ]}
            />
          </>
        )}
      </Space>
    </Card>
  );
}
