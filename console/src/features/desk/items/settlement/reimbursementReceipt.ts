import type { I18n } from '../../../../i18n/I18nProvider';
import type { PersonRef, Receipt } from '../../types';
import { counterHandling, receiptHandling, type HandlingContext } from './counter';
import { formatRatio, formatYuan } from './money';
import type { SettlementResponse } from './settlementApi';

type Text = Pick<I18n, 't' | 'tx'>;

/** What was reimbursed and what the calculation decided, line by line, as settlement-service answered it. */
export function reimbursementLines(i18n: Text, s: SettlementResponse): Receipt['lines'] {
  const { t, tx } = i18n;
  const a = s.amounts;
  const lines: Receipt['lines'] = [
    { label: t('settlementItems.rmb.billNumber'), value: s.billNumber },
    { label: t('settlementItems.rmb.institutionId'), value: s.institutionId },
    { label: t('settlementItems.rmb.treatmentRegion'), value: s.treatmentRegion },
    ...(s.insuredRegion ? [{ label: t('settlementItems.filing.insuredRegion'), value: s.insuredRegion }] : []),
    { label: t('settlementItems.rmb.stay'), value: t('settlementItems.rmb.stayValue', { from: s.admissionDate, to: s.dischargeDate }) },
    { label: t('settlementItems.rmb.visitType'), value: tx(`settlementItems.visitType.${s.visitType}`, s.visitType) },
    ...(s.diseaseCode ? [{ label: t('settlementItems.rmb.diseaseCode'), value: s.diseaseCode }] : []),
    ...(s.emergency ? [{ label: t('settlementItems.rmb.emergency'), value: t('common.yes') }] : []),
    ...(s.basis
      ? [{ label: t('settlementItems.rmb.basis'), value: tx(`settlementItems.basis.${s.basis}`, s.basis) + (s.filingId ? `（${s.filingId}）` : '') }]
      : []),
  ];
  if (a) {
    lines.push(
      { label: t('settlementItems.rmb.total'), value: formatYuan(a.total) },
      { label: t('settlementItems.rmb.selfPay'), value: formatYuan(a.selfPay) },
      { label: t('settlementItems.rmb.selfPayFirst'), value: formatYuan(a.selfPayFirst) },
      { label: t('settlementItems.rmb.inScope'), value: formatYuan(a.inScope) },
      { label: t('settlementItems.rmb.deductiblePart'), value: formatYuan(a.deductiblePart) },
      { label: t('settlementItems.rmb.ratio'), value: formatRatio(a.ratio) },
      { label: t('settlementItems.rmb.fundPayment'), value: formatYuan(a.fundPayment) },
      { label: t('settlementItems.rmb.personalPayment'), value: formatYuan(a.personalPayment) },
    );
    if (a.capReached) lines.push({ label: t('settlementItems.rmb.capReached'), value: formatYuan(a.annualCap) });
  }
  const unmapped = s.lines.filter((l) => l.flags.includes('UNMAPPED')).map((l) => l.itemCode);
  if (unmapped.length > 0) lines.push({ label: t('settlementItems.rmb.unmapped'), value: [...new Set(unmapped)].join('、') });
  const flags = s.auditFlags ?? [];
  if (flags.length > 0) {
    lines.push({
      label: t('settlementItems.rmb.auditFlags'),
      value: [...new Set(flags.map((f) => tx(`settlementItems.auditRule.${f.rule}`, f.rule)))].join('、'),
    });
  }
  if (s.payment) {
    const p = s.payment;
    lines.push(
      { label: t('settlementItems.rmb.payee'), value: `${p.payee.name} · ${p.payee.bankName} · ${p.payee.accountMasked}` },
      {
        label: t('settlementItems.rmb.payment'),
        value: `${formatYuan(p.amount)}（${tx(`settlementItems.paymentStatus.${p.status}`, p.status)}）`,
      },
    );
  }
  return lines;
}

/** The receipt of a 零星报销: the RMB-01 handling (handlingId and reviewToken from the answer) and the calculation. */
export function reimbursementReceipt(i18n: Text, ctx: HandlingContext, s: SettlementResponse, person: PersonRef | undefined): Receipt {
  const handling = s.handling ? receiptHandling(ctx, s.handling, s.reviewToken) : counterHandling(ctx, {
    handlingId: s.handlingId,
    itemCode: ctx.props.item.code,
    completedAt: s.settledAt,
    personId: s.personId,
    servicePointId: s.servicePointId,
    reviewToken: s.reviewToken,
  });
  return {
    handling,
    servicePointName: ctx.props.servicePointName,
    itemName: handling.itemName ?? ctx.props.item.code,
    ...(person ? { person } : {}),
    lines: reimbursementLines(i18n, s),
  };
}
