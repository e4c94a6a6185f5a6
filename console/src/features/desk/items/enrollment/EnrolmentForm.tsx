import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useApi } from '../../../../api/ApiProvider';
import { servicePointPath, type ServicePoint } from '../../../../api/endpoints/registry';
import { IdNumberInput, normaliseIdNumber, useIdNumberRule } from '../../../../components/IdNumberInput';
import { useI18n } from '../../../../i18n/I18nProvider';
import { checkIdNumber } from '../../../../lib/idNumber';
import { toPersonRef, type Person, type Scheme } from '../../person/personApi';
import type { ItemFormProps } from '../../types';
import { useEnrolmentPrefill } from './enrolmentPrefill';
import { FormFrame } from './FormFrame';
import { buildReceipt, handlingInput } from './handled';
import { isoDate, upper, useItemRules } from './rules';
import { useHandlingSubmit } from './useHandlingSubmit';

export const ENROL_PATH = '/api/enrollment/persons';
const FIELDS = ['idNumber', 'name', 'poolingRegion', 'employer', 'coverageStart'] as const;

interface Values {
  idNumber: string;
  name: string;
  poolingRegion: string;
  employer?: { creditCode: string; name: string };
  coverageStart?: Dayjs | null;
}

/** The scheme an enrolment item enrols in: ENR-01 employees, ENR-02 urban-rural residents (enrollment `PersonController.enrol`). */
export function schemeOf(itemCode: string): Scheme {
  return itemCode === 'ENR-01' ? 'EMPLOYEE' : 'URBAN_RURAL_RESIDENT';
}

/** 参保登记 (ENR-01 employee through an employer / ENR-02 urban-rural resident): POST /api/enrollment/persons. */
export default function EnrolmentForm({ item, servicePointId, servicePointName, ticket, onDone, onCancel }: ItemFormProps) {
  const { t, tx } = useI18n();
  const api = useApi();
  const [form] = Form.useForm<Values>();
  const rules = useItemRules();
  const idRule = useIdNumberRule();
  const prefill = useEnrolmentPrefill();
  const scheme = schemeOf(item.code);
  const employee = scheme === 'EMPLOYEE';
  const { submit, pending, error, leftover } = useHandlingSubmit<Person>({ form, fields: FIELDS, onDone });

  // The pooling region (统筹区) defaults to the county of the point's area: the first six digits of its GB/T 2260 code.
  const point = useQuery({
    queryKey: ['service-point', servicePointId],
    queryFn: () => api.get<ServicePoint>(servicePointPath(servicePointId)),
    staleTime: 10 * 60_000,
  });
  const county = point.data?.areaCode?.slice(0, 6);
  useEffect(() => {
    if (county && /^\d{6}$/.test(county) && !form.isFieldTouched('poolingRegion') && !form.getFieldValue('poolingRegion')) {
      form.setFieldValue('poolingRegion', county);
    }
  }, [county, form]);

  const idNumber = Form.useWatch('idNumber', form);
  const birthDate = checkIdNumber(idNumber ?? '').birthDate;

  const onFinish = (values: Values) => {
    const body = {
      idNumber: normaliseIdNumber(values.idNumber),
      name: values.name.trim(),
      scheme,
      poolingRegion: values.poolingRegion,
      ...(employee && values.employer
        ? { employer: { creditCode: values.employer.creditCode.trim().toUpperCase(), name: values.employer.name.trim() } }
        : {}),
      ...(values.coverageStart ? { coverageStart: isoDate(values.coverageStart) } : {}),
      handling: handlingInput(ticket, servicePointId),
    };
    submit({
      path: ENROL_PATH,
      body,
      toReceipt: ({ result, handling }) =>
        buildReceipt({
          handling,
          itemName: item.name,
          servicePointName,
          person: toPersonRef(result),
          lines: [
            { label: t('items.field.scheme'), value: tx(`desk.enum.scheme.${result.scheme}`, result.scheme) },
            { label: t('items.field.poolingRegion'), value: result.poolingRegion },
            { label: t('items.field.coverageStart'), value: result.coverageStart },
            { label: t('items.field.status'), value: tx(`desk.enum.status.${result.status}`, result.status) },
            ...(result.employer ? [{ label: t('items.field.employer'), value: `${result.employer.name}（${result.employer.creditCode}）` }] : []),
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
      initialValues={{ idNumber: prefill ?? '' }}
      pending={pending}
      error={error}
      errorPath={ENROL_PATH}
      leftover={leftover}
    >
      <Form.Item label={t('items.field.scheme')}>
        <Input value={tx(`desk.enum.scheme.${scheme}`, scheme)} disabled />
      </Form.Item>
      <Form.Item name="idNumber" label={t('items.field.idNumber')} rules={[idRule]} extra={t('items.enrol.idNumber.extra')}>
        <IdNumberInput />
      </Form.Item>
      <Form.Item name="name" label={t('items.field.name')} rules={rules.name}>
        <Input maxLength={50} autoComplete="off" />
      </Form.Item>
      <Form.Item name="poolingRegion" label={t('items.field.poolingRegion')} rules={rules.region(t('items.field.poolingRegion'))} extra={t('items.enrol.region.extra')}>
        <Input maxLength={6} inputMode="numeric" />
      </Form.Item>
      {employee && (
        <>
          <Form.Item name={['employer', 'creditCode']} label={t('items.field.employer.creditCode')} rules={rules.creditCode} normalize={upper}>
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
          <Form.Item name={['employer', 'name']} label={t('items.field.employer.name')} rules={rules.employerName}>
            <Input maxLength={100} />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="coverageStart"
        label={t('items.field.coverageStart')}
        extra={t('items.enrol.coverageStart.extra')}
        rules={[
          {
            validator: async (_rule, value: Dayjs | null | undefined) => {
              if (value && birthDate && value.format('YYYY-MM-DD') < birthDate) throw new Error(t('items.rule.coverage-before-birth'));
            },
          },
        ]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormFrame>
  );
}
