import { Form, Input, Spin } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../../../i18n/I18nProvider';
import { personPath, usePerson, type Person } from '../../person/personApi';
import type { ItemFormProps } from '../../types';
import { EffectiveDateItem } from './EffectiveDateItem';
import { FormFrame } from './FormFrame';
import { buildReceipt, handlingInput } from './handled';
import { useStatusGate } from './PersonGate';
import { isoDate, useItemRules } from './rules';
import { earliestEffectiveDate } from './statusRules';
import { useHandlingSubmit } from './useHandlingSubmit';

const FIELDS = ['destinationRegion', 'reason', 'effectiveDate'] as const;

interface Values {
  destinationRegion: string;
  reason: string;
  effectiveDate?: Dayjs | null;
}

export const transferOutPath = (personId: string) => `${personPath(personId)}/transfers-out`;

/** 医保关系转出 (TRF-01) to another pooling region; POST …/persons/{id}/transfers-out. Active or suspended persons only. */
export default function TransferOutForm({ item, servicePointId, servicePointName, person, ticket, onDone, onCancel }: ItemFormProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const rules = useItemRules();
  const record = usePerson(person?.personId);
  const blocked = useStatusGate(record.data, ['ACTIVE', 'SUSPENDED']);
  const { submit, pending, error, leftover } = useHandlingSubmit<Person>({ form, fields: FIELDS, onDone });
  const current = record.data;
  if (!person) return null;
  if (!current) return record.isPending ? <Spin /> : null;
  const path = transferOutPath(person.personId);

  const onFinish = (values: Values) => {
    const effectiveDate = isoDate(values.effectiveDate);
    submit({
      path,
      body: {
        destinationRegion: values.destinationRegion,
        reason: values.reason.trim(),
        ...(effectiveDate ? { effectiveDate } : {}),
        handling: handlingInput(ticket, servicePointId),
      },
      toReceipt: ({ result, handling }) =>
        buildReceipt({
          handling,
          itemName: item.name,
          servicePointName,
          person,
          lines: [
            { label: t('items.transfer.from'), value: current.poolingRegion },
            { label: t('items.field.destinationRegion'), value: values.destinationRegion },
            { label: t('items.field.reason'), value: values.reason.trim() },
            { label: t('items.field.effectiveDate'), value: result.statusHistory?.[result.statusHistory.length - 1]?.effectiveDate ?? effectiveDate ?? '' },
          ],
        }),
    });
  };

  return (
    <FormFrame<Values>
      item={item}
      person={person}
      ticket={ticket}
      onCancel={onCancel}
      form={form}
      onFinish={onFinish}
      pending={pending}
      error={error}
      errorPath={path}
      leftover={leftover}
      blocked={blocked}
    >
      <Form.Item label={t('items.transfer.from')}>{current.poolingRegion}</Form.Item>
      <Form.Item
        name="destinationRegion"
        label={t('items.field.destinationRegion')}
        rules={[
          ...rules.region(t('items.field.destinationRegion')),
          {
            validator: async (_rule, value: string | undefined) => {
              if (value === current.poolingRegion) throw new Error(t('items.rule.same-region'));
            },
          },
        ]}
      >
        <Input maxLength={6} inputMode="numeric" />
      </Form.Item>
      <Form.Item name="reason" label={t('items.field.reason')} rules={rules.reason}>
        <Input.TextArea maxLength={200} showCount rows={2} />
      </Form.Item>
      <EffectiveDateItem earliest={earliestEffectiveDate(current)} />
    </FormFrame>
  );
}
