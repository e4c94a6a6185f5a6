import { Card, Col, Descriptions, Row, Statistic } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import type { CoverageReport } from '../model';
import { urbanSharePercent } from './coverageModel';

/** The report's figures as it gave them, and the travel model it used. */
export function CoverageFigures({ report }: { report: CoverageReport }) {
  const { t, locale } = useI18n();
  const urban = urbanSharePercent(report);
  const m = report.travelModel;
  return (
    <>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Card size="small" data-testid="coverage-villages">
            <Statistic title={t('network.coverage.villageShare')} value={report.villageSharePercent} suffix="%" />
            {t('network.coverage.ofVillages', { covered: report.coveredVillages, all: report.villages })}
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small" data-testid="coverage-population">
            <Statistic title={t('network.coverage.populationShare')} value={report.populationSharePercent} suffix="%" />
            {t('network.coverage.ofPopulation', { covered: report.coveredPopulation.toLocaleString(locale), all: report.population.toLocaleString(locale) })}
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small" data-testid="coverage-urban">
            <Statistic title={t('network.coverage.urbanShare', { minutes: m.urbanKeyAreaMinutes })} value={urban ?? '—'} suffix={urban == null ? undefined : '%'} />
            {t('network.coverage.ofVillages', { covered: report.coveredUrbanKeyAreaVillages, all: report.urbanKeyAreaVillages })}
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small" data-testid="coverage-points">
            <Statistic title={t('network.coverage.activePoints')} value={report.activePoints} />
          </Card>
        </Col>
      </Row>
      <Descriptions size="small" style={{ marginTop: 12 }} column={{ xs: 1, md: 3 }} title={t('network.coverage.model')}>
        <Descriptions.Item label={t('network.coverage.formula')} span={3}>{m.formula}</Descriptions.Item>
        <Descriptions.Item label={t('network.coverage.detourFactor')}>{m.detourFactor}</Descriptions.Item>
        <Descriptions.Item label={t('network.coverage.ruralSpeed')}>{m.ruralSpeedKmh} km/h</Descriptions.Item>
        <Descriptions.Item label={t('network.coverage.urbanSpeed')}>{m.urbanSpeedKmh} km/h</Descriptions.Item>
        <Descriptions.Item label={t('network.coverage.circles')} span={3}>
          {t('network.coverage.circlesText', { county: m.countyWideMinutes, urban: m.urbanKeyAreaMinutes })}
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}
