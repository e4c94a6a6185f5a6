import { Alert, Typography } from 'antd';
import { ApiError } from '../../../api/problem';
import { useProblemText } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import type { HandlingSource } from './mergeHandlings';
import { HANDLINGS_PATHS } from './useHandlingSource';

/**
 * One source of the list could not be read: names that service, and says what the list still shows, so a missing part is
 * never mistaken for "no handlings".
 */
export function SourceProblem({ source, error, otherShown }: { source: HandlingSource; error: unknown; otherShown: HandlingSource | null }) {
  const { t } = useI18n();
  const problemText = useProblemText();
  const service = t(`service.${source}`);
  const unavailable = !(error instanceof ApiError) || error.unavailable;
  const traceId = error instanceof ApiError ? error.traceId : undefined;
  const consequence = otherShown
    ? t('handlings.source.onlyOther', { service, other: t(`service.${otherShown}`) })
    : t('handlings.source.nothingShown', { service });
  return (
    <Alert
      type={unavailable ? 'error' : 'warning'}
      showIcon
      role="alert"
      title={unavailable ? t('handlings.source.unavailable', { service }) : t('handlings.source.failed', { service })}
      description={
        <>
          {!unavailable && <div>{problemText(error, HANDLINGS_PATHS[source]).detail}</div>}
          <div>{consequence}</div>
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
