import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Space, Table } from 'antd';
import { useApi } from '../../../api/ApiProvider';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatYuan } from '../../desk/items/settlement/money';
import { CLEARING_PATH, type Reconciliation } from '../model';

/** A figure as the reconciliation compares it: the fen figures as yuan, the counts as they are. */
export function figureValue(figure: string, value: number): string {
  return figure.endsWith('Fen') ? formatYuan(value / 100) : String(value);
}

/** 对总账: recomputes the month from the settlements on request and lists every figure that differs from the kept totals. */
export function ReconciliationPanel({ period }: { period: string }) {
  const api = useApi();
  const { t, tx } = useI18n();
  const path = `${CLEARING_PATH}/reconciliation`;
  const check = useQuery({
    queryKey: ['settlement', 'clearing', 'reconciliation', period],
    queryFn: ({ signal }) => api.get<Reconciliation>(path, { query: { period }, signal }),
    enabled: false,
  });
  const r = check.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button onClick={() => void check.refetch()} loading={check.isFetching}>
        {t('settlement.clearing.reconciliation.check')}
      </Button>
      {check.error && <ProblemAlert error={check.error} path={path} />}
      {r && r.consistent && (
        <Alert type="success" showIcon role="status" title={t('settlement.clearing.reconciliation.consistent', { pairs: r.pairsRecomputed })} />
      )}
      {r && !r.consistent && (
        <>
          <Alert type="error" showIcon role="status" title={t('settlement.clearing.reconciliation.inconsistent', { count: r.differences.length })} />
          <Table
            size="small"
            rowKey={(d) => `${d.payerRegion}>${d.payeeRegion}:${d.figure}`}
            dataSource={r.differences}
            pagination={false}
            columns={[
              { title: t('settlement.clearing.payer'), dataIndex: 'payerRegion' },
              { title: t('settlement.clearing.payee'), dataIndex: 'payeeRegion' },
              { title: t('settlement.clearing.reconciliation.figure'), key: 'figure', render: (_, d) => tx(`settlement.clearing.figure.${d.figure}`, d.figure) },
              { title: t('settlement.clearing.reconciliation.kept'), key: 'kept', align: 'right', render: (_, d) => figureValue(d.figure, d.kept) },
              { title: t('settlement.clearing.reconciliation.recomputed'), key: 'recomputed', align: 'right', render: (_, d) => figureValue(d.figure, d.recomputed) },
            ]}
          />
        </>
      )}
    </Space>
  );
}
