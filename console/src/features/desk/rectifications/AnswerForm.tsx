import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Button, Form, Input, Space } from 'antd';
import { useApi } from '../../../api/ApiProvider';
import { ApiError } from '../../../api/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { applyFieldErrors } from '../../../components/formErrors';
import { useI18n } from '../../../i18n/I18nProvider';
import { ANSWER_MAX, answerPath, type ReviewView } from '../../reviews/model';

interface Values {
  answer: string;
}

/** The point's answer to a rectification: what it changed (AnswerRequest: required, at most 2000 characters). */
export function AnswerForm({ review, onDone, onCancel }: { review: ReviewView; onDone: (updated: ReviewView) => void; onCancel: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<unknown>(null);
  const path = answerPath(review.handlingId);
  const answer = useMutation({
    mutationFn: (values: Values) => api.post<ReviewView>(path, { answer: values.answer.trim() }),
    onSuccess: onDone,
    onError: (error) => {
      const elsewhere = applyFieldErrors(form, error, ['answer']);
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
        answer.mutate(values);
      }}
    >
      {problem != null && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={problem} path={path} />
        </div>
      )}
      <Form.Item
        name="answer"
        label={t('rectification.answer.label')}
        extra={t('rectification.answer.hint')}
        rules={[
          { required: true, whitespace: true, message: t('rectification.answer.required') },
          { max: ANSWER_MAX, message: t('rectification.answer.tooLong', { max: ANSWER_MAX }) },
        ]}
      >
        <Input.TextArea rows={5} maxLength={ANSWER_MAX} showCount />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={answer.isPending}>
          {t('rectification.answer.submit')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}
