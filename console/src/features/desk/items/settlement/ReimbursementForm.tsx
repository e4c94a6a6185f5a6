import { Alert, Checkbox, Col, DatePicker, Divider, Form, Input, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCaller } from '../../../../auth/CallerProvider';
import { useI18n } from '../../../../i18n/I18nProvider';
import { agencyToday, dayjs } from '../../../../lib/time';
import type { ItemFormProps } from '../../types';
import { FormFrame } from '../enrollment/FormFrame';
import { useAnswerSubmit } from '../enrollment/useHandlingSubmit';
import { ServedIdNumberItem } from './ServedIdNumberItem';
import { BillLinesField, type LineValues } from './BillLinesField';
import { counterTimes, regionRules } from './counter';
import { reimbursementReceipt } from './reimbursementReceipt';
import { REIMBURSEMENTS_PATH, VISIT_TYPES, type ReimbursementRequest, type SettlementResponse, type VisitType } from './settlementApi';
import { TicketNotCalled } from './TicketNotCalled';

const FIELDS = [
  'idNumber', 'institutionId', 'billNumber', 'treatmentRegion', 'admissionDate', 'dischargeDate', 'visitType', 'diseaseCode',
  'emergency', 'lines', 'payee',
] as const;

interface Values {
  idNumber: string;
  institutionId: string;
  billNumber: string;
  treatmentRegion: string;
  admissionDate: Dayjs;
  dischargeDate: Dayjs;
  visitType: VisitType;
  diseaseCode?: string;
  emergency?: boolean;
  lines: LineValues[];
  payee: { name: string; bankName: string; accountNumber: string };
}

export function toReimbursementRequest(values: Values, props: Pick<ItemFormProps, 'ticket'>): ReimbursementRequest {
  const disease = values.diseaseCode?.trim();
  return {
    institutionId: values.institutionId.trim(),
    billNumber: values.billNumber.trim(),
    idNumber: values.idNumber.trim().toUpperCase(),
    treatmentRegion: values.treatmentRegion.trim(),
    admissionDate: values.admissionDate.format('YYYY-MM-DD'),
    dischargeDate: values.dischargeDate.format('YYYY-MM-DD'),
    visitType: values.visitType,
    ...(disease ? { diseaseCode: disease } : {}),
    emergency: values.emergency === true,
    lines: values.lines.map((line) => ({
      itemCode: (line.itemCode ?? '').trim(),
      // BigDecimal on the server: the JSON number text of a decimal of at most 14 digits is exact
      quantity: Number((line.quantity ?? '').trim()),
      unitPrice: Number((line.unitPrice ?? '').trim()),
      ...(line.serviceDate ? { serviceDate: line.serviceDate.format('YYYY-MM-DD') } : {}),
    })),
    payee: { name: values.payee.name.trim(), bankName: values.payee.bankName.trim(), accountNumber: values.payee.accountNumber.trim() },
    ...counterTimes(props.ticket),
  };
}

/**
 * RMB-01 零星报销: a bill the person paid in full, computed by settlement-service as a direct settlement would be. Sent under one
 * Idempotency-Key per form (on top of the (institution, bill number) idempotency), in the item forms' one frame.
 */
