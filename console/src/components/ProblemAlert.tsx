import { Alert, Typography } from 'antd';
import { ApiError } from '../api/problem';
import { useI18n } from '../i18n/I18nProvider';

/** Which part of the platform an unavailable call depended on: the problem's `service`, else the API path's area. */
export function unavailableService(error: ApiError, path?: string): string {
  // A service's own 503 names the dependency it could not reach; the gateway's names the service behind the route.
  const dependency = error.problem.dependency;
  if (typeof dependency === 'string' && dependency) return dependency;
  if (error.problem.service) return error.problem.service;
  const area = /\/api\/(\w+)\//.exec(path ?? error.problem.instance ?? '')?.[1];
  return area ?? 'unknown';
}

/** What a refused or failed call means for the user, in their language, with the trace id to quote. */
export function useProblemText() {
  const { t, tx } = useI18n();
  return (error: unknown, path?: string): { title: string; detail: string } => {
    if (!(error instanceof ApiError)) return { title: t('error.generic'), detail: error instanceof Error ? error.message : String(error) };
    if (error.status === 0) return { title: t('error.unavailable.title'), detail: t('error.network') };
    if (error.unavailable) {
      const service = unavailableService(error, path);
      return {
        title: t('error.unavailable.title'),
        detail: t('error.unavailable', { service: tx(`service.${service}`, service) }),
      };
    }
    const fallback =
      error.status === 400 ? t('error.validation')
      : error.status === 401 ? t('error.unauthenticated')
      : error.status === 403 ? t('error.forbidden')
      : error.status === 404 ? t('error.notFound')
      : error.status === 409 ? t('error.conflict')
      : t('error.generic');
    const typeName = error.typeName;
    const known = typeName ? tx(`problem.${typeName}`, '') : '';
    return { title: known || error.problem.title || fallback, detail: error.problem.detail ?? fallback };
  };
}

/** A refusal or failure shown above a form or page. */
export function ProblemAlert({ error, path }: { error: unknown; path?: string }) {
  const { t } = useI18n();
  const text = useProblemText()(error, path);
  const traceId = error instanceof ApiError ? error.traceId : undefined;
  return (
    <Alert
      type={error instanceof ApiError && error.status < 500 && error.status !== 0 ? 'warning' : 'error'}
      showIcon
      role="alert"
      title={text.title}
      description={
        <>
          <div>{text.detail}</div>
          {traceId && (
            <Typography.Text type="secondary" copyable={{ text: traceId }}>
              {t('error.traceId')}: {traceId}
            </Typography.Text>
          )}
        </>
      }
    />
  );
}
