import { useQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Empty, Popconfirm, Space, Table, Tag } from 'antd';
import { useApi } from '../../../api/ApiProvider';
import { ApiError } from '../../../api/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { agencyToday, formatDateTime } from '../../../lib/time';
import { formatYuan } from '../../desk/items/settlement/money';
import { CLEARING_PATH, type ClearingRun } from '../model';

/** The month's clearing run and the regions' net positions; agency-admin starts it once the month is closed. */
export function RunCard({ period, canWrite }: { period: string; canWrite: boolean }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { t } = useI18n();
  const path = `${CLEARING_PATH}/runs/${period}`;
  const run = useQuery({
    queryKey: ['settlement', 'clearing', 'run', period],
    queryFn: ({ signal }) => api.get<ClearingRun>(path, { signal }),
  });
  const start = useMutation({
    mutationFn: () => api.post<ClearingRun>(`${CLEARING_PATH}/runs`, { period }),
    onSuccess: (done) => {
      queryClient.setQueryData(['settlement', 'clearing', 'run', period], done);
      void queryClient.invalidateQueries({ queryKey: ['settlement', 'clearing', 'statements', period] });
      void message.success(t('settlement.clearing.run.done', { period, count: done.statementIds.length }));
    },
  });
  const notYet = run.error instanceof ApiError && run.error.status === 404;
  // a month is cleared once, after it has ended (the service refuses the open month): no button before then
  const closed = period < agencyToday().slice(0, 7);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {start.error && <ProblemAlert error={start.error} path={`${CLEARING_PATH}/runs`} />}
      {run.error && !notYet && <ProblemAlert error={run.error} path={path} />}
      {notYet && (
        <Empty description={t(closed ? 'settlement.clearing.run.none' : 'settlement.clearing.run.open', { period })}>
          {canWrite && closed && (
            <Popconfirm title={t('settlement.clearing.run.confirm', { period })} onConfirm={() => start.mutate()} okText={t('common.confirm')} cancelText={t('common.cancel')}>
              <Button type="primary" loading={start.isPending}>
                {t('settlement.clearing.run.start', { period })}
              </Button>
            </Popconfirm>
          )}
        </Empty>
      )}
      {run.data && (
        <>
          <Descriptions
            size="small"
            column={3}
            items={[
              { key: 'status', label: t('settlement.clearing.run.status'), children: <Tag color="green">{run.data.status}</Tag> },
              { key: 'started', label: t('settlement.clearing.run.started'), children: `${formatDateTime(run.data.startedAt)}（${run.data.startedBy ?? '—'}）` },
              { key: 'completed', label: t('settlement.clearing.run.completed'), children: formatDateTime(run.data.completedAt) },
            ]}
          />
          <Table
            size="small"
            rowKey="region"
            title={() => t('settlement.clearing.positions')}
            dataSource={run.data.positions}
            pagination={false}
            columns={[
              { title: t('settlement.clearing.position.region'), dataIndex: 'region' },
              { title: t('settlement.clearing.position.receivable'), key: 'r', align: 'right', render: (_, p) => formatYuan(p.receivable) },
              { title: t('settlement.clearing.position.payable'), key: 'p', align: 'right', render: (_, p) => formatYuan(p.payable) },
              { title: t('settlement.clearing.position.net'), key: 'n', align: 'right', render: (_, p) => <strong>{formatYuan(p.net)}</strong> },
            ]}
          />
        </>
      )}
    </Space>
  );
}
