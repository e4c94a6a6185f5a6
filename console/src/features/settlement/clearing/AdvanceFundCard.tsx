import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Form, Input, Space } from 'antd';
import { useApi } from '../../../api/ApiProvider';
import { newIdempotencyKey } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { applyFieldErrors } from '../../../components/formErrors';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatYuan } from '../../desk/items/settlement/money';
import { decimalRule } from '../decimal';
import { advanceFundPath, type AdvanceFund } from '../model';
import { RegionSearch } from '../RegionSearch';

/**
 * 预付金 of an insured region: balance, what clearing drew, the recommended size from its payments and the warning when the
 * balance falls below the warning level; agency-admin tops it up. A top-up is sent under one Idempotency-Key (required by the
 * API), kept for a retry after an outage so it is applied once, and renewed after an answer (done or refused).
 */
export function AdvanceFundCard({ canWrite }: { canWrite: boolean }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { t } = useI18n();
  const [form] = Form.useForm<{ amount: string }>();
  const [region, setRegion] = useState('330106');
  const [key, setKey] = useState(newIdempotencyKey);
  const path = advanceFundPath(region);
  const fund = useQuery({
    queryKey: ['settlement', 'advance-fund', region],
    queryFn: ({ signal }) => api.get<AdvanceFund>(path, { signal }),
  });
  const topUp = useMutation({
    mutationFn: (amount: string) => api.post<AdvanceFund>(`${path}/top-ups`, { amount: Number(amount.trim()) }, { idempotencyKey: key }),
    onSuccess: (next, amount) => {
      queryClient.setQueryData(['settlement', 'advance-fund', region], next);
      setKey(newIdempotencyKey());
      form.resetFields();
      void message.success(t('settlement.fund.toppedUpMessage', { amount: formatYuan(amount) }));
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.typeName !== 'idempotency-key-in-flight') setKey(newIdempotencyKey());
      applyFieldErrors(form, error, ['amount']);
    },
  });
  const f = fund.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <RegionSearch label={t('settlement.fund.region')} value={region} onSearch={setRegion} />
      {fund.error && <ProblemAlert error={fund.error} path={path} />}
      {f && (
        <>
          {f.warning ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              data-testid="fund-warning"
              title={t('settlement.fund.warning', { balance: formatYuan(f.balance), level: formatYuan(f.warningLevel), recommended: formatYuan(f.recommended) })}
            />
          ) : (
            <Alert type="success" showIcon title={t('settlement.fund.ok')} />
          )}
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'balance', label: t('settlement.fund.balance'), children: <strong>{formatYuan(f.balance)}</strong> },
              { key: 'toppedUp', label: t('settlement.fund.toppedUp'), children: formatYuan(f.toppedUp) },
              { key: 'drawn', label: t('settlement.fund.drawn'), children: formatYuan(f.drawn) },
              { key: 'average', label: t('settlement.fund.average'), children: formatYuan(f.averageMonthlyPayments) },
              { key: 'recommended', label: t('settlement.fund.recommended'), children: formatYuan(f.recommended) },
              { key: 'warningLevel', label: t('settlement.fund.warningLevel'), children: formatYuan(f.warningLevel) },
            ]}
          />
        </>
      )}
      {canWrite && f && (
        <>
          {topUp.error && <ProblemAlert error={topUp.error} path={`${path}/top-ups`} />}
          <Form form={form} name="topUp" layout="inline" disabled={topUp.isPending} onFinish={(values) => topUp.mutate(values.amount)}>
            <Form.Item
              name="amount"
              label={t('settlement.fund.amount')}
              rules={[
                { required: true, whitespace: true, message: t('settlement.fund.amount.invalid') },
                decimalRule(t('settlement.fund.amount.invalid'), { fraction: 2, exclusiveMin: true }),
              ]}
            >
              <Input inputMode="decimal" style={{ width: 180 }} />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={topUp.isPending}>
                {t('settlement.fund.topUp')}
              </Button>
            </Form.Item>
          </Form>
        </>
      )}
    </Space>
  );
}
