import { useState } from 'react';
import { Button, Col, DatePicker, Flex, Form, Input, Radio, Row, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../../api/ApiProvider';
import { newIdempotencyKey } from '../../../../api/client';
import type { FieldViolation } from '../../../../api/problem';
import { useCaller } from '../../../../auth/CallerProvider';
import { applyFieldErrors } from '../../../../components/formErrors';
import { useI18n } from '../../../../i18n/I18nProvider';
import { agencyToday, dayjs } from '../../../../lib/time';
import { saveReceipt } from '../../receipt/receiptStore';
import type { ItemFormProps } from '../../types';
import { ServedIdNumberItem } from './ServedIdNumberItem';
import { counterTimes, regionRules } from './counter';
import { filingReceipt, filingTypeText } from './filingReceipts';
import { FILINGS_PATH, filingTypesFor, isLongTerm, type FilingRequest, type FilingResponse, type FilingType } from './settlementApi';
import { SubmitProblem, TicketNotCalled } from './SubmitProblem';

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

/** 异地就医备案: the application under FIL-01 (long-term types) or FIL-02 (temporary types). */
export function NewFilingForm(props: ItemFormProps) {
  const { item, person, ticket } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const api = useApi();
  const caller = useCaller();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [problem, setProblem] = useState<{ error: unknown; rest: FieldViolation[] } | null>(null);
  const types = filingTypesFor(item.code);
  const type = Form.useWatch('type', form);
  // FIL-02 offers only temporary types; under FIL-01 every type is long-term
  const temporary = type !== undefined ? !isLongTerm(type) : types.every((candidate) => !isLongTerm(candidate));

  const submit = useMutation({
    mutationFn: (body: FilingRequest) => api.post<FilingResponse>(FILINGS_PATH, body, { idempotencyKey }),
    onSuccess: (filing) => {
      const receipt = filingReceipt(i18n, { props, operator: caller.username }, filing, person);
      void queryClient.invalidateQueries({ queryKey: filingsQueryKey(person?.personId) });
      props.onDone(saveReceipt(receipt));
    },
    onError: (error) => setProblem({ error, rest: applyFieldErrors(form, error, FIELDS) }),
  });

  const onFinish = (values: Values) => {
    setProblem(null);
    submit.mutate({
      idNumber: values.idNumber.trim().toUpperCase(),
      treatmentRegion: values.treatmentRegion.trim(),
      type: values.type,
      validFrom: values.validFrom.format('YYYY-MM-DD'),
      ...(values.validTo ? { validTo: values.validTo.format('YYYY-MM-DD') } : {}),
      ...counterTimes(ticket),
    });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="filing"
      onFinish={onFinish}
      initialValues={{ type: types.length === 1 ? types[0] : undefined, validFrom: dayjs(agencyToday()) }}
      disabled={submit.isPending}
    >
      <Flex vertical gap={16}>
        {!ticket.calledAt && <TicketNotCalled />}
        {problem && <SubmitProblem error={problem.error} rest={problem.rest} path={FILINGS_PATH} />}
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
        <Flex gap={8} justify="flex-end">
          <Button onClick={props.onCancel} disabled={submit.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={submit.isPending} disabled={!ticket.calledAt}>
            {t('settlementItems.filing.submit')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
