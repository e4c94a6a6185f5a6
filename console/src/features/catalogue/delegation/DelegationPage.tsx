import { Card, Descriptions, Empty, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/ApiProvider';
import { PageLoading } from '../../../components/PageLoading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { CountySelect } from '../../network/CountySelect';
import { useCounty } from '../../network/useCounty';
import { DELEGATION_PATH, type DelegationReport } from '../model';
import { LevelTargets } from './LevelTargets';
import { PointShares } from './PointShares';
import { RuleStatus } from './RuleStatus';

/** 事项下放报告 — GET /reports/delegation: the ≥ 30 % rule per grassroots point, and the plan's 16 / 10 / 15 items per level. */
export default function DelegationPage() {
  const api = useApi();
  const { t } = useI18n();
  const { counties, county, setCounty, error: countyError } = useCounty();
  const { data: report, error } = useQuery({
    queryKey: ['registry', 'delegation', county],
    queryFn: () => api.get<DelegationReport>(DELEGATION_PATH, { query: { countyCode: county } }),
    enabled: county !== undefined,
  });
  // The rule is met when the report says every grassroots point meets it (its own verdicts, counted).
  const allMeet = report !== undefined && report.pointCount > 0 && report.meetingRule === report.pointCount;
  return (
    <Card title={t('network.delegation.title')} extra={<CountySelect counties={counties} value={county} onChange={setCounty} />}>
      {countyError && <ProblemAlert error={countyError} />}
      {error && <ProblemAlert error={error} path={DELEGATION_PATH} />}
      {!county && !countyError && <Empty />}
      {county && !report && !error && <PageLoading />}
      {report && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <section>
            <Typography.Title level={5}>
              {t('network.delegation.shareRule', { min: report.minSharePercent })} <RuleStatus met={allMeet} testId="share-rule" />
            </Typography.Title>
            <Descriptions size="small" column={{ xs: 1, md: 4 }}>
              <Descriptions.Item label={t('network.catalogue.version')}>v{report.catalogueVersion}</Descriptions.Item>
              <Descriptions.Item label={t('network.catalogue.countyListSize')}>{report.countyListSize}</Descriptions.Item>
              <Descriptions.Item label={t('network.delegation.minShare')}>≥ {report.minSharePercent} %</Descriptions.Item>
              <Descriptions.Item label={t('network.delegation.meeting')}>
                <span data-testid="meeting">{t('network.delegation.meetingText', { meeting: report.meetingRule, points: report.pointCount })}</span>
              </Descriptions.Item>
            </Descriptions>
            <PointShares rows={report.points} />
          </section>
          <section>
            <Typography.Title level={5}>{t('network.delegation.levelRule')}</Typography.Title>
            <Typography.Paragraph type="secondary">{t('network.delegation.levelRuleNote')}</Typography.Paragraph>
            <LevelTargets version={report.catalogueVersion} />
          </section>
        </Space>
      )}
    </Card>
  );
}
