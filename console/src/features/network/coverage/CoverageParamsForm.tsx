import { Button, Form, InputNumber, Select, Space } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import { pointTypeLabel } from '../labels';
import { POINT_TYPES, type CoverageParams } from '../model';

/** The report's what-if: detour factor 1–5, speeds 1–120 km/h (CoverageReportController), point types; blank = defaults. */
export function CoverageParamsForm({ onApply }: { onApply: (params: CoverageParams) => void }) {
  const { t, tx } = useI18n();
  const [form] = Form.useForm<CoverageParams>();
  return (
    <Form<CoverageParams> form={form} layout="inline" onFinish={onApply} style={{ rowGap: 8 }}>
      <Form.Item name="detourFactor" label={t('network.coverage.detourFactor')}>
        <InputNumber min={1} max={5} step={0.1} placeholder={t('network.coverage.default')} />
      </Form.Item>
      <Form.Item name="ruralSpeedKmh" label={t('network.coverage.ruralSpeed')}>
        <InputNumber min={1} max={120} placeholder={t('network.coverage.default')} suffix="km/h" />
      </Form.Item>
      <Form.Item name="urbanSpeedKmh" label={t('network.coverage.urbanSpeed')}>
        <InputNumber min={1} max={120} placeholder={t('network.coverage.default')} suffix="km/h" />
      </Form.Item>
      <Form.Item name="pointTypes" label={t('network.coverage.pointTypes')}>
        <Select mode="multiple" allowClear style={{ minWidth: 220 }} placeholder={t('network.coverage.allTypes')} options={POINT_TYPES.map((v) => ({ value: v, label: pointTypeLabel(tx, v) }))} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit">{t('network.coverage.apply')}</Button>
        <Button onClick={() => { form.resetFields(); onApply({}); }}>{t('network.coverage.reset')}</Button>
      </Space>
    </Form>
  );
}
