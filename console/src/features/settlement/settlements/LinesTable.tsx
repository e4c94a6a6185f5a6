import { Table, Tag } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatRatio, formatYuan } from '../../desk/items/settlement/money';
import type { SettledLine } from '../model';

/** The bill's lines as classed by the treatment region's catalogue, with their flags (audit rules in red). */
export function LinesTable({ lines }: { lines: SettledLine[] }) {
  const { t, tx } = useI18n();
  return (
    <Table<SettledLine>
      size="small"
      rowKey="line"
      dataSource={lines}
      pagination={false}
      scroll={{ x: 760 }}
      columns={[
        { title: t('settlement.detail.line'), dataIndex: 'line', width: 50 },
        { title: t('settlement.catalogue.itemCode'), dataIndex: 'itemCode', width: 110 },
        { title: t('settlement.detail.serviceDate'), key: 'date', width: 110, render: (_, l) => l.serviceDate ?? '—' },
        { title: t('settlement.detail.quantity'), key: 'q', width: 70, render: (_, l) => String(l.quantity) },
        { title: t('settlement.detail.unitPrice'), key: 'p', width: 100, render: (_, l) => formatYuan(l.unitPrice) },
        { title: t('settlement.detail.amount'), key: 'a', width: 110, render: (_, l) => formatYuan(l.amount) },
        {
          title: t('settlement.catalogue.itemClass'),
          key: 'class',
          width: 120,
          render: (_, l) =>
            l.itemClass ? `${t(`settlement.itemClass.${l.itemClass}`)}${l.selfPayFirstShare != null && l.itemClass === 'CLASS_B' ? ` ${formatRatio(l.selfPayFirstShare)}` : ''}` : '—',
        },
        {
          title: t('settlement.detail.lineFlags'),
          key: 'flags',
          render: (_, l) =>
            l.flags.map((flag) => (
              <Tag key={flag} color={flag === 'UNMAPPED' || flag === 'SELF_PAY' || flag === 'SELF_PAY_FIRST' ? 'default' : 'red'}>
                {tx(`settlement.detail.lineFlag.${flag}`, tx(`workbench.audit.rule.${flag}`, flag))}
              </Tag>
            )),
        },
      ]}
    />
  );
}
