import { Result } from 'antd';
import { useCaller } from '../../../auth/CallerProvider';
import { useI18n } from '../../../i18n/I18nProvider';
import { PointKpiView } from '../../kpis/PointKpiView';

/** 网点指标 — the clerk's own point's KPIs, each against the standard evaluation-service compares it with. */
export default function KpiPage() {
  const caller = useCaller();
  const { t } = useI18n();
  if (!caller.servicePointId) {
    return <Result status="warning" title={t('kpi.noPoint')} subTitle={t('kpi.noPoint.detail')} />;
  }
  return <PointKpiView servicePointId={caller.servicePointId} />;
}
