import { DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../../../i18n/I18nProvider';
import { agencyToday } from '../../../../lib/time';

/** 生效日期: optional (today when omitted), not after today, not before the previous change or the coverage start. */
export function EffectiveDateItem({ earliest }: { earliest: string }) {
  const { t } = useI18n();
  const today = agencyToday();
  return (
    <Form.Item
      name="effectiveDate"
      label={t('items.field.effectiveDate')}
      extra={t('items.effectiveDate.extra', { earliest })}
      rules={[
        {
          validator: async (_rule, value: Dayjs | null | undefined) => {
            if (!value) return;
            const date = value.format('YYYY-MM-DD');
            if (date > today) throw new Error(t('items.rule.effective-date-in-future'));
            if (date < earliest) throw new Error(t('items.check.effectiveDateTooEarly', { earliest }));
          },
        },
      ]}
    >
      <DatePicker
        style={{ width: '100%' }}
        disabledDate={(current) => {
          const date = current.format('YYYY-MM-DD');
          return date > today || date < earliest;
        }}
      />
    </Form.Item>
  );
}
