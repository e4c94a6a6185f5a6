import { useQuery } from '@tanstack/react-query';
import { Table } from 'antd';
import { useApi } from '../../../api/ApiProvider';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatYuan } from '../../desk/items/settlement/money';
import { CLEARING_PATH, type PairTotals } from '../model';

/** The month's running totals per region pair, kept as each settlement and reversal happens. */
export function TotalsTable({ period }: { period: string }) {
  const api = useApi();
  const { t } = useI18n();
  const path = `${CLEARING_PATH}/totals`;
  const totals = useQuery({
    queryKey: ['settlement', 'clearing', 'totals', period],
    queryFn: ({ signal }) => api.get<PairTotals[]>(path, { query: { period }, signal }),
  });
  if (totals.error) return <ProblemAlert error={totals.error} path={path} />;
  return (
    <Table<PairTotals>
      size="small"
      rowKey={(p) => `${p.payerRegion}>${p.payeeRegion}`}
      loading={totals.isFetching}
      dataSource={totals.data ?? []}
      pagination={false}
      scroll={{ x: 900 }}
      locale={{ emptyText: t('settlement.clearing.noTotals') }}
      columns={[
        { title: t('settlement.clearing.payer'), dataIndex: 'payerRegion', width: 140 },
        { title: t('settlement.clearing.payee'), dataIndex: 'payeeRegion', width: 140 },
        { title: t('settlement.clearing.settledCount'), dataIndex: 'settledCount', width: 90, align: 'right' },
        { title: t('settlement.clearing.settledTotal'), key: 'total', align: 'right', render: (_, p) => formatYuan(p.settledTotal) },
        { title: t('settlement.clearing.settledFund'), key: 'fund', align: 'right', render: (_, p) => formatYuan(p.settledFundPayment) },
        { title: t('settlement.clearing.reversedCount'), dataIndex: 'reversedCount', width: 90, align: 'right' },
        { title: t('settlement.clearing.reversedFund'), key: 'rfund', align: 'right', render: (_, p) => formatYuan(p.reversedFundPayment) },
        { title: t('settlement.clearing.net'), key: 'net', align: 'right', render: (_, p) => <strong>{formatYuan(p.netFundPayment)}</strong> },
      ]}
    />
  );
}
