import { Col, DatePicker, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useApi } from '../../../api/ApiProvider';
import { FormActions } from '../../../components/FormActions';
import { useFormMutation } from '../../../components/useFormMutation';
import { useI18n } from '../../../i18n/I18nProvider';
import { agencyToday } from '../../../lib/time';
import { AWARD_LEVELS, DECLARATION_BATCHES_PATH, DECLARATION_CATEGORIES, NOMINATION_GROUPS, type AwardLevel, type DeclarationBatch } from '../model';

interface Values {
  id?: string;
  name: string;
  year: number;
  level: AwardLevel;
  areaCode: string;
  quotas: Record<string, number | null | undefined>;
  nominationQuotas: Record<string, number | null | undefined>;
  declarationDeadline: Dayjs;
  constructionDeadline: Dayjs;
  decisionDeadline: Dayjs;
}

const FIELDS = ['id', 'name', 'year', 'level', 'areaCode', 'quotas', 'nominationQuotas', 'declarationDeadline', 'constructionDeadline', 'decisionDeadline'] as const;

/** Only the categories and groups given a number are sent: a category left empty is not opened by the batch. */
function given(quotas: Record<string, number | null | undefined> | undefined): Record<string, number> {
  return Object.fromEntries(Object.entries(quotas ?? {}).filter(([, n]) => n != null)) as Record<string, number>;
}

/** The request site-registry's OpenBatchRequest takes (dates as local days). */
export function openBatchBody(values: Values) {
  const id = values.id?.trim();
  return {
    ...(id ? { id } : {}),
    year: values.year,
    level: values.level,
    name: values.name.trim(),
    areaCode: values.areaCode.trim(),
    quotas: given(values.quotas),
    nominationQuotas: given(values.nominationQuotas),
    declarationDeadline: values.declarationDeadline.format('YYYY-MM-DD'),
    constructionDeadline: values.constructionDeadline.format('YYYY-MM-DD'),
    decisionDeadline: values.decisionDeadline.format('YYYY-MM-DD'),
  };
}

/**
 * 新建申报批次 — a batch as site-registry opens it: year, level, area, quotas per category, nomination quotas per group and the
 * calendar. The service checks the rules (the area exists, at least one category, deadlines in order and in the year) and
 * names the field it refuses.
 */
export function NewBatchForm({ onCreated, onCancel }: { onCreated: (batch: DeclarationBatch) => void; onCancel: () => void }) {
  const api = useApi();
  const { t, tx } = useI18n();
  const [form] = Form.useForm<Values>();
  const { submit, problem, pending } = useFormMutation(form, FIELDS, (values: Values) => api.post<DeclarationBatch>(DECLARATION_BATCHES_PATH, openBatchBody(values)), onCreated);
  const required = (field: string) => [{ required: true, message: t('common.required', { field }) }];
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="new-batch"
      initialValues={{ year: Number(agencyToday().slice(0, 4)), level: 'COUNTY', quotas: {}, nominationQuotas: {} }}
      onFinish={submit}
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="name" label={t('sites.batches.new.name')} rules={required(t('sites.batches.new.name'))}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="id" label={t('sites.batches.new.id')} extra={t('sites.batches.new.id.hint')}>
            <Input maxLength={64} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="year" label={t('sites.batches.year')} rules={required(t('sites.batches.year'))}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="level" label={t('workbench.eval.level')} rules={required(t('workbench.eval.level'))}>
            <Select options={AWARD_LEVELS.map((l) => ({ value: l, label: tx(`workbench.level.${l}`, l) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="areaCode" label={t('sites.batches.new.areaCode')} extra={t('sites.batches.new.areaCode.hint')} rules={required(t('sites.batches.new.areaCode'))}>
            <Input maxLength={12} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('sites.batches.quotas')} extra={t('sites.batches.new.quotas.hint')} required>
        <Space wrap>
          {DECLARATION_CATEGORIES.map((c) => (
            <Form.Item key={c} name={['quotas', c]} label={tx(`workbench.category.${c}`, c)} style={{ marginBottom: 0 }}>
              <InputNumber min={0} max={1000} precision={0} />
            </Form.Item>
          ))}
        </Space>
      </Form.Item>
      <Form.Item label={t('sites.batches.nominationQuotas')}>
        <Space wrap>
          {NOMINATION_GROUPS.map((g) => (
            <Form.Item key={g} name={['nominationQuotas', g]} label={tx(`sites.group.${g}`, g)} style={{ marginBottom: 0 }}>
              <InputNumber min={0} max={1000} precision={0} />
            </Form.Item>
          ))}
        </Space>
      </Form.Item>
      <Row gutter={16}>
        {(['declarationDeadline', 'constructionDeadline', 'decisionDeadline'] as const).map((name) => (
          <Col key={name} xs={24} md={8}>
            <Form.Item name={name} label={t(`sites.batches.new.${name}`)} rules={required(t(`sites.batches.new.${name}`))}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <FormActions problem={problem} path={DECLARATION_BATCHES_PATH} submit={t('sites.batches.new.submit')} pending={pending} onCancel={onCancel} />
    </Form>
  );
}
