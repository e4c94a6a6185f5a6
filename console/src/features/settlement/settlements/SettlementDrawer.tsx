import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, Empty, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useApi } from '../../../api/ApiProvider';
import { ApiError } from '../../../api/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatDateTime } from '../../../lib/time';
import { FlagList } from '../../audit/FlagList';
import type { AuditFlag } from '../../audit/model';
import { formatYuan } from '../../desk/items/settlement/money';
import { accumulatorPath, settlementPath, type Accumulator, type SettlementResponse } from '../model';
import { AmountsView } from './AmountsView';
import { LinesTable } from './LinesTable';

/** The person's fund payments in the settlement's year: what the cap was measured against, bill by bill. */
function AccumulatorView({ personId, year, current }: { personId: string; year: number; current: string }) {
  const api = useApi();
  const { t } = useI18n();
  const path = accumulatorPath(personId, year);
  const accumulator = useQuery({
    queryKey: ['settlement', 'accumulator', personId, year],
    queryFn: ({ signal }) => api.get<Accumulator>(path, { signal }),
  });
  if (accumulator.error instanceof ApiError && accumulator.error.status === 404) return <Empty description={t('settlement.detail.accumulator.none')} />;
  if (accumulator.error) return <ProblemAlert error={accumulator.error} path={path} />;
  if (!accumulator.data) return <Skeleton active paragraph={{ rows: 2 }} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text strong data-testid="accumulator-total">
        {formatYuan(accumulator.data.fundPaid)}
      </Typography.Text>
      <Table
        size="small"
        rowKey="bill"
        pagination={false}
        dataSource={accumulator.data.bills}
        columns={[
          {
            title: t('settlement.detail.accumulator.bill'),
            key: 'bill',
            render: (_, b) => (b.bill === current ? <Typography.Text strong>{b.bill}</Typography.Text> : b.bill),
          },
          { title: t('settlement.amount.fundPayment'), key: 'fund', width: 140, render: (_, b) => formatYuan(b.fundPayment) },
          { title: t('settlement.settlements.settledAt'), key: 'at', width: 170, render: (_, b) => formatDateTime(b.at) },
        ]}
      />
    </Space>
  );
}

/** A settlement's itemised amounts, lines, basis, audit flags with their evidence, and the person's year-to-date total. */
export function SettlementDrawer({ settlementId, onClose }: { settlementId: string; onClose: () => void }) {
  const api = useApi();
  const { t, tx } = useI18n();
  const navigate = useNavigate();
  const path = settlementPath(settlementId);
  const settlement = useQuery({
    queryKey: ['settlement', 'settlement', settlementId],
    queryFn: ({ signal }) => api.get<SettlementResponse>(path, { signal }),
  });
  const s = settlement.data;
  return (
    <Drawer open size={920} title={t('settlement.detail.title', { id: settlementId })} onClose={onClose} destroyOnHidden>
      {settlement.error && <ProblemAlert error={settlement.error} path={path} />}
      {!s && !settlement.error && <Skeleton active />}
      {s && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          {s.reversedAt && (
            <Alert type="warning" showIcon title={t('settlement.detail.reversed', { at: formatDateTime(s.reversedAt), reason: s.reversalReason ?? '' })} />
          )}
          <Descriptions
            size="small"
            title={t('settlement.detail.visit')}
            column={2}
            items={[
              { key: 'bill', label: t('settlement.settlements.bill'), children: s.billNumber },
              { key: 'mode', label: t('settlement.settlements.mode'), children: tx(`settlement.settlements.mode.${s.mode}`, s.mode) },
              { key: 'status', label: t('settlement.settlements.status'), children: <Tag>{tx(`workbench.audit.status.${s.status}`, s.status)}</Tag> },
              { key: 'settledAt', label: t('settlement.settlements.settledAt'), children: formatDateTime(s.settledAt) },
              { key: 'institution', label: t('settlement.detail.institution'), children: s.institutionId },
              { key: 'level', label: t('settlement.detail.level'), children: s.hospitalLevel ? tx(`settlement.level.${s.hospitalLevel}`, s.hospitalLevel) : '—' },
              { key: 'person', label: t('settlement.settlements.person'), children: `${s.maskedIdNumber}（${s.personId}）` },
              { key: 'regions', label: t('settlement.settlements.regions'), children: `${s.insuredRegion ?? '—'} → ${s.treatmentRegion}` },
              { key: 'stay', label: t('settlement.detail.visitType'), children: `${tx(`settlementItems.visitType.${s.visitType}`, s.visitType)} · ${t('settlement.detail.stay', { from: s.admissionDate, to: s.dischargeDate })}` },
              { key: 'disease', label: t('settlement.detail.disease'), children: s.diseaseCode ?? '—' },
              {
                key: 'basis',
                label: t('settlement.detail.basis'),
                children: `${s.basis ? tx(`settlementItems.basis.${s.basis}`, s.basis) : '—'}${s.emergency ? ` · ${t('settlement.detail.emergency')}` : ''}`,
              },
              {
                key: 'filing',
                label: t('settlement.detail.filing'),
                children: s.filingId ? `${s.filingId}（${tx(`settlementItems.filingType.${s.filingType ?? ''}`, s.filingType ?? '')}）` : '—',
              },
            ]}
          />
          <Button size="small" onClick={() => void navigate(`/settlement/filings?personId=${encodeURIComponent(s.personId)}`)}>
            {t('settlement.detail.filings')}
          </Button>
          {s.amounts && (
            <div>
              <Typography.Title level={5}>{t('settlement.detail.amounts')}</Typography.Title>
              <AmountsView amounts={s.amounts} />
            </div>
          )}
          <div>
            <Typography.Title level={5}>{t('settlement.detail.lines')}</Typography.Title>
            <LinesTable lines={s.lines} />
          </div>
          <div data-testid="settlement-flags">
            <Typography.Title level={5}>{t('settlement.detail.auditFlags')}</Typography.Title>
            {(s.auditFlags ?? []).length > 0 ? (
              <FlagList flags={(s.auditFlags ?? []).map((f): AuditFlag => ({ ...f, evidence: f.evidence ?? {} }))} />
            ) : (
              <Typography.Text type="secondary">{t('settlement.detail.noFlags')}</Typography.Text>
            )}
          </div>
          {s.accumulatorYear !== undefined && (
            <div>
              <Typography.Title level={5}>{t('settlement.detail.accumulator', { year: s.accumulatorYear })}</Typography.Title>
              <AccumulatorView personId={s.personId} year={s.accumulatorYear} current={s.id} />
            </div>
          )}
        </Space>
      )}
    </Drawer>
  );
}
