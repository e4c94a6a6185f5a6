import type { I18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/time';
import { toCsv } from '../desk/handlings/csv';
import type { FlaggedSettlement } from './model';

/** The audit flags as taken to a supervision meeting: one line per flag, with its evidence as "name: value" pairs. */
export function flagsCsv(rows: readonly FlaggedSettlement[], { t, tx }: Pick<I18n, 't' | 'tx'>): string {
  const header = [
    t('workbench.audit.settledAt'), t('workbench.audit.settlement'), t('settlement.settlements.bill'), t('workbench.audit.institution'),
    t('workbench.audit.person'), t('workbench.audit.insuredRegion'), t('workbench.audit.treatmentRegion'), t('workbench.audit.status'),
    t('workbench.audit.rule'), t('workbench.audit.blocking'), t('settlement.catalogue.itemCode'), t('workbench.audit.flags'), t('settlement.flags.evidence'),
  ];
  const lines = rows.flatMap((s) =>
    s.flags.map((f) => [
      formatDateTime(s.settledAt),
      s.settlementId,
      s.billNumber,
      s.institutionId,
      s.maskedIdNumber ?? '',
      s.insuredRegion,
      s.treatmentRegion,
      tx(`workbench.audit.status.${s.status}`, s.status),
      tx(`workbench.audit.rule.${f.rule}`, f.rule),
      f.blocking ? t('common.yes') : t('common.no'),
      f.itemCode ?? '',
      f.message,
      Object.entries(f.evidence ?? {})
        .map(([key, value]) => `${tx(`workbench.audit.evidence.${key}`, key)}: ${value}`)
        .join('; '),
    ]),
  );
  return toCsv(header, lines);
}
