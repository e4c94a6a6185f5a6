import { Col, DatePicker, Form, Input, Radio, Row, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useCaller } from '../../../../auth/CallerProvider';
import { useI18n } from '../../../../i18n/I18nProvider';
import { agencyToday, dayjs } from '../../../../lib/time';
import type { ItemFormProps } from '../../types';
import { FormFrame } from '../enrollment/FormFrame';
import { useAnswerSubmit } from '../enrollment/useHandlingSubmit';
import { ServedIdNumberItem } from './ServedIdNumberItem';
import { counterTimes, regionRules } from './counter';
import { filingReceipt, filingTypeText } from './filingReceipts';
import { FILINGS_PATH, filingTypesFor, isLongTerm, type FilingRequest, type FilingResponse, type FilingType } from './settlementApi';
import { TicketNotCalled } from './TicketNotCalled';

/** FilingProperties.temporaryMaxDays (default 180): the longest validity of a temporary filing, first and last day included. */
export const TEMPORARY_MAX_DAYS = 180;

const FIELDS = ['idNumber', 'type', 'treatmentRegion', 'validFrom', 'validTo'] as const;

interface Values {
  idNumber: string;
  type: FilingType;
  treatmentRegion: string;
  validFrom: Dayjs;
  validTo?: Dayjs | null;
}

export const filingsQueryKey = (personId: string | undefined) => ['settlement', 'filings', personId] as const;

/** 异地就医备案: the application under FIL-01 (long-term types) or FIL-02 (temporary types), in the item forms' one frame. */
export function NewFilingForm(props: ItemFormProps) {
  const { item, person, ticket } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const caller = useCaller();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const types = filingTypesFor(item.code);
  const type = Form.useWatch('type', form);
  // FIL-02 offers only temporary types; under FIL-01 every type is long-term
  const temporary = type !== undefined ? !isLongTerm(type) : types.every((candidate) => !isLongTerm(candidate));
  const { submit, pending, error, leftover, path } = useAnswerSubmit<FilingResponse>({
    form,
    fields: FIELDS,
    onDone: (receipt) => {
      void queryClient.invalidateQueries({ queryKey: filingsQueryKey(person?.personId) });
      props.onDone(receipt);
    },
  });

  const onFinish = (values: Values) => {
    const body: FilingRequest = {
      idNumber: values.idNumber.trim().toUpperCase(),
      treatmentRegion: values.treatmentRegion.trim(),
      type: values.type,
      validFrom: values.validFrom.format('YYYY-MM-DD'),
      ...(values.validTo ? { validTo: values.validTo.format('YYYY-MM-DD') } : {}),
      ...counterTimes(ticket),
    };
    submit({ path: FILINGS_PATH, body, toReceipt: (filing) => filingReceipt(i18n, { props, operator: caller.username }, filing, person) });
  };

  return (
    <FormFrame<Values>
      item={item}
      person={person}
      ticket={ticket}
      onCancel={props.onCancel}
      form={form}
      onFinish={onFinish}
      initialValues={{ type: types.length === 1 ? types[0] : undefined, validFrom: dayjs(agencyToday()) }}
      pending={pending}
      error={error}
      errorPath={path}
      leftover={leftover}
      blocked={ticket.calledAt ? undefined : <TicketNotCalled />}
      submitLabel={t('settlementItems.filing.submit')}
    >
      <Form.Item name="type" label={t('settlementItems.filing.type')} rules={[{ required: true, message: t('settlementItems.filing.type.required') }]}>
        <Radio.Group options={types.map((value) => ({ value, label: filingTypeText(i18n, value) }))} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <ServedIdNumberItem person={person} />
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="treatmentRegion"
            label={t('settlementItems.filing.treatmentRegion')}
            extra={t('settlementItems.region.extra')}
            rules={regionRules(t)}
          >
            <Input maxLength={6} inputMode="numeric" autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="validFrom" label={t('settlementItems.filing.validFrom')} rules={[{ required: true, message: t('settlementItems.filing.validFrom.required') }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="validTo"
            label={t('settlementItems.filing.validTo')}
            dependencies={['validFrom', 'type']}
            extra={temporary ? t('settlementItems.filing.validTo.temporary', { days: TEMPORARY_MAX_DAYS }) : t('settlementItems.filing.validTo.longTerm')}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_rule, value: Dayjs | null | undefined) => {
                  const from = getFieldValue('validFrom') as Dayjs | undefined;
                  const chosen = getFieldValue('type') as FilingType | undefined;
                  if (!value) {
                    if (chosen && !isLongTerm(chosen)) throw new Error(t('settlementItems.filing.validTo.required'));
                    return;
                  }
                  if (from && value.isBefore(from, 'day')) throw new Error(t('settlementItems.filing.validTo.beforeFrom'));
                  if (from && chosen && !isLongTerm(chosen) && value.diff(from, 'day') + 1 > TEMPORARY_MAX_DAYS) {
                    throw new Error(t('settlementItems.filing.validTo.tooLong', { days: TEMPORARY_MAX_DAYS }));
                  }
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text type="secondary">{t('settlementItems.ticketTimes')}</Typography.Text>
    </FormFrame>
  );
}
