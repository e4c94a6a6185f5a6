import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useApi } from '../../../api/ApiProvider';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatDateTime } from '../../../lib/time';
import { formatYuan } from '../../desk/items/settlement/money';
import { ExportButton } from '../ExportButton';
import { CLEARING_PATH, confirmationPath, type Statement } from '../model';
import { statementsCsv } from './statementsCsv';

/** The month's statements (清算单); the paying region's confirmation draws on its advance fund (agency-admin). */
export function StatementsTable({ period, canWrite }: { period: string; canWrite: boolean }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const i18n = useI18n();
  const { t, tx } = i18n;
  const path = `${CLEARING_PATH}/statements`;
  const statements = useQuery({
    queryKey: ['settlement', 'clearing', 'statements', period],
    queryFn: ({ signal }) => api.get<Statement[]>(path, { query: { period }, signal }),
  });
  const confirm = useMutation({
    mutationFn: (id: string) => api.post<Statement>(confirmationPath(id)),
    onSuccess: (done) => {
      void queryClient.invalidateQueries({ queryKey: ['settlement', 'clearing', 'statements', period] });
      void queryClient.invalidateQueries({ queryKey: ['settlement', 'advance-fund'] });
      void message.success(t('settlement.clearing.statement.confirmedMessage', { id: done.id }));
    },
  });
  const columns: ColumnsType<Statement> = [
    { title: t('settlement.clearing.statement.id'), dataIndex: 'id', width: 220 },
    { title: t('settlement.clearing.payer'), dataIndex: 'payerRegion', width: 130 },
    { title: t('settlement.clearing.payee'), dataIndex: 'payeeRegion', width: 130 },
    { title: t('settlement.clearing.settledCount'), dataIndex: 'settledCount', width: 90, align: 'right' },
    { title: t('settlement.clearing.reversedCount'), dataIndex: 'reversedCount', width: 90, align: 'right' },
    { title: t('settlement.clearing.statement.amount'), key: 'amount', width: 140, align: 'right', render: (_, s) => <strong>{formatYuan(s.fundPayment)}</strong> },
    {
      title: t('settlement.clearing.statement.status'),
      key: 'status',
      width: 220,
      render: (_, s) => (
        <Space orientation="vertical" size={0}>
          <Tag color={s.status === 'CONFIRMED' ? 'green' : 'gold'}>{tx(`settlement.clearing.statement.status.${s.status}`, s.status)}</Tag>
          {s.confirmedAt && <span>{`${formatDateTime(s.confirmedAt)}（${s.confirmedBy ?? '—'}）`}</span>}
        </Space>
      ),
    },
    ...(canWrite
      ? [
          {
            title: t('common.actions'),
            key: 'confirm',
            width: 110,
            render: (_: unknown, s: Statement) =>
              s.status === 'ISSUED' && (
                <Popconfirm
                  title={t('settlement.clearing.statement.confirmText', { amount: formatYuan(s.fundPayment), payer: s.payerRegion, payee: s.payeeRegion })}
                  onConfirm={() => confirm.mutate(s.id)}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                >
                  <Button size="small" type="primary" loading={confirm.isPending && confirm.variables === s.id}>
                    {t('settlement.clearing.statement.confirm')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]
      : []),
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {statements.error && <ProblemAlert error={statements.error} path={path} />}
      {confirm.error && <ProblemAlert error={confirm.error} />}
      <Table<Statement>
        size="small"
        rowKey="id"
        loading={statements.isFetching}
        dataSource={statements.data ?? []}
        pagination={false}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('settlement.clearing.noStatements') }}
        columns={columns}
        title={() => (
          <ExportButton
            name={`${t('settlement.clearing.statement.csvName')}-${period}`}
            disabled={!statements.data?.length}
            build={() => statementsCsv(statements.data ?? [], i18n)}
          />
        )}
      />
    </Space>
  );
}
