import { Card, Space, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { EvaluationList } from './EvaluationList';
import { workbenchLink } from './model';

/**
 * 我的评估任务 — the demonstration-site evaluations assigned to the signed-in evaluator (the service filters by assignment);
 * each site opens its workbench (`evaluations/:id`).
 */
export default function MyEvaluationsPage() {
  const { t } = useI18n();
  return (
    <Card title={t('workbench.eval.title')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('workbench.eval.intro')}</Typography.Text>
        <EvaluationList linkTo={workbenchLink} pageSize={10} emptyText="workbench.eval.empty" />
      </Space>
    </Card>
  );
}
