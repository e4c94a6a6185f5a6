import { Navigate } from 'react-router';
import { Result } from 'antd';
import { primaryRole } from '../auth/caller';
import { useCaller } from '../auth/CallerProvider';
import { useI18n } from '../i18n/I18nProvider';
import { HOME } from './navigation';

/** Sends each role to its own home page. */
export function HomeRedirect() {
  const caller = useCaller();
  const { t } = useI18n();
  const role = primaryRole(caller);
  if (role && role in HOME) return <Navigate to={HOME[role as keyof typeof HOME]} replace />;
  return <Result status="info" title={t('role.none')} subTitle={t('role.none.detail')} />;
}
