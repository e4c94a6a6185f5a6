import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { IdNumberInput, normaliseIdNumber, useIdNumberRule } from '../../../../components/IdNumberInput';
import { useI18n } from '../../../../i18n/I18nProvider';
import { checkIdNumber } from '../../../../lib/idNumber';
import { agencyToday, dayjs } from '../../../../lib/time';
import { toPersonRef, usePerson, type Person } from '../../person/personApi';
import type { ItemFormProps, PersonRef } from '../../types';
import { FormFrame } from './FormFrame';
import { buildReceipt, handlingInput } from './handled';
import { ParentLookup } from './ParentLookup';
import { useItemRules } from './rules';
import { useHandlingSubmit } from './useHandlingSubmit';

export const NEWBORN_PATH = '/api/enrollment/newborns';
const FIELDS = ['idNumber', 'name', 'poolingRegion'] as const;

interface Values {
  idNumber: string;
  name: string;
  poolingRegion?: string;
}

/** enrollment's default `newborn-maximum-age` (P1Y): an older child is enrolled as a resident (ENR-02). */
export function oldestNewbornBirthDate(today: string = agencyToday()): string {
  return dayjs(today).subtract(1, 'year').format('YYYY-MM-DD');
}

/**
 * 新生儿参保 (ENR-03) under a parent's record: POST /api/enrollment/newborns. The parent is the person being served, or found
 * here by their ID number; the pooling region is the parent's unless another is given.
 */
export default function NewbornForm({ item, servicePointId, servicePointName, person, ticket, onDone, onCancel }: ItemFormProps) {
  const { t, tx } = useI18n();
  const [form] = Form.useForm<Values>();
  const rules = useItemRules();
  const idRule = useIdNumberRule();
  const [found, setFound] = useState<Person>();
  const parentRef: PersonRef | undefined = found ? toPersonRef(found) : person;
  const parent = usePerson(parentRef?.personId, found);
  const { submit, pending, error, leftover } = useHandlingSubmit<Person>({ form, fields: FIELDS, onDone });

  const onFinish = (values: Values) => {
    if (!parentRef) return;
    submit({
      path: NEWBORN_PATH,
      body: {
        parentPersonId: parentRef.personId,
        idNumber: normaliseIdNumber(values.idNumber),
        name: values.name.trim(),
        ...(values.poolingRegion ? { poolingRegion: values.poolingRegion } : {}),
        handling: handlingInput(ticket, servicePointId),
      },
      toReceipt: ({ result, handling }) =>
        buildReceipt({
          handling,
          itemName: item.name,
          servicePointName,
          person: toPersonRef(result),
          lines: [
            { label: t('items.newborn.parent'), value: `${parentRef.name} ${parentRef.maskedIdNumber}` },
            { label: t('items.field.birthDate'), value: result.birthDate },
            { label: t('items.field.scheme'), value: tx(`desk.enum.scheme.${result.scheme}`, result.scheme) },
            { label: t('items.field.poolingRegion'), value: result.poolingRegion },
            { label: t('items.field.coverageStart'), value: result.coverageStart },
          ],
        }),
    });
  };

  return (
    <FormFrame<Values>
      item={item}
      ticket={ticket}
      onCancel={onCancel}
      form={form}
      onFinish={onFinish}
      pending={pending}
      error={error}
      errorPath={NEWBORN_PATH}
      leftover={leftover}
      before={
        parentRef ? (
          <div style={{ marginBottom: 16 }}>
            <strong>{t('items.newborn.parent')}：</strong>
            <span data-testid="newborn-parent">
              {parentRef.name} {parentRef.maskedIdNumber}
              {parent.data ? ` · ${t('items.field.poolingRegion')} ${parent.data.poolingRegion}` : ''}
            </span>
            {found && (
              <Button type="link" size="small" onClick={() => setFound(undefined)}>
                {t('items.newborn.changeParent')}
              </Button>
            )}
          </div>
        ) : (
          <ParentLookup onFound={setFound} />
        )
      }
      blocked={parentRef ? undefined : <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('items.newborn.needParent')} />}
    >
      <Form.Item
        name="idNumber"
        label={t('items.newborn.idNumber')}
        rules={[
          idRule,
          {
            validator: async (_rule, value: string | undefined) => {
              const birthDate = checkIdNumber(value ?? '').birthDate;
              if (birthDate && birthDate < oldestNewbornBirthDate()) throw new Error(t('items.rule.not-a-newborn'));
            },
          },
        ]}
      >
        <IdNumberInput />
      </Form.Item>
      <Form.Item name="name" label={t('items.newborn.name')} rules={rules.name}>
        <Input maxLength={50} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="poolingRegion"
        label={t('items.field.poolingRegion')}
        rules={rules.region()}
        extra={t('items.newborn.region.extra')}
      >
        <Input maxLength={6} inputMode="numeric" placeholder={parent.data?.poolingRegion} />
      </Form.Item>
    </FormFrame>
  );
}
