import { Alert, Card, Space, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { PointPicker } from '../reviews/PointPicker';
import { usePoints } from '../reviews/usePoints';
import { CountyOverview } from './CountyOverview';
import { PointKpiView } from './PointKpiView';

/**
 * 网点指标 (agency) — the county overview ranking the points, and any one point's KPIs month by month against the standards.
 * The point in view is in the address (`?point=`), so a ranking row opens it and the link can be shared.
 */
export default function KpisPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const { points, more } = usePoints();
  const point = params.get('point') ?? '';
  const tab = params.get('tab') === 'point' || point ? 'point' : 'overview';
  const open = (id: string) => setParams(id ? { tab: 'point', point: id } : { tab: 'point' });
  return (
    <Card title={t('kpi.admin.title')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'point' ? (point ? { tab: 'point', point } : { tab: 'point' }) : {})}
        items={[
          { key: 'overview', label: t('kpi.admin.tab.overview'), children: <CountyOverview onOpenPoint={open} /> },
          {
            key: 'point',
            label: t('kpi.admin.tab.point'),
            children: (
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                <Space>
                  <label htmlFor="kpi-point">{t('workbench.point')}</label>
                  <PointPicker id="kpi-point" points={points} value={point} onChange={open} />
                </Space>
                {more && <Alert type="info" showIcon title={t('workbench.point.more', { count: points.length })} />}
                {point ? <PointKpiView key={point} servicePointId={point} /> : <Typography.Text type="secondary">{t('kpi.admin.pickPoint')}</Typography.Text>}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
