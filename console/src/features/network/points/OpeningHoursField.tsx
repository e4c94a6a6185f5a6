import { Button, Form, Input, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '../../../i18n/I18nProvider';
import { dayLabel } from '../labels';
import { DAYS } from '../model';
import { TIME } from './pointForm';

/** 办公时间: days of the week with opening and closing time; closes after opens (ServicePointRules). */
export function OpeningHoursField() {
  const { t, tx } = useI18n();
  const timeRules = [
    { required: true, message: t('network.point.timeRequired') },
    { pattern: TIME, message: t('network.point.timeFormat') },
  ];
  return (
    <Form.List name="openingHours">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="baseline" wrap>
              <Form.Item name={[field.name, 'days']} rules={[{ required: true, type: 'array', min: 1, message: t('network.point.daysRequired') }]}>
                <Select
                  mode="multiple"
                  aria-label={t('network.point.days')}
                  placeholder={t('network.point.days')}
                  style={{ minWidth: 240 }}
                  options={DAYS.map((d) => ({ value: d, label: dayLabel(tx, d) }))}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'opens']} rules={timeRules}>
                <Input aria-label={t('network.point.opens')} placeholder="08:30" style={{ width: 90 }} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'closes']}
                dependencies={[['openingHours', field.name, 'opens']]}
                rules={[
                  ...timeRules,
                  ({ getFieldValue }) => ({
                    validator: (_: unknown, closes?: string) => {
                      const opens = getFieldValue(['openingHours', field.name, 'opens']) as string | undefined;
                      return !closes || !opens || !TIME.test(opens) || !TIME.test(closes) || closes > opens
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('network.point.closesAfterOpens')));
                    },
                  }),
                ]}
              >
                <Input aria-label={t('network.point.closes')} placeholder="17:00" style={{ width: 90 }} />
              </Form.Item>
              <MinusCircleOutlined aria-label={t('network.point.removePeriod')} onClick={() => remove(field.name)} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ days: [], opens: '08:30', closes: '17:00' })}>
            {t('network.point.addPeriod')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
