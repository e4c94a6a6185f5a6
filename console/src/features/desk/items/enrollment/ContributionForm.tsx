import { Form, Input, InputNumber } from 'antd';
import { useI18n } from '../../../../i18n/I18nProvider';
import { agencyToday } from '../../../../lib/time';
import { formatYuan } from '../../person/ContributionsCard';
import { personPath, usePerson, type Contribution, type ContributionYear } from '../../person/personApi';
import type { ItemFormProps } from '../../types';
import { FormFrame } from './FormFrame';
import { buildReceipt, handlingInput } from './handled';
import { useStatusGate } from './PersonGate';
import { AMOUNT, RECEIPT_NUMBER, useItemRules } from './rules';
import { useHandlingSubmit } from './useHandlingSubmit';

const FIELDS = ['year', 'amount', 'receiptNumber'] as const;

interface Values {
  year: number;
  amount: string;
  receiptNumber: string;
}

/** enrollment `ContributionController.PaymentResponse`. */
interface PaymentResponse {
  personId: string;
  contribution: Contribution;
  year: ContributionYear;
}

export const contributionsPath = (personId: string) => `${personPath(personId)}/contributions`;

/**
 * 参保缴费 (PAY-01): POST …/persons/{id}/contributions with the year, the amount in yuan (2 decimals) and the receipt number.
 * The channel (COUNTER) follows from the caller; contributions are for active or suspended persons, for a year from the birth
 * year to next year.
 */
export default function ContributionForm({ item, servicePointId, servicePointName, person, ticket, onDone, onCancel }: ItemFormProps) {
  const { t, tx } = useI18n();
  const [form] = Form.useForm<Values>();
  const rules = useItemRules();
  const record = usePerson(person?.personId);
  const blocked = useStatusGate(record.data, ['ACTIVE', 'SUSPENDED']);
  const { submit, pending, error, leftover } = useHandlingSubmit<PaymentResponse>({ form, fields: FIELDS, onDone });
  if (!person) return null;

  const thisYear = Number(agencyToday().slice(0, 4));
  const firstYear = Math.max(1900, record.data ? Number(record.data.birthDate.slice(0, 4)) : 1900);
  const lastYear = Math.min(2200, thisYear + 1);
  const path = contributionsPath(person.personId);

  const onFinish = (values: Values) =>
    submit({
      path,
      body: {
        year: values.year,
        amount: Number(values.amount),
        receiptNumber: values.receiptNumber.trim(),
        handling: handlingInput(ticket, servicePointId),
      },
      toReceipt: ({ result, handling }) =>
        buildReceipt({
          handling,
          itemName: item.name,
          servicePointName,
          person,
          lines: [
            { label: t('items.field.year'), value: String(result.contribution.year) },
            { label: t('items.field.amount'), value: formatYuan(result.contribution.amount) },
            { label: t('items.field.receiptNumber'), value: result.contribution.receiptNumber },
            { label: t('items.field.channel'), value: tx(`desk.enum.contributionChannel.${result.contribution.channel}`, result.contribution.channel) },
            { label: t('items.pay.yearTotal'), value: formatYuan(result.year.total) },
            { label: t('items.pay.covered'), value: t(result.year.covered ? 'common.yes' : 'common.no') },
          ],
        }),
    });

  return (
    <FormFrame<Values>
      item={item}
      person={person}
      ticket={ticket}
      onCancel={onCancel}
      form={form}
      onFinish={onFinish}
      initialValues={{ year: thisYear }}
      pending={pending}
      error={error}
      errorPath={path}
      leftover={leftover}
      blocked={blocked}
    >
      <Form.Item
        name="year"
        label={t('items.field.year')}
        rules={[
          { required: true, message: t('common.required', { field: t('items.field.year') }) },
          { type: 'integer', min: firstYear, max: lastYear, message: t('items.check.year', { from: firstYear, to: lastYear }) },
        ]}
      >
        <InputNumber precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="amount"
        label={t('items.field.amount')}
        extra={t('items.pay.amount.extra')}
        rules={[
          rules.required(t('items.field.amount')),
          { pattern: AMOUNT, message: t('items.check.amount') },
          {
            validator: async (_rule, value: string | undefined) => {
              if (value && AMOUNT.test(value) && Number(value) <= 0) throw new Error(t('items.check.amountPositive'));
            },
          },
        ]}
      >
        <Input prefix="¥" inputMode="decimal" style={{ width: 220 }} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="receiptNumber"
        label={t('items.field.receiptNumber')}
        extra={t('items.pay.receiptNumber.extra')}
        rules={[rules.required(t('items.field.receiptNumber')), { pattern: RECEIPT_NUMBER, message: t('items.check.receiptNumber') }]}
      >
        <Input maxLength={64} autoComplete="off" />
      </Form.Item>
    </FormFrame>
  );
}
