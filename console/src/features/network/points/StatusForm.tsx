import { Alert, Button, Form, Input, Select } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useApi } from '../../../api/ApiProvider';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { applyFieldErrors } from '../../../components/formErrors';
import { useI18n } from '../../../i18n/I18nProvider';
import { pointStatusLabel } from '../labels';
import { pointPath, POINT_STATUSES, type PointStatus, type ServicePoint } from '../model';

interface StatusValues {
  status?: PointStatus;
  reason?: string;
}

/** POST /service-points/{id}/status {status, reason}: ACTIVE ⇄ SUSPENDED, → CLOSED (final); every change has a reason. */
export function StatusForm({ point, onDone }: { point: ServicePoint; onDone: (saved: ServicePoint) => void }) {
  const api = useApi();
  const { t, tx } = useI18n();
  const [form] = Form.useForm<StatusValues>();
  const next = Form.useWatch('status', form);
  const path = `${pointPath(point.id)}/status`;
  const change = useMutation({
    mutationFn: (values: StatusValues) =>
      api.post<ServicePoint>(path, { status: values.status, reason: (values.reason ?? '').trim() }, { headers: { 'If-Match': `"${point.version}"` } }),
    onSuccess: onDone,
    onError: (error) => applyFieldErrors(form, error, ['status', 'reason']),
  });
  return (
    <Form<StatusValues> form={form} layout="vertical" onFinish={(v) => change.mutate(v)}>
      {change.error && <ProblemAlert error={change.error} path={path} />}
      <Form.Item name="status" label={t('network.status.to')} rules={[{ required: true, message: t('network.required', { field: t('network.status.to') }) }]}>
        <Select options={POINT_STATUSES.filter((s) => s !== point.status).map((s) => ({ value: s, label: pointStatusLabel(tx, s) }))} />
      </Form.Item>
      {next === 'CLOSED' && <Alert type="warning" showIcon title={t('network.status.closedIsFinal')} style={{ marginBottom: 12 }} />}
      <Form.Item
        name="reason"
        label={t('network.status.reason')}
        rules={[
          { required: true, whitespace: true, message: t('network.required', { field: t('network.status.reason') }) },
          { max: 500, message: t('network.maxLength', { max: 500 }) },
        ]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending} danger={next === 'CLOSED'}>
        {t('network.status.submit')}
      </Button>
    </Form>
  );
}
