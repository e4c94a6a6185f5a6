import { Space, Typography } from 'antd';
import { ApiError, type FieldViolation } from '../../../../api/problem';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { useI18n } from '../../../../i18n/I18nProvider';

/**
 * A refused or failed business request: the alert (a 503 says which part of the platform is unavailable and that nothing was
 * recorded), a business rule in the clerk's language where the catalogue knows it, and the field errors that name no field of
 * the form (e.g. the handling's times).
 */
export function HandlingProblem({ error, path, leftover }: { error: unknown; path?: string; leftover: FieldViolation[] }) {
  const { t, tx } = useI18n();
  let shown = error;
  if (error instanceof ApiError && typeof error.problem.rule === 'string') {
    const detail = tx(`items.rule.${error.problem.rule}`, error.problem.detail ?? '');
    shown = new ApiError(error.status, { ...error.problem, detail });
  }
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
      <ProblemAlert error={shown} path={path} />
      {leftover.length > 0 && (
        <ul aria-label={t('items.frame.otherErrors')} style={{ margin: 0 }}>
          {leftover.map((violation) => (
            <li key={`${violation.field}-${violation.rule ?? ''}`}>
              <Typography.Text type="danger">
                {tx(`items.field.${violation.field}`, violation.field)}: {violation.message}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </Space>
  );
}
