import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input, Space, Typography } from 'antd';
import { useApi } from '../../api/ApiProvider';
import { ApiError } from '../../api/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { applyFieldErrors } from '../../components/formErrors';
import { useI18n } from '../../i18n/I18nProvider';
import { closePath, NOTE_MAX, type ReviewView } from './model';

interface Values {
  note?: string;
}

/** The agency closes an answered rectification, with a note on how it checked (CloseRequest: optional, ≤ 2000). */
export function CloseForm({ review, onDone, onCancel }: { review: ReviewView; onDone: (updated: ReviewView) => void; onCancel: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<unknown>(null);
  const path = closePath(review.handlingId);
  const close = useMutation({
    mutationFn: (values: Values) => {
      const note = values.note?.trim();
      return api.post<ReviewView>(path, note ? { note } : {});
    },
    onSuccess: onDone,
    onError: (error) => {
      const elsewhere = applyFieldErrors(form, error, ['note']);
      const allOnFields = error instanceof ApiError && error.fieldErrors.length > 0 && elsewhere.length === 0;
      setProblem(allOnFields ? null : error);
    },
  });
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={(values) => {
        setProblem(null);
        close.mutate(values);
      }}
    >
      {problem != null && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={problem} path={path} />
        </div>
      )}
      <Typography.Paragraph>
        <Typography.Text strong>{t('workbench.close.answer')}</Typography.Text> {review.rectification?.answer ?? '—'}
      </Typography.Paragraph>
      <Form.Item
        name="note"
        label={t('workbench.close.note')}
        extra={t('workbench.close.hint')}
        rules={[{ max: NOTE_MAX, message: t('workbench.close.tooLong', { max: NOTE_MAX }) }]}
      >
        <Input.TextArea rows={4} maxLength={NOTE_MAX} showCount />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" autoInsertSpace={false} loading={close.isPending}>
          {t('workbench.close.submit')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}
