import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Button, Form, InputNumber, Space, Typography } from 'antd';
import { useApi } from '../../../api/ApiProvider';
import { ApiError } from '../../../api/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { applyFieldErrors } from '../../../components/formErrors';
import { useI18n } from '../../../i18n/I18nProvider';
import { evaluationBatchPath, type EvaluationBatch } from '../model';

interface Values {
  quotas: Record<string, number | null>;
  defaultQuota: number | null;
  awardThreshold: number | null;
}

/** ConfigureBatchRequest: quotas per category (0–100), the default quota (0–100) and the award threshold (0–1000). */
export function BatchSettingsForm({ batch, categories, onSaved }: { batch: EvaluationBatch; categories: string[]; onSaved: (b: EvaluationBatch) => void }) {
  const api = useApi();
  const { t, tx } = useI18n();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const path = evaluationBatchPath(batch.batchId);
  const all = [...new Set([...categories, ...Object.keys(batch.quotas ?? {})])];
  const save = useMutation({
    mutationFn: (values: Values) => {
      const quotas = Object.fromEntries(Object.entries(values.quotas ?? {}).filter(([, v]) => v != null)) as Record<string, number>;
      return api.put<EvaluationBatch>(path, {
        quotas,
        ...(values.defaultQuota != null ? { defaultQuota: values.defaultQuota } : {}),
        ...(values.awardThreshold != null ? { awardThreshold: values.awardThreshold } : {}),
      });
    },
    onSuccess: (b) => {
      setSaved(true);
      onSaved(b);
    },
    onError: (error) => {
      const elsewhere = applyFieldErrors(form, error, ['quotas', 'defaultQuota', 'awardThreshold']);
      const allOnFields = error instanceof ApiError && error.fieldErrors.length > 0 && elsewhere.length === 0;
      setProblem(allOnFields ? null : error);
    },
  });
  const published = batch.status === 'PUBLISHED';
  return (
    <Form<Values>
      form={form}
      layout="inline"
      disabled={published}
      initialValues={{ quotas: Object.fromEntries(all.map((c) => [c, batch.quotas?.[c] ?? null])), defaultQuota: batch.defaultQuota, awardThreshold: batch.awardThreshold }}
      onValuesChange={() => setSaved(false)}
      onFinish={(values) => {
        setProblem(null);
        save.mutate(values);
      }}
    >
      {all.map((c) => (
        <Form.Item key={c} name={['quotas', c]} label={t('sites.batches.quotaOf', { category: tx(`workbench.category.${c}`, c) })}>
          <InputNumber min={0} max={100} precision={0} placeholder={String(batch.defaultQuota)} />
        </Form.Item>
      ))}
      <Form.Item name="defaultQuota" label={t('sites.batches.defaultQuota')} rules={[{ required: true, message: t('common.required') }]}>
        <InputNumber min={0} max={100} precision={0} />
      </Form.Item>
      <Form.Item name="awardThreshold" label={t('sites.batches.threshold')} rules={[{ required: true, message: t('common.required') }]}>
        <InputNumber min={0} max={1000} precision={2} />
      </Form.Item>
      {!published && (
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('sites.batches.saveSettings')}
            </Button>
            {saved && <Typography.Text type="success">{t('common.saved')}</Typography.Text>}
          </Space>
        </Form.Item>
      )}
      {problem != null && (
        <div style={{ width: '100%', marginTop: 8 }}>
          <ProblemAlert error={problem} path={path} />
        </div>
      )}
    </Form>
  );
}
