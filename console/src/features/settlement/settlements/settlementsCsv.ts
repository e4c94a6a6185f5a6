import type { I18n } from '../../../i18n/I18nProvider';
import { formatDateTime } from '../../../lib/time';
import { toCsv } from '../../desk/handlings/csv';
import type { SettlementResponse } from '../model';

const plain = (v: number | string | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** The settlements search as people take it to meetings: one line per settlement, amounts as plain yuan, ID numbers masked. */
export function settlementsCsv(rows: readonly SettlementResponse[], { t, tx }: Pick<I18n, 't' | 'tx'>): string {
  const header = [
    t('settlement.settlements.settledAt'), 'ID', t('settlement.settlements.bill'), t('settlement.settlements.mode'),
    t('settlement.detail.institution'), t('settlement.settlements.person'), t('workbench.audit.insuredRegion'),
    t('workbench.audit.treatmentRegion'), t('settlement.settlements.total'), t('settlement.settlements.fund'),
    t('settlement.settlements.personal'), t('settlement.settlements.status'), t('settlement.settlements.flags'),
  ];
  return toCsv(
    header,
    rows.map((s) => [
      formatDateTime(s.settledAt),
      s.id,
      s.billNumber,
      tx(`settlement.settlements.mode.${s.mode}`, s.mode),
      s.institutionId,
      s.maskedIdNumber,
      s.insuredRegion ?? '',
      s.treatmentRegion,
      plain(s.amounts?.total),
      plain(s.amounts?.fundPayment),
      plain(s.amounts?.personalPayment),
      tx(`workbench.audit.status.${s.status}`, s.status),
      (s.auditFlags ?? []).map((f) => tx(`workbench.audit.rule.${f.rule}`, f.rule)).join('、'),
    ]),
  );
}
