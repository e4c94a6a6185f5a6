import { Form, Input } from 'antd';
import { useI18n } from '../../../../i18n/I18nProvider';
import type { PersonRef } from '../../types';
import { idNumberRules } from './counter';

/**
 * The full ID number a settlement item needs, typed again by the clerk and checked against GB 11643 and the served person's
 * masked number (the desk keeps only the masked one).
 */
export function ServedIdNumberItem({ person }: { person: PersonRef | undefined }) {
  const { t } = useI18n();
  return (
    <Form.Item
      name="idNumber"
      label={t('settlementItems.idNumber')}
      extra={person ? t('settlementItems.idNumber.extra', { name: person.name, masked: person.maskedIdNumber }) : undefined}
      rules={idNumberRules(t, person)}
      normalize={(v: string) => v.toUpperCase()}
    >
      <Input maxLength={18} autoComplete="off" />
    </Form.Item>
  );
}
