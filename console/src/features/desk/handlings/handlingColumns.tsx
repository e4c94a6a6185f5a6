import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { I18n } from '../../../i18n/I18nProvider';
import { formatDateTime, formatTime, minutesBetween } from '../../../lib/time';
import type { Cell } from './csv';
import type { HandlingRow } from './mergeHandlings';

type Text = Pick<I18n, 't' | 'tx'>;

export const waitingMinutes = (h: HandlingRow) => minutesBetween(h.queuedAt, h.startedAt);
export const handlingMinutes = (h: HandlingRow) => minutesBetween(h.startedAt, h.completedAt);

const itemText = (h: HandlingRow) => (h.itemName ? `${h.itemName}（${h.itemCode}）` : h.itemCode);

/** The table's columns; `withReceipt` holds the handling ids this browser session has a receipt for. */
export function handlingColumns({ t, tx }: Text, withReceipt: ReadonlySet<string>): ColumnsType<HandlingRow> {
  return [
    { title: t('handlings.col.completedAt'), key: 'completedAt', width: 96, render: (_v, h) => formatTime(h.completedAt) },
    { title: t('handlings.col.item'), key: 'item', render: (_v, h) => itemText(h) },
    {
      title: t('handlings.col.source'),
      key: 'source',
      width: 96,
      render: (_v, h) => <Tag color={h.source === 'enrollment' ? 'blue' : 'purple'}>{t(`handlings.source.${h.source}`)}</Tag>,
    },
    { title: t('handlings.col.personId'), dataIndex: 'personId', key: 'personId', render: (v: string | null | undefined) => v ?? '—' },
    { title: t('handlings.col.operator'), dataIndex: 'operator', key: 'operator' },
    { title: t('handlings.col.channel'), key: 'channel', render: (_v, h) => tx(`handlings.channel.${h.channel}`, h.channel) },
    { title: t('handlings.col.waiting'), key: 'waiting', align: 'right', width: 110, render: (_v, h) => waitingMinutes(h) ?? '—' },
    { title: t('handlings.col.handling'), key: 'handling', align: 'right', width: 110, render: (_v, h) => handlingMinutes(h) ?? '—' },
    {
      title: t('handlings.col.receipt'),
      key: 'receipt',
      width: 96,
      render: (_v, h) =>
        withReceipt.has(h.handlingId) ? (
          <Link to={`/desk/receipts/${encodeURIComponent(h.handlingId)}`}>{t('handlings.receipt.open')}</Link>
        ) : null,
    },
  ];
}

/** The shown rows as CSV cells (the receipt link is not a fact of the handling and stays out). */
export function handlingsCsvTable({ t, tx }: Text, rows: readonly HandlingRow[]): { header: string[]; cells: Cell[][] } {
  return {
    header: [
      t('handlings.col.completedAt'),
      t('handlings.csv.itemCode'),
      t('handlings.csv.itemName'),
      t('handlings.col.source'),
      t('handlings.col.personId'),
      t('handlings.col.operator'),
      t('handlings.col.channel'),
      t('handlings.col.waiting'),
      t('handlings.col.handling'),
      t('handlings.csv.handlingId'),
    ],
    cells: rows.map((h) => [
      formatDateTime(h.completedAt),
      h.itemCode,
      h.itemName ?? '',
      t(`handlings.source.${h.source}`),
      h.personId ?? '',
      h.operator,
      tx(`handlings.channel.${h.channel}`, h.channel),
      waitingMinutes(h),
      handlingMinutes(h),
      h.handlingId,
    ]),
  };
}
