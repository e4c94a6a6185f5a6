import { useState } from 'react';
import { Card, DatePicker, Form, Space, Typography } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import { agencyToday, dayjs } from '../../../lib/time';
import { useCanWrite } from '../access';
import { ReadOnlyNote } from '../ReadOnlyNote';
import { AdvanceFundCard } from './AdvanceFundCard';
import { ReconciliationPanel } from './ReconciliationPanel';
import { RunCard } from './RunCard';
import { StatementsTable } from './StatementsTable';
import { TotalsTable } from './TotalsTable';

/** The month clearing can run for first: the last closed one (agency time zone). */
export function lastClosedMonth(today: string = agencyToday()): string {
  return dayjs(today).subtract(1, 'month').format('YYYY-MM');
}

/** 清算与预付金 — a month's totals, run, statements and reconciliation, and the insured regions' advance funds. */
export default function ClearingPage() {
  const { t } = useI18n();
  const canWrite = useCanWrite();
  const [period, setPeriod] = useState(lastClosedMonth);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('settlement.clearing.title')}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('settlement.clearing.intro')}</Typography.Text>
          <ReadOnlyNote />
          <Form layout="inline">
            <Form.Item label={t('settlement.clearing.period')}>
              <DatePicker
                picker="month"
                allowClear={false}
                value={dayjs(`${period}-01`)}
                onChange={(value) => value && setPeriod(value.format('YYYY-MM'))}
                disabledDate={(d) => d.isAfter(dayjs(agencyToday()), 'month')}
              />
            </Form.Item>
          </Form>
        </Space>
      </Card>
      <Card size="small" title={t('settlement.clearing.totals')}>
        <TotalsTable period={period} />
      </Card>
      <Card size="small" title={t('settlement.clearing.run')}>
        <RunCard period={period} canWrite={canWrite} />
      </Card>
      <Card size="small" title={t('settlement.clearing.statements')}>
        <StatementsTable period={period} canWrite={canWrite} />
      </Card>
      <Card size="small" title={t('settlement.clearing.reconciliation')}>
        <ReconciliationPanel period={period} />
      </Card>
      <Card size="small" title={t('settlement.fund.title')}>
        <AdvanceFundCard canWrite={canWrite} />
      </Card>
    </Space>
  );
}
