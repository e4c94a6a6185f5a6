import { Alert, Form, Input, Radio, Spin } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../../../i18n/I18nProvider';
import { personPath, usePerson, type Person, type PersonStatus } from '../../person/personApi';
import type { ItemFormProps } from '../../types';
import { EffectiveDateItem } from './EffectiveDateItem';
import { FormFrame } from './FormFrame';
import { buildReceipt, handlingInput } from './handled';
import { isoDate, useItemRules } from './rules';
import { earliestEffectiveDate, statusChangeTargets } from './statusRules';
import { useHandlingSubmit } from './useHandlingSubmit';

const FIELDS = ['status', 'reason', 'effectiveDate'] as const;

interface Values {
  status: PersonStatus;
  reason: string;
  effectiveDate?: Dayjs | null;
}

export const statusChangePath = (personId: string) => `${personPath(personId)}/status-changes`;

/** 参保状态变更 (CHG-02): suspend, resume, terminate or record a death; POST …/persons/{id}/status-changes. */
export default function StatusChangeForm({ item, servicePointId, servicePointName, person, ticket, onDone, onCancel }: ItemFormProps) {
  const { t, tx } = useI18n();
  const [form] = Form.useForm<Values>();
  const rules = useItemRules();
  const record = usePerson(person?.personId);
  const { submit, pending, error, leftover } = useHandlingSubmit<Person>({ form, fields: FIELDS, onDone });
  const current = record.data;
  if (!person) return null;
  if (!current) return record.isPending ? <Spin /> : null;
  const path = statusChangePath(person.personId);
  const targets = statusChangeTargets(current.status);
  const label = (s: PersonStatus) => tx(`desk.enum.status.${s}`, s);

  const onFinish = (values: Values) => {
    const effectiveDate = isoDate(values.effectiveDate);
    submit({
      path,
      body: { status: values.status, reason: values.reason.trim(), ...(effectiveDate ? { effectiveDate } : {}), handling: handlingInput(ticket, servicePointId) },
      toReceipt: ({ result, handling }) => {
        const change = result.statusHistory?.[result.statusHistory.length - 1];
        return buildReceipt({
          handling,
          itemName: item.name,
          servicePointName,
          person,
          lines: [
            { label: t('items.field.status'), value: `${label(current.status)} → ${label(result.status)}` },
            { label: t('items.field.reason'), value: values.reason.trim() },
            { label: t('items.field.effectiveDate'), value: change?.effectiveDate ?? effectiveDate ?? '' },
          ],
        });
      },
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
      blocked={
        targets.length === 0 ? (
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('items.status.none', { status: label(current.status) })} />
        ) : undefined
      }
    >
      <Form.Item label={t('items.status.current')}>{label(current.status)}</Form.Item>
      <Form.Item name="status" label={t('items.status.target')} rules={[{ required: true, message: t('items.status.choose') }]}>
        <Radio.Group options={targets.map((s) => ({ value: s, label: label(s) }))} />
      </Form.Item>
      <Form.Item name="reason" label={t('items.field.reason')} rules={rules.reason}>
        <Input.TextArea maxLength={200} showCount rows={2} />
      </Form.Item>
      <EffectiveDateItem earliest={earliestEffectiveDate(current)} />
    </FormFrame>
  );
}
