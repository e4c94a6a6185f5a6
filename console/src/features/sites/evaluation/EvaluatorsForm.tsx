import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Button, Form, Select, Space, Typography } from 'antd';
import { useApi } from '../../../api/ApiProvider';
import { ApiError } from '../../../api/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { applyFieldErrors } from '../../../components/formErrors';
import { useI18n } from '../../../i18n/I18nProvider';
import { evaluationPath, type EvaluationView } from '../../evaluations/model';

/** AssignEvaluatorsRequest: at most 20 user names, none blank. */
export const EVALUATORS_MAX = 20;

interface Values {
  evaluators: string[];
}

/** 指派评估员 — the evaluators' user names (there is no user directory: the agency types them, e.g. evaluator-1). */
export function EvaluatorsForm({ evaluation, onSaved }: { evaluation: EvaluationView; onSaved: (e: EvaluationView) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const path = `${evaluationPath(evaluation.id)}/evaluators`;
  const assign = useMutation({
    mutationFn: (values: Values) => {
      const names = [...new Set(values.evaluators.map((n) => n.trim()).filter(Boolean))];
      return api.put<EvaluationView>(path, { evaluators: names });
    },
    onSuccess: (updated) => {
      setSaved(true);
      onSaved(updated);
    },
    onError: (error) => {
      const elsewhere = applyFieldErrors(form, error, ['evaluators']);
      const allOnFields = error instanceof ApiError && error.fieldErrors.length > 0 && elsewhere.length === 0;
      setProblem(allOnFields ? null : error);
    },
  });
  const readOnly = evaluation.status === 'FINALIZED';
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      disabled={readOnly}
      initialValues={{ evaluators: evaluation.evaluators }}
      onValuesChange={() => setSaved(false)}
      onFinish={(values) => {
        setProblem(null);
        assign.mutate(values);
      }}
    >
      <Form.Item
        name="evaluators"
        label={t('sites.evaluation.evaluators')}
        extra={t('sites.evaluation.evaluators.hint')}
        rules={[
          { type: 'array', max: EVALUATORS_MAX, message: t('sites.evaluation.evaluators.tooMany', { max: EVALUATORS_MAX }) },
        ]}
      >
        <Select mode="tags" tokenSeparators={[',', '，', ' ']} style={{ maxWidth: 480 }} />
      </Form.Item>
      {problem != null && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={problem} path={path} />
        </div>
      )}
      {!readOnly && (
        <Space>
          <Button type="primary" htmlType="submit" loading={assign.isPending}>
            {t('sites.evaluation.assign')}
          </Button>
          {saved && <Typography.Text type="success">{t('common.saved')}</Typography.Text>}
        </Space>
      )}
    </Form>
  );
}
