import type { ReactNode } from 'react';
import { Button, Space } from 'antd';
import { useI18n } from '../i18n/I18nProvider';
import { ProblemAlert } from './ProblemAlert';

/**
 * The foot of a form that posts to the API: the refusal that landed on no field, the submit button and, in a dialog, 取消.
 * Placed inside the antd Form, so the button submits it.
 */
export function FormActions({ problem, path, submit, pending, onCancel }: { problem: unknown; path: string; submit: ReactNode; pending: boolean; onCancel?: () => void }) {
  const { t } = useI18n();
  return (
    <>
      {problem != null && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={problem} path={path} />
        </div>
      )}
      <Space>
        <Button type="primary" htmlType="submit" autoInsertSpace={false} loading={pending}>
          {submit}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
      </Space>
    </>
  );
}
