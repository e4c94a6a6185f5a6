import { Button, Form, Input, type FormRule } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { REGION_PATTERN } from './model';

interface OneFieldSearchProps {
  label: string;
  value: string;
  onSearch: (value: string) => void;
  rules?: FormRule[];
  width?: number;
  maxLength?: number;
  inputMode?: 'text' | 'numeric';
}

/** The settlement pages' search: one field, checked before anything is asked, its trimmed value handed on. */
export function OneFieldSearch({ label, value, onSearch, rules, width = 240, maxLength = 100, inputMode = 'text' }: OneFieldSearchProps) {
  const { t } = useI18n();
  return (
    <Form<{ value: string }> key={value} name={`search-${label}`} layout="inline" initialValues={{ value }} onFinish={(values) => onSearch((values.value ?? '').trim())}>
      <Form.Item name="value" label={label} rules={rules}>
        <Input allowClear style={{ width }} maxLength={maxLength} inputMode={inputMode} autoComplete="off" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form.Item>
    </Form>
  );
}

/** A six-digit region code to look at. */
export function RegionSearch({ label, value, onSearch }: { label: string; value: string; onSearch: (region: string) => void }) {
  const { t } = useI18n();
  const message = t('settlement.region.invalid');
  return (
    <OneFieldSearch
      label={label}
      value={value}
      onSearch={onSearch}
      width={120}
      maxLength={6}
      inputMode="numeric"
      rules={[{ required: true, whitespace: true, message }, { pattern: REGION_PATTERN, message }]}
    />
  );
}
