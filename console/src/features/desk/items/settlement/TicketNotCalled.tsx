import { Alert } from 'antd';
import { useI18n } from '../../../../i18n/I18nProvider';

/** The ticket has not been called: the API needs the call time as the handling's start, so nothing can be submitted. */
export function TicketNotCalled() {
  const { t } = useI18n();
  return <Alert type="error" showIcon role="alert" title={t('settlementItems.ticketNotCalled')} />;
}
