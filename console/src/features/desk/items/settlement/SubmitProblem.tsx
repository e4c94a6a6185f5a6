import { Alert, Flex } from 'antd';
import type { FieldViolation } from '../../../../api/problem';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { useI18n } from '../../../../i18n/I18nProvider';

/** A refused submission: the problem, and the API's field errors that name no field of the form (they cannot go on one). */
export function SubmitProblem({ error, rest, path }: { error: unknown; rest: FieldViolation[]; path: string }) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={8}>
      <ProblemAlert error={error} path={path} />
      {rest.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('settlementItems.otherFieldErrors')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {rest.map((v) => (
                <li key={`${v.field}:${v.message}`}>
                  <code>{v.field}</code>: {v.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </Flex>
  );
}

/** The ticket has not been called: the API needs the call time as the handling's start, so nothing can be submitted. */
export function TicketNotCalled() {
  const { t } = useI18n();
  return <Alert type="error" showIcon role="alert" title={t('settlementItems.ticketNotCalled')} />;
}
