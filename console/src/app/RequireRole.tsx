import type { ReactNode } from 'react';
import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { hasAnyRole, type Role } from '../auth/caller';
import { useCaller } from '../auth/CallerProvider';
import { useI18n } from '../i18n/I18nProvider';

/** Shows a page only to the roles that may use it (the services refuse the calls anyway; this keeps the page honest). */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const caller = useCaller();
  const { t } = useI18n();
  if (!hasAnyRole(caller, roles)) {
    return (
      <Result
        status="403"
        title={t('app.forbidden')}
        subTitle={t('app.forbidden.detail')}
        extra={
          <Link to="/">
            <Button type="primary">{t('app.backHome')}</Button>
          </Link>
        }
      />
    );
  }
  return <>{children}</>;
}
