import { useState } from 'react';
import { DatePicker, Form, Input, Radio, Segmented, Spin, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../../../i18n/I18nProvider';
import { personPath, usePerson, useQualifications, type Qualification } from '../../person/personApi';
import { QUALIFICATION_COLOR } from '../../person/QualificationsCard';
import type { ItemFormProps } from '../../types';
import { FormFrame } from './FormFrame';
import { buildReceipt, handlingInput } from './handled';
import { useStatusGate } from './PersonGate';
import { DISEASE_CODE, isoDate, useItemRules } from './rules';
import { useHandlingSubmit } from './useHandlingSubmit';

export const qualificationsPath = (personId: string) => `${personPath(personId)}/qualifications`;
export const revocationPath = (personId: string, qualificationId: string) =>
  `${qualificationsPath(personId)}/${encodeURIComponent(qualificationId)}/revocation`;

type Mode = 'grant' | 'revoke';

/**
 * 门诊慢特病待遇认定 (CHR-01): grant a qualification (POST …/qualifications) or revoke one (POST …/{id}/revocation). Each has
 * its own idempotency key: they are different requests.
 */
export default function QualificationForm(props: ItemFormProps) {
  const { t } = useI18n();
  const [mode, setMode] = useState<Mode>('grant');
  if (!props.person) return null;
  return (
    <>
      <Segmented<Mode>
        value={mode}
        onChange={setMode}
        options={[
          { value: 'grant', label: t('items.qualification.grant') },
          { value: 'revoke', label: t('items.qualification.revoke') },
        ]}
        style={{ marginBottom: 16 }}
      />
      {mode === 'grant' ? <GrantForm {...props} /> : <RevokeForm {...props} />}
    </>
  );
}

interface GrantValues {
  diseaseCode: string;
  evidenceReference: string;
  validity: [Dayjs, Dayjs];
}

function GrantForm({ item, servicePointId, servicePointName, person, ticket, onDone, onCancel }: ItemFormProps) {
  const { t, tx } = useI18n();
  const [form] = Form.useForm<GrantValues>();
  const rules = useItemRules();
  const record = usePerson(person?.personId);
  const blocked = useStatusGate(record.data, ['ACTIVE']);
  const { submit, pending, error, leftover } = useHandlingSubmit<Qualification>({ form, fields: ['diseaseCode', 'evidenceReference'], onDone });
  if (!person) return null;
  const path = qualificationsPath(person.personId);

  const onFinish = (values: GrantValues) =>
    submit({
      path,
      body: {
        diseaseCode: values.diseaseCode.trim(),
        evidenceReference: values.evidenceReference.trim(),
        validFrom: isoDate(values.validity[0]),
        validTo: isoDate(values.validity[1]),
        handling: handlingInput(ticket, servicePointId),
      },
      toReceipt: ({ result, handling }) =>
        buildReceipt({
          handling,
          itemName: item.name,
          servicePointName,
          person,
          lines: [
            { label: t('items.qualification.decision'), value: t('items.qualification.granted') },
            { label: t('items.field.diseaseCode'), value: result.diseaseCode },
            { label: t('items.field.validity'), value: `${result.validFrom} ~ ${result.validTo}` },
            { label: t('items.field.evidenceReference'), value: result.evidenceReference },
            { label: t('items.field.status'), value: tx(`desk.enum.qualificationStatus.${result.status}`, result.status) },
          ],
        }),
    });

  return (
    <FormFrame<GrantValues>
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
      <Form.Item
        name="diseaseCode"
        label={t('items.field.diseaseCode')}
        extra={t('items.qualification.diseaseCode.extra')}
        rules={[rules.required(t('items.field.diseaseCode')), { pattern: DISEASE_CODE, message: t('items.check.diseaseCode') }]}
      >
        <Input maxLength={20} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="evidenceReference"
        label={t('items.field.evidenceReference')}
        extra={t('items.qualification.evidence.extra')}
        rules={[rules.required(t('items.field.evidenceReference')), rules.max(100)]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="validity" label={t('items.field.validity')} rules={[{ required: true, message: t('common.required', { field: t('items.field.validity') }) }]}>
        <DatePicker.RangePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormFrame>
  );
}

interface RevokeValues {
  qualificationId: string;
  reason: string;
}

function RevokeForm({ item, servicePointId, servicePointName, person, ticket, onDone, onCancel }: ItemFormProps) {
  const { t, tx } = useI18n();
  const [form] = Form.useForm<RevokeValues>();
  const rules = useItemRules();
  const qualifications = useQualifications(person?.personId ?? '');
  const { submit, pending, error, leftover, path } = useHandlingSubmit<Qualification>({ form, fields: ['reason'], onDone });
  if (!person) return null;
  if (qualifications.isPending) return <Spin />;
  const revocable = (qualifications.data ?? []).filter((q) => q.status !== 'REVOKED');

  const onFinish = (values: RevokeValues) => {
    const chosen = revocable.find((q) => q.qualificationId === values.qualificationId);
    if (!chosen) return;
    submit({
      path: revocationPath(person.personId, chosen.qualificationId),
      body: { reason: values.reason.trim(), handling: handlingInput(ticket, servicePointId) },
      toReceipt: ({ result, handling }) =>
        buildReceipt({
          handling,
          itemName: item.name,
          servicePointName,
          person,
          lines: [
            { label: t('items.qualification.decision'), value: t('items.qualification.revoked') },
            { label: t('items.field.diseaseCode'), value: result.diseaseCode },
            { label: t('items.field.validity'), value: `${result.validFrom} ~ ${result.validTo}` },
            { label: t('items.field.reason'), value: result.revocationReason ?? values.reason.trim() },
          ],
        }),
    });
  };

  return (
    <FormFrame<RevokeValues>
      item={item}
      person={person}
      ticket={ticket}
      onCancel={onCancel}
      form={form}
      onFinish={onFinish}
      pending={pending}
      error={error ?? qualifications.error}
      errorPath={path ?? qualificationsPath(person.personId)}
      leftover={leftover}
      blocked={revocable.length === 0 ? <Typography.Paragraph>{t('items.qualification.noneToRevoke')}</Typography.Paragraph> : undefined}
      submitLabel={t('items.qualification.revoke')}
    >
      <Form.Item name="qualificationId" label={t('items.qualification.which')} rules={[{ required: true, message: t('items.qualification.choose') }]}>
        <Radio.Group
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          options={revocable.map((q) => ({
            value: q.qualificationId,
            label: (
              <span>
                {q.diseaseCode} · {q.validFrom} ~ {q.validTo}{' '}
                <Tag color={QUALIFICATION_COLOR[q.status] ?? 'default'}>{tx(`desk.enum.qualificationStatus.${q.status}`, q.status)}</Tag>
              </span>
            ),
          }))}
        />
      </Form.Item>
      <Form.Item name="reason" label={t('items.field.reason')} rules={rules.reason}>
        <Input.TextArea maxLength={200} showCount rows={2} />
      </Form.Item>
    </FormFrame>
  );
}
