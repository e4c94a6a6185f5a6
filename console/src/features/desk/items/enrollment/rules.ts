import { useMemo } from 'react';
import type { FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../../../i18n/I18nProvider';
import { agencyToday } from '../../../../lib/time';

/** enrollment `PersonRequests.REGION`: a 6-digit area code. */
export const REGION = /^\d{6}$/;
/** enrollment `EmployerInput.creditCode`: 18-character unified social credit code. */
export const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;
/** enrollment `ContributionRequest.receiptNumber`. */
export const RECEIPT_NUMBER = /^[A-Za-z0-9-]{1,64}$/;
/** enrollment `ContributionRequest.amount`: positive, at most 9 integer digits and 2 decimals. */
export const AMOUNT = /^\d{1,9}(\.\d{1,2})?$/;
/** enrollment `QualificationRequest.diseaseCode`. */
export const DISEASE_CODE = /^[A-Za-z0-9.-]{1,20}$/;

/** The rules of enrollment's request records, as antd Form rules with the catalogue's messages. */
export function useItemRules() {
  const { t } = useI18n();
  return useMemo(() => {
    const required = (field: string): FormRule => ({ required: true, whitespace: true, message: t('common.required', { field }) });
    const max = (length: number): FormRule => ({ max: length, message: t('items.check.max', { max: length }) });
    return {
      required,
      max,
      name: [required(t('items.field.name')), max(50)] as FormRule[],
      /** A 6-digit area code; required when given the field's label. */
      region: (requiredLabel?: string): FormRule[] => [
        ...(requiredLabel ? [required(requiredLabel)] : []),
        { pattern: REGION, message: t('items.check.region') },
      ],
      reason: [required(t('items.field.reason')), max(200)] as FormRule[],
      creditCode: [required(t('items.field.employer.creditCode')), { pattern: CREDIT_CODE, message: t('items.check.creditCode') }] as FormRule[],
      employerName: [required(t('items.field.employer.name')), max(100)] as FormRule[],
    };
  }, [t]);
}

export function isoDate(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}

/** DatePicker `disabledDate` for dates after the agency's today (status changes apply from today or earlier). */
export function afterToday(current: Dayjs): boolean {
  return current.format('YYYY-MM-DD') > agencyToday();
}

/** Form.Item `normalize` for codes written in capitals (credit codes). */
export function upper(value: string | undefined): string | undefined {
  return value?.toUpperCase();
}
