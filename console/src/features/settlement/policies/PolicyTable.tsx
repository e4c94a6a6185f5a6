import { Button, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatDateTime } from '../../../lib/time';
import { formatRatio, formatYuan } from '../../desk/items/settlement/money';
import { HOSPITAL_LEVELS, type Policy } from '../model';

/** A region's policies, newest year first, one row per scheme and year; `onEdit` only for those who may change them. */
export function PolicyTable({ policies, loading, onEdit }: { policies: Policy[]; loading: boolean; onEdit?: (policy: Policy) => void }) {
  const { t } = useI18n();
  const byLevel = (values: Policy['deductibles'], format: (v: Policy['annualCap']) => string) =>
    HOSPITAL_LEVELS.filter((level) => values[level] !== undefined)
      .map((level) => `${t(`settlement.level.${level}`)} ${format(values[level]!)}`)
      .join(' / ');
  const columns: ColumnsType<Policy> = [
    { title: t('settlement.policies.year'), dataIndex: 'year', width: 80 },
    { title: t('settlement.policies.scheme'), key: 'scheme', width: 130, render: (_, p) => t(`settlement.scheme.${p.scheme}`) },
    { title: t('settlement.policies.deductibles'), key: 'deductibles', render: (_, p) => byLevel(p.deductibles, formatYuan) },
    { title: t('settlement.policies.ratios'), key: 'ratios', render: (_, p) => byLevel(p.ratios, formatRatio) },
    { title: t('settlement.policies.annualCap'), key: 'cap', width: 150, render: (_, p) => formatYuan(p.annualCap) },
    {
      title: t('settlement.policies.reductions'),
      key: 'reductions',
      width: 200,
      render: (_, p) => t('settlement.policies.reductionValue', { referral: String(p.referralReductionPoints), unreferred: String(p.unreferredReductionPoints) }),
    },
    {
      title: t('settlement.updated'),
      key: 'updated',
      width: 200,
      render: (_, p) => t('settlement.updatedBy', { at: formatDateTime(p.updatedAt ?? p.createdAt), by: p.updatedBy ?? p.createdBy ?? '—' }),
    },
    ...(onEdit
      ? [{ title: t('common.actions'), key: 'actions', width: 90, render: (_: unknown, p: Policy) => <Button size="small" onClick={() => onEdit(p)}>{t('settlement.edit')}</Button> }]
      : []),
  ];
  return (
    <Table<Policy>
      rowKey={(p) => `${p.scheme}-${p.year}`}
      size="middle"
      columns={columns}
      dataSource={policies}
      loading={loading}
      pagination={false}
      scroll={{ x: 1100 }}
      locale={{ emptyText: t('settlement.policies.empty') }}
    />
  );
}
