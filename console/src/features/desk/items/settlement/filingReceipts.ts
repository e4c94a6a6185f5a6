import type { I18n } from '../../../../i18n/I18nProvider';
import { formatDateTime } from '../../../../lib/time';
import type { Handling, PersonRef, Receipt } from '../../types';
import { counterHandling, receiptHandling, type HandlingContext } from './counter';
import type { FilingResponse } from './settlementApi';

type Text = Pick<I18n, 't' | 'tx'>;

export function filingTypeText(i18n: Text, type: string): string {
  return i18n.tx(`settlementItems.filingType.${type}`, type);
}

export function validityText(i18n: Text, filing: Pick<FilingResponse, 'validFrom' | 'validTo'>): string {
  return filing.validTo
    ? i18n.t('settlementItems.filing.validity', { from: filing.validFrom, to: filing.validTo })
    : i18n.t('settlementItems.filing.validityOpen', { from: filing.validFrom });
}

function filingLines(i18n: Text, f: FilingResponse): Receipt['lines'] {
  const { t } = i18n;
  return [
    { label: t('settlementItems.filing.id'), value: f.id },
    { label: t('settlementItems.filing.type'), value: filingTypeText(i18n, f.type) },
    { label: t('settlementItems.filing.treatmentRegion'), value: f.treatmentRegion },
    ...(f.insuredRegion ? [{ label: t('settlementItems.filing.insuredRegion'), value: f.insuredRegion }] : []),
    ...(f.scheme ? [{ label: t('settlementItems.filing.scheme'), value: i18n.tx(`settlementItems.scheme.${f.scheme}`, f.scheme) }] : []),
    { label: t('settlementItems.filing.validityLabel'), value: validityText(i18n, f) },
  ];
}

/** The receipt of a new filing: the handling the filing was made under, with the review token of the answer. */
export function filingReceipt(i18n: Text, ctx: HandlingContext, filing: FilingResponse, person: PersonRef | undefined): Receipt {
  const handling = filing.handling ? receiptHandling(ctx, filing.handling, filing.reviewToken) : counterHandling(ctx, {
    handlingId: filing.handlingId,
    itemCode: filing.itemCode,
    completedAt: filing.createdAt,
    personId: filing.personId,
    operator: filing.createdBy,
    servicePointId: filing.servicePointId,
    channel: filing.channel,
    reviewToken: filing.reviewToken,
  });
  return {
    handling,
    servicePointName: ctx.props.servicePointName,
    itemName: handling.itemName ?? filing.itemCode,
    ...(person ? { person } : {}),
    lines: [
      { label: i18n.t('settlementItems.filing.status'), value: i18n.tx(`settlementItems.filingStatus.${filing.status}`, filing.status) },
      ...filingLines(i18n, filing),
    ],
  };
}

/**
 * The receipt of a revocation: `handling` is the revocation's own handling (not the filing's `handlingId`), with the review
 * token the revocation answer carried.
 */
export function revocationReceipt(
  i18n: Text,
  ctx: HandlingContext,
  filing: FilingResponse,
  handling: Handling,
  person: PersonRef | undefined,
): Receipt {
  const { t } = i18n;
  const full = receiptHandling(ctx, handling, filing.reviewToken);
  return {
    handling: full,
    servicePointName: ctx.props.servicePointName,
    itemName: full.itemName ?? filing.itemCode,
    ...(person ? { person } : {}),
    lines: [
      { label: t('settlementItems.revocation.what'), value: t('settlementItems.revocation.done') },
      ...filingLines(i18n, filing),
      { label: t('settlementItems.revocation.reason'), value: filing.revocationReason ?? '—' },
      { label: t('settlementItems.revocation.at'), value: formatDateTime(filing.revokedAt) },
    ],
  };
}