export default function ReimbursementForm(props: ItemFormProps) {
  const { item, person, ticket } = props;
  const i18n = useI18n();
  const { t, tx } = i18n;
  const caller = useCaller();
  const [form] = Form.useForm<Values>();
  const visitType = Form.useWatch('visitType', form);
  const today = dayjs(agencyToday());
  const { submit, pending, error, leftover, path } = useAnswerSubmit<SettlementResponse>({ form, fields: FIELDS, onDone: props.onDone });

  const required = (field: string) => ({ required: true, whitespace: true, message: t('common.required', { field }) });

  return (
    <FormFrame<Values>
      item={item}
      person={person}
      ticket={ticket}
      onCancel={props.onCancel}
      form={form}
      onFinish={(values) =>
        submit({
          path: REIMBURSEMENTS_PATH,
          body: toReimbursementRequest(values, props),
          toReceipt: (settlement) => reimbursementReceipt(i18n, { props, operator: caller.username }, settlement, person),
        })
      }
      initialValues={{ visitType: 'INPATIENT', emergency: false, lines: [{}], payee: { name: person?.name ?? '' } as Values['payee'] }}
      pending={pending}
      error={error}
      errorPath={path}
      leftover={leftover}
      blocked={ticket.calledAt ? undefined : <TicketNotCalled />}
      submitLabel={t('settlementItems.rmb.submit')}
      before={
        leftover.some((v) => v.field === 'hospitalLevel') && <Alert type="error" showIcon title={t('settlementItems.rmb.hospitalLevelMissing')} />
      }
    >
      <Typography.Title level={5} style={{ margin: 0 }}>{t('settlementItems.rmb.section.visit')}</Typography.Title>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <ServedIdNumberItem person={person} />
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="institutionId"
            label={t('settlementItems.rmb.institutionId')}
            extra={t('settlementItems.rmb.institutionId.extra')}
            rules={[required(t('settlementItems.rmb.institutionId')), { max: 80, message: t('settlementItems.maxLength', { max: 80 }) }]}
          >
            <Input maxLength={80} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="billNumber"
            label={t('settlementItems.rmb.billNumber')}
            rules={[
              required(t('settlementItems.rmb.billNumber')),
              { max: 64, message: t('settlementItems.maxLength', { max: 64 }) },
              { pattern: /^[A-Za-z0-9_-]+$/, message: t('settlementItems.rmb.billNumber.pattern') },
            ]}
          >
            <Input maxLength={64} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="treatmentRegion" label={t('settlementItems.rmb.treatmentRegion')} extra={t('settlementItems.region.extra')} rules={regionRules(t)}>
            <Input maxLength={6} inputMode="numeric" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            name="admissionDate"
            label={t('settlementItems.rmb.admissionDate')}
            rules={[{ required: true, message: t('common.required', { field: t('settlementItems.rmb.admissionDate') }) }]}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(today, 'day')} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            name="dischargeDate"
            label={t('settlementItems.rmb.dischargeDate')}
            dependencies={['admissionDate']}
            rules={[
              { required: true, message: t('common.required', { field: t('settlementItems.rmb.dischargeDate') }) },
              ({ getFieldValue }) => ({
                validator: async (_r, value: Dayjs | null | undefined) => {
                  if (!value) return;
                  const admission = getFieldValue('admissionDate') as Dayjs | undefined;
                  if (admission && value.isBefore(admission, 'day')) throw new Error(t('settlementItems.rmb.dischargeDate.beforeAdmission'));
                  if (value.isAfter(today, 'day')) throw new Error(t('settlementItems.rmb.dischargeDate.future'));
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(today, 'day')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="visitType" label={t('settlementItems.rmb.visitType')} rules={[{ required: true, message: t('common.required', { field: t('settlementItems.rmb.visitType') }) }]}>
            <Select options={VISIT_TYPES.map((v) => ({ value: v, label: tx(`settlementItems.visitType.${v}`, v) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="diseaseCode"
            label={t('settlementItems.rmb.diseaseCode')}
            dependencies={['visitType']}
            rules={[
              { required: visitType === 'OUTPATIENT_CHRONIC_SPECIAL', whitespace: true, message: t('settlementItems.rmb.diseaseCode.required') },
              { max: 40, message: t('settlementItems.maxLength', { max: 40 }) },
            ]}
          >
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="emergency" valuePropName="checked" label=" " extra={t('settlementItems.rmb.emergency.extra')}>
            <Checkbox>{t('settlementItems.rmb.emergency')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
      <Divider style={{ margin: '4px 0' }} />
      <Typography.Title level={5} style={{ margin: 0 }}>{t('settlementItems.rmb.section.lines')}</Typography.Title>
      <BillLinesField />
      <Divider style={{ margin: '4px 0' }} />
      <Typography.Title level={5} style={{ margin: 0 }}>{t('settlementItems.rmb.section.payee')}</Typography.Title>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name={['payee', 'name']}
            label={t('settlementItems.rmb.payee.name')}
            rules={[required(t('settlementItems.rmb.payee.name')), { max: 100, message: t('settlementItems.maxLength', { max: 100 }) }]}
          >
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name={['payee', 'bankName']}
            label={t('settlementItems.rmb.payee.bankName')}
            rules={[required(t('settlementItems.rmb.payee.bankName')), { max: 100, message: t('settlementItems.maxLength', { max: 100 }) }]}
          >
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name={['payee', 'accountNumber']}
            label={t('settlementItems.rmb.payee.accountNumber')}
            rules={[
              required(t('settlementItems.rmb.payee.accountNumber')),
              { pattern: /^\d{8,30}$/, message: t('settlementItems.rmb.payee.accountNumber.pattern') },
            ]}
          >
            <Input maxLength={30} inputMode="numeric" autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text type="secondary">{t('settlementItems.ticketTimes')}</Typography.Text>
    </FormFrame>
  );
}
