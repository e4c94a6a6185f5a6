import { Button, Form, Input } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { REGION_PATTERN } from './model';

/** A six-digit region code to look at, checked before anything is asked. */
export function RegionSearch({ label, value, onSearch }: { label: string; value: string; onSearch: (region: string) => void }) {
  const { t } = useI18n();
  return (
    <Form<{ region: string }>
      layout="inline"
      initialValues={{ region: value }}
      onFinish={(values) => onSearch(values.region.trim())}
    >
      <Form.Item
        name="region"
        label={label}
        rules={[
          { required: true, whitespace: true, message: t('settlement.region.invalid') },
          { pattern: REGION_PATTERN, message: t('settlement.region.invalid') },
        ]}
      >
        <Input style={{ width: 120 }} maxLength={6} inputMode="numeric" autoComplete="off" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form.Item>
    </Form>
  );
}
