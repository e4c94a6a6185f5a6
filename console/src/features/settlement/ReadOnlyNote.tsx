import { Alert } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { useCanWrite } from './access';

/** Says why a page offers no write control, for the auditor; nothing for agency-admin. */
export function ReadOnlyNote() {
  const { t } = useI18n();
  return useCanWrite() ? null : <Alert type="info" showIcon title={t('settlement.readOnly')} data-testid="read-only" />;
}
