import { Card, Space, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { EvaluationList } from '../evaluations/EvaluationList';
import { adminEvaluationLink } from './model';

/** 示范点评估 (agency) — every evaluation, by batch and status, a page at a time from the service. */
export default function EvaluationsPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  return (
    <Card title={t('sites.evaluations.title')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('sites.evaluations.intro')}</Typography.Text>
        <EvaluationList linkTo={adminEvaluationLink} admin initialBatch={params.get('batch') ?? undefined} pageSize={20} emptyText="sites.evaluations.empty" />
      </Space>
    </Card>
  );
}
