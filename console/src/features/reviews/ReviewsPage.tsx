import { Alert, Card, Tabs } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { AdminRectifications } from './AdminRectifications';
import { ReviewList } from './ReviewList';
import { usePoints } from './usePoints';

/** 好差评与整改 — the agency's view of reviews and of the rectification loop at every point. */
export default function ReviewsPage() {
  const { t } = useI18n();
  const { points, more, name } = usePoints();
  return (
    <Card title={t('workbench.reviews.title')}>
      {more && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('workbench.point.more', { count: points.length })} />}
      <Tabs
        defaultActiveKey="rectifications"
        items={[
          { key: 'rectifications', label: t('workbench.tab.rectifications'), children: <AdminRectifications points={points} pointName={name} /> },
          { key: 'reviews', label: t('workbench.tab.reviews'), children: <ReviewList points={points} pointName={name} /> },
        ]}
      />
    </Card>
  );
}
