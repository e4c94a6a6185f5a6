import { useState } from 'react';
import { Alert, App, Button, Col, Form, Input, InputNumber, Modal, Row, Select, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../api/ApiProvider';
import type { FieldViolation } from '../../../api/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { applyFieldErrors } from '../../../components/formErrors';
import { useI18n } from '../../../i18n/I18nProvider';
import { agencyToday } from '../../../lib/time';
import { decimalRule } from '../decimal';
import { HOSPITAL_LEVELS, policyPath, SCHEMES, type Policy } from '../model';
import { POLICY_FIELDS, policyRequest, policyValues, type PolicyValues } from './policyForm';

/**
 * Creates or replaces one policy (PUT /policies/{region}/{scheme}/{year}). Editing sends the version it started from, so a
 * change someone made meanwhile is a 409 instead of being overwritten.
 */
export function PolicyDialog({ region, policy, onClose }: { region: string; policy?: Policy; onClose: () => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { t } = useI18n();
  const [form] = Form.useForm<PolicyValues>();
  const [rest, setRest] = useState<FieldViolation[]>([]);
  const [path, setPath] = useState<string>();
  const save = useMutation({
    mutationFn: (values: PolicyValues) => {
      const target = policyPath(region, values.scheme, values.year);
      setPath(target);
      return api.put<Policy>(target, policyRequest(values, policy?.version));
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['settlement', 'policies', region] });
      void message.success(t('settlement.saved'));
      onClose();
    },
    onError: (error) => setRest(applyFieldErrors(form, error, POLICY_FIELDS)),
  });
  const yuan = decimalRule(t('settlement.decimal.invalid', { fraction: 2 }), { fraction: 2 });
  const required = { required: true, whitespace: true, message: t('settlement.decimal.invalid', { fraction: 2 }) };
  const thisYear = Number(agencyToday().slice(0, 4));
  const title = policy
    ? t('settlement.policies.dialog.edit', { region, scheme: t(`settlement.scheme.${policy.scheme}`), year: policy.year })
    : t('settlement.policies.dialog.new', { region });
  return (
    <Modal open title={title} onCancel={onClose} footer={null} width={720} destroyOnHidden>
      {save.error && <ProblemAlert error={save.error} path={path} />}
      {rest.length > 0 && <Alert type="warning" showIcon title={rest.map((v) => `${v.field}: ${v.message}`).join('；')} />}
      <Form<PolicyValues>
        form={form}
        name="policy"
        layout="vertical"
        disabled={save.isPending}
        initialValues={policy ? policyValues(policy) : { scheme: 'URBAN_RURAL_RESIDENT', year: thisYear, referralReductionPoints: '10', unreferredReductionPoints: '15' }}
        onFinish={(values) => {
          setRest([]);
          save.mutate(values);
        }}
        style={{ marginTop: 12 }}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="scheme" label={t('settlement.policies.scheme')} rules={[{ required: true }]}>
              <Select disabled={Boolean(policy)} options={SCHEMES.map((s) => ({ value: s, label: t(`settlement.scheme.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="year" label={t('settlement.policies.year')} rules={[{ required: true }]}>
              <InputNumber disabled={Boolean(policy)} min={2000} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text strong>{t('settlement.policies.deductibles')}</Typography.Text>
        <Row gutter={16}>
          {HOSPITAL_LEVELS.map((level) => (
            <Col span={8} key={level}>
              <Form.Item name={['deductibles', level]} label={t(`settlement.level.${level}`)} rules={[required, yuan]}>
                <Input inputMode="decimal" suffix="元" />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Typography.Text strong>{t('settlement.policies.ratios')}</Typography.Text>
        <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
          {t('settlement.policies.ratio.extra')}
        </Typography.Text>
        <Row gutter={16}>
          {HOSPITAL_LEVELS.map((level) => (
            <Col span={8} key={level}>
              <Form.Item
                name={['ratios', level]}
                label={t(`settlement.level.${level}`)}
                rules={[required, decimalRule(t('settlement.decimal.max', { max: 100 }), { fraction: 2, max: 100 })]}
              >
                <Input inputMode="decimal" suffix="%" />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="annualCap" label={t('settlement.policies.annualCap')} rules={[required, yuan]}>
              <Input inputMode="decimal" suffix="元" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="referralReductionPoints"
              label={t('settlement.policies.referralReduction')}
              rules={[required, decimalRule(t('settlement.decimal.max', { max: 100 }), { fraction: 2, max: 100 })]}
            >
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="unreferredReductionPoints"
              label={t('settlement.policies.unreferredReduction')}
              rules={[required, decimalRule(t('settlement.decimal.max', { max: 100 }), { fraction: 2, max: 100 })]}
            >
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
        </Row>
        {policy?.version !== undefined && policy.version !== null && (
          <Typography.Paragraph type="secondary">{t('settlement.policies.versionHint', { version: policy.version })}</Typography.Paragraph>
        )}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('settlement.save')}
        </Button>
      </Form>
    </Modal>
  );
}
