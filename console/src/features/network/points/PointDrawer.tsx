import { useState } from 'react';
import { Button, Drawer, Space } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../api/ApiProvider';
import { PageLoading } from '../../../components/PageLoading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { pointPath, type ServicePoint } from '../model';
import { PointDetails } from './PointDetails';
import { PointForm } from './PointForm';
import { StatusForm } from './StatusForm';

type Mode = 'view' | 'edit' | 'status';

/** One point, read fresh with its history (GET /service-points/{id}), to look at, edit, or change the status of. */
export function PointDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { t } = useI18n();
  const [mode, setMode] = useState<Mode>('view');
  const key = ['registry', 'service-point', id];
  const { data: point, error } = useQuery({ queryKey: key, queryFn: () => api.get<ServicePoint>(pointPath(id)) });
  const saved = (next: ServicePoint) => {
    queryClient.setQueryData(key, next);
    void queryClient.invalidateQueries({ queryKey: ['registry', 'service-points'] });
    setMode('view');
  };
  return (
    <Drawer
      open
      size="large"
      onClose={onClose}
      title={point?.name ?? id}
      extra={
        point && point.status !== 'CLOSED' && mode === 'view' ? (
          <Space>
            <Button onClick={() => setMode('edit')}>{t('network.point.edit')}</Button>
            <Button onClick={() => setMode('status')}>{t('network.status.change')}</Button>
          </Space>
        ) : mode !== 'view' ? (
          <Button onClick={() => setMode('view')}>{t('network.cancel')}</Button>
        ) : null
      }
    >
      {error && <ProblemAlert error={error} path={pointPath(id)} />}
      {!point && !error && <PageLoading />}
      {point && mode === 'view' && <PointDetails point={point} />}
      {point && mode === 'edit' && <PointForm point={point} onDone={saved} />}
      {point && mode === 'status' && <StatusForm point={point} onDone={saved} />}
    </Drawer>
  );
}
