import { useEffect, type ReactNode } from 'react';
import { hasAuthParams, useAuth } from 'react-oidc-context';
import { useLocation } from 'react-router';
import { Button, Result } from 'antd';
import { ApiProvider } from '../api/ApiProvider';
import { PageLoading } from '../components/PageLoading';
import { useI18n } from '../i18n/I18nProvider';
import { CallerProvider } from './CallerProvider';

/** Signs the user in through Keycloak (code + PKCE) before the pages under it render, and gives them the caller and API. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const location = useLocation();
  const { t } = useI18n();
  const mustSignIn = !hasAuthParams() && !auth.isAuthenticated && !auth.activeNavigator && !auth.isLoading && !auth.error;

  useEffect(() => {
    if (mustSignIn) {
      void auth.signinRedirect({ state: { returnTo: location.pathname + location.search } });
    }
  }, [mustSignIn, auth, location.pathname, location.search]);

  if (auth.error) {
    return (
      <Result
        status="warning"
        title={t('app.signInFailed')}
        subTitle={auth.error.message}
        extra={
          <Button type="primary" onClick={() => void auth.signinRedirect()}>
            {t('app.retry')}
          </Button>
        }
      />
    );
  }
  // Until the sign-in callback has moved the router to the page the user came for, render nothing that could redirect:
  // the home redirect at "/" would otherwise win over the callback's navigation and lose a deep link.
  const params = new URLSearchParams(location.search);
  const returningFromSignIn = params.has('state') && (params.has('code') || params.has('error'));
  if (!auth.isAuthenticated || !auth.user || returningFromSignIn) return <PageLoading />;
  return (
    <CallerProvider>
      <ApiProvider token={auth.user.access_token}>{children}</ApiProvider>
    </CallerProvider>
  );
}
