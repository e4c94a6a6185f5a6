import { useState } from 'react';
import { Alert, Form, Input, Spin } from 'antd';
import { useI18n } from '../../../../i18n/I18nProvider';
import { personPath, usePerson, type Person } from '../../person/personApi';
import type { ItemFormProps } from '../../types';
import { FormFrame } from './FormFrame';
import { buildReceipt, handlingInput } from './handled';
import { upper, useItemRules } from './rules';
import { useHandlingSubmit } from './useHandlingSubmit';

const FIELDS = ['name', 'employer', 'poolingRegion'] as const;

interface Values {
  name: string;
  poolingRegion: string;
  employer?: { creditCode: string; name: string };
}

export const informationChangePath = (personId: string) => `${personPath(personId)}/information-changes`;

/** What differs from the record: enrollment keeps every field the request omits, and refuses a request that changes nothing. */
export function changedFields(person: Person, values: Values) {
  const name = values.name.trim();
  const creditCode = values.employer?.creditCode.trim().toUpperCase();
  const employerName = values.employer?.name.trim();
  const employerChanged =
    person.scheme === 'EMPLOYEE' &&
    creditCode !== undefined &&
    employerName !== undefined &&
    (creditCode !== person.employer?.creditCode || employerName !== person.employer?.name);
  return {
    ...(name !== person.name ? { name } : {}),
    ...(values.poolingRegion !== person.poolingRegion ? { poolingRegion: values.poolingRegion } : {}),
    ...(employerChanged ? { employer: { creditCode, name: employerName } } : {}),
  };
}

/** 参保信息变更 (CHG-01): name, employer (employees only) or pooling region; POST …/persons/{id}/information-changes. */
export default function InformationChangeForm({ item, servicePointId, servicePointName, person, ticket, onDone, onCancel }: ItemFormProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const rules = useItemRules();
  const record = usePerson(person?.personId);
  const [unchanged, setUnchanged] = useState(false);
  const { submit, pending, error, leftover } = useHandlingSubmit<Person>({ form, fields: FIELDS, onDone });
  const current = record.data;

  if (!person) return null;
  if (!current) return record.isPending ? <Spin /> : null;
  const path = informationChangePath(person.personId);

  const onFinish = (values: Values) => {
    const changes = changedFields(current, values);
    if (Object.keys(changes).length === 0) {
      setUnchanged(true);
      return;
    }
    setUnchanged(false);
    submit({
      path,
      body: { ...changes, handling: handlingInput(ticket, servicePointId) },
      toReceipt: ({ result, handling }) =>
        buildReceipt({
          handling,
          itemName: item.name,
          servicePointName,
          person: { personId: result.personId, name: result.name, maskedIdNumber: result.maskedIdNumber },
          lines: [
            ...(changes.name ? [{ label: t('items.field.name'), value: `${current.name} → ${result.name}` }] : []),
            ...(changes.poolingRegion ? [{ label: t('items.field.poolingRegion'), value: `${current.poolingRegion} → ${result.poolingRegion}` }] : []),
            ...(changes.employer
              ? [{ label: t('items.field.employer'), value: `${current.employer?.name ?? '—'} → ${result.employer?.name ?? '—'}（${result.employer?.creditCode ?? ''}）` }]
              : []),
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
      initialValues={{
        name: current.name,
        poolingRegion: current.poolingRegion,
        ...(current.employer ? { employer: { creditCode: current.employer.creditCode, name: current.employer.name } } : {}),
      }}
      pending={pending}
      error={error}
      errorPath={path}
      leftover={leftover}
    >
      {unchanged && <Alert type="info" showIcon title={t('items.rule.nothing-to-change')} style={{ marginBottom: 12 }} />}
      <Form.Item name="name" label={t('items.field.name')} rules={rules.name}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="poolingRegion" label={t('items.field.poolingRegion')} rules={rules.region(t('items.field.poolingRegion'))}>
        <Input maxLength={6} inputMode="numeric" />
      </Form.Item>
      {current.scheme === 'EMPLOYEE' && (
        <>
          <Form.Item name={['employer', 'creditCode']} label={t('items.field.employer.creditCode')} rules={rules.creditCode} normalize={upper}>
            <Input maxLength={18} />
          </Form.Item>
          <Form.Item name={['employer', 'name']} label={t('items.field.employer.name')} rules={rules.employerName}>
            <Input maxLength={100} />
          </Form.Item>
        </>
      )}
    </FormFrame>
  );
}
