import { useState } from 'react';
import { Alert, App, Button, Form, Modal, Space } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiProvider';
import type { FieldViolation } from '../../api/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { applyFieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { EntryFields } from './EntryFields';
import { ENTRY_FIELDS, entryBody, initialValues, type EntryFormValues, type EntryTarget } from './entryForm';
import { kindLabel } from './labels';
import { entryPath, ENTRIES_PATH, type ChangeResponse } from './model';

/**
 * Adds an entry (POST /catalogue/entries) or changes one (PUT /catalogue/entries/{code}). Every change publishes a new version
 * of the list, so the user confirms that first; `If-Match: "v<current>"` makes a change made meanwhile a 412, not a silent overwrite.
 */
export function EntryDialog({ target, currentVersion, onClose }: { target: EntryTarget; currentVersion: number; onClose: () => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { t, tx } = useI18n();
  const [form] = Form.useForm<EntryFormValues>();
  const [pending, setPending] = useState<EntryFormValues | undefined>();
  const [rest, setRest] = useState<FieldViolation[]>([]);
  const path = target.mode === 'add' ? ENTRIES_PATH : entryPath(target.code);
  const publish = useMutation({
    mutationFn: (values: EntryFormValues) => {
      const body = entryBody(target, values);
      const options = { headers: { 'If-Match': `"v${currentVersion}"` } };
      return target.mode === 'add' ? api.post<ChangeResponse>(path, body, options) : api.put<ChangeResponse>(path, body, options);
    },
    onSuccess: (change) => {
      void queryClient.invalidateQueries({ queryKey: ['registry', 'catalogue'] });
      void queryClient.invalidateQueries({ queryKey: ['registry', 'catalogue-versions'] });
      void message.success(t('network.catalogue.published', { version: change.version }));
      onClose();
    },
    onError: (error) => {
      setPending(undefined);
      setRest(applyFieldErrors(form, error, ENTRY_FIELDS.filter((f) => f !== 'kind' && f !== 'parentCode')));
    },
  });
  const title =
    target.mode === 'add'
      ? t('network.catalogue.addTitle', { kind: kindLabel(tx, target.kind), parent: target.parentCode ?? '—' })
      : t('network.catalogue.editTitle', { code: target.code });
  return (
    <Modal open title={title} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      {publish.error && <ProblemAlert error={publish.error} path={path} />}
      {rest.length > 0 && <Alert type="warning" showIcon title={rest.map((v) => `${v.field}: ${v.message}`).join('；')} />}
      <Form<EntryFormValues> form={form} layout="vertical" initialValues={initialValues(target)} onFinish={setPending} disabled={pending !== undefined}>
        <EntryFields kind={target.kind} adding={target.mode === 'add'} parentCode={target.parentCode} />
        {!pending && (
          <Button type="primary" htmlType="submit">
            {t('network.catalogue.review')}
          </Button>
        )}
      </Form>
      {pending && (
        <Alert
          type="warning"
          showIcon
          role="alertdialog"
          title={t('network.catalogue.confirmTitle', { next: currentVersion + 1 })}
          description={
            <>
              <div>{t('network.catalogue.confirmText', { current: currentVersion, next: currentVersion + 1 })}</div>
              <Space style={{ marginTop: 12 }}>
                <Button type="primary" loading={publish.isPending} onClick={() => publish.mutate(pending)}>
                  {t('network.catalogue.confirmPublish', { next: currentVersion + 1 })}
                </Button>
                <Button disabled={publish.isPending} onClick={() => setPending(undefined)}>
                  {t('network.catalogue.backToEdit')}
                </Button>
              </Space>
            </>
          }
        />
      )}
    </Modal>
  );
}
