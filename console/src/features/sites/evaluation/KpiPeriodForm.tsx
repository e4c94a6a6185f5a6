import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Button, DatePicker, Form, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useApi } from '../../../api/ApiProvider';
import { ApiError } from '../../../api/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { applyFieldErrors } from '../../../components/formErrors';
import { useI18n } from '../../../i18n/I18nProvider';
import { dayjs } from '../../../lib/time';
import { evaluationPath, type EvaluationView } from '../../evaluations/model';

interface Values {
  period?: [Dayjs | null, Dayjs | null] | null;
}

/** 指标统计期 — the days (inclusive, Asia/Shanghai) over which the metric items' KPIs are read; default the declaration year. */
export function KpiPeriodForm({ evaluation, onSaved }: { evaluation: EvaluationView; onSaved: (e: EvaluationView) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const path = `${evaluationPath(evaluation.id)}/kpi-period`;
  const save = useMutation({
    mutationFn: ({ from, to }: { from: string; to: string }) => api.put<EvaluationView>(path, { from, to }),
    onSuccess: (updated) => {
      setSaved(true);
      onSaved(updated);
    },
    onError: (error) => {
      const elsewhere = applyFieldErrors(form, error, []);
      const fields = error instanceof ApiError ? error.fieldErrors.map((f) => f.message) : [];
      if (fields.length) form.setFields([{ name: 'period', errors: fields }]);
      setProblem(elsewhere.length || !fields.length ? error : null);
    },
  });
  const readOnly = evaluation.status === 'FINALIZED';
  const initial: Values = {
    period: evaluation.kpiFrom && evaluation.kpiTo ? [dayjs(evaluation.kpiFrom), dayjs(evaluation.kpiTo)] : null,
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      disabled={readOnly}
      initialValues={initial}
      onValuesChange={() => setSaved(false)}
      onFinish={(values) => {
        const [from, to] = values.period ?? [];
        if (!from || !to) return;
        setProblem(null);
        save.mutate({ from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') });
      }}
    >
      <Form.Item name="period" label={t('workbench.eval.kpiPeriod')} rules={[{ required: true, message: t('sites.evaluation.periodRequired') }]}>
        <DatePicker.RangePicker allowClear={false} />
      </Form.Item>
      {problem != null && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={problem} path={path} />
        </div>
      )}
      {!readOnly && (
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('sites.evaluation.setPeriod')}
          </Button>
          {saved && <Typography.Text type="success">{t('common.saved')}</Typography.Text>}
        </Space>
      )}
    </Form>
  );
}
