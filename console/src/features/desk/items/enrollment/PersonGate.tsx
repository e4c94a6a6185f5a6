import type { ReactNode } from 'react';
import { Alert } from 'antd';
import { useI18n } from '../../../../i18n/I18nProvider';
import type { Person, PersonStatus } from '../../person/personApi';

/** An alert when the person's status does not allow the item (the API would refuse it); undefined when it does. */
export function useStatusGate(person: Person | undefined, allowed: readonly PersonStatus[]): ReactNode {
  const { t, tx } = useI18n();
  if (!person || allowed.includes(person.status)) return undefined;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={t('items.gate.status', {
        status: tx(`desk.enum.status.${person.status}`, person.status),
        allowed: allowed.map((s) => tx(`desk.enum.status.${s}`, s)).join('、'),
      })}
    />
  );
}
