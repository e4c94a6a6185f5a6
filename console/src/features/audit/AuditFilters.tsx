import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../i18n/I18nProvider';
import { AUDIT_RULES, type AuditFilter, type AuditRule } from './model';

interface Values {
  rule?: AuditRule;
  institutionId?: string;
  insuredRegion?: string;
  treatmentRegion?: string;
  settled?: [Dayjs | null, Dayjs | null] | null;
}

const REGION = /^\d{6}$/;

/** The form's values as the API's filter: trimmed texts, empty ones left out, the date range as two days. */
export function toAuditFilter(values: Values): AuditFilter {
  const text = (v?: string) => v?.trim() || undefined;
  const [from, to] = values.settled ?? [];
  return {
    rule: values.rule,
    institutionId: text(values.institutionId),
    insuredRegion: text(values.insuredRegion),
    treatmentRegion: text(values.treatmentRegion),
    from: from ? from.format('YYYY-MM-DD') : undefined,
    to: to ? to.format('YYYY-MM-DD') : undefined,
  };
}

export function AuditFilters({ onSearch }: { onSearch: (filter: AuditFilter) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const regionRule = { pattern: REGION, message: t('workbench.audit.region.invalid') };
  return (
    <Form<Values> form={form} layout="inline" onFinish={(values) => onSearch(toAuditFilter(values))} style={{ rowGap: 12 }}>
      <Form.Item name="rule" label={t('workbench.audit.rule')}>
        <Select
          allowClear
          style={{ width: 200 }}
          placeholder={t('workbench.audit.rule.all')}
          options={AUDIT_RULES.map((r) => ({ value: r, label: t(`workbench.audit.rule.${r}`) }))}
        />
      </Form.Item>
      <Form.Item name="institutionId" label={t('workbench.audit.institution')}>
        <Input allowClear style={{ width: 180 }} maxLength={100} />
      </Form.Item>
      <Form.Item name="insuredRegion" label={t('workbench.audit.insuredRegion')} rules={[regionRule]}>
        <Input allowClear style={{ width: 120 }} maxLength={6} inputMode="numeric" />
      </Form.Item>
      <Form.Item name="treatmentRegion" label={t('workbench.audit.treatmentRegion')} rules={[regionRule]}>
        <Input allowClear style={{ width: 120 }} maxLength={6} inputMode="numeric" />
      </Form.Item>
      <Form.Item name="settled" label={t('workbench.audit.settledAt')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onSearch({});
            }}
          >
            {t('common.reset')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
