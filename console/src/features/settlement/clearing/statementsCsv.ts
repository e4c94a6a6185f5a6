import type { I18n } from '../../../i18n/I18nProvider';
import { formatDateTime } from '../../../lib/time';
import { toCsv } from '../../desk/handlings/csv';
import type { Statement } from '../model';

const plain = (v: number | string | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** The month's statements as taken to the clearing meeting: amounts in plain yuan, issue and confirmation. */
export function statementsCsv(rows: readonly Statement[], { t, tx }: Pick<I18n, 't' | 'tx'>): string {
  return toCsv(
    [
      t('settlement.clearing.statement.id'), t('settlement.clearing.period'), t('settlement.clearing.payer'), t('settlement.clearing.payee'),
      t('settlement.clearing.settledCount'), t('settlement.clearing.reversedCount'), t('settlement.clearing.settledFund'),
      t('settlement.clearing.reversedFund'), t('settlement.clearing.statement.amount'), t('settlement.clearing.statement.status'),
      t('settlement.clearing.statement.issued'), t('settlement.clearing.statement.confirmed'),
    ],
    rows.map((s) => [
      s.id, s.period, s.payerRegion, s.payeeRegion, s.settledCount, s.reversedCount, plain(s.settledFundPayment), plain(s.reversedFundPayment),
      plain(s.fundPayment), tx(`settlement.clearing.statement.status.${s.status}`, s.status),
      s.issuedAt ? `${formatDateTime(s.issuedAt)} ${s.issuedBy ?? ''}`.trim() : '',
      s.confirmedAt ? `${formatDateTime(s.confirmedAt)} ${s.confirmedBy ?? ''}`.trim() : '',
    ]),
  );
}
