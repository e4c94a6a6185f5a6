import { useState } from 'react';
import { Alert, Button, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useApi } from '../../api/ApiProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/time';
import { downloadBlob } from '../desk/handlings/csv';
import { scorecardCsvPath, scorecardPdfPath, type ItemScore, type PointLoss, type Scorecard } from './scorecard';

interface LossRow extends PointLoss {
  key: string;
  itemCode: string;
  itemName: string;
}

/** 评分表: the outcome, every item's score and every point lost with its reason (a finalised scorecard or a preview). */
export function ScorecardView({ card, preview = false }: { card: Scorecard; preview?: boolean }) {
  const { t, tx, locale } = useI18n();
  const name = (i: ItemScore) => (locale === 'zh-CN' && i.nameZh ? i.nameZh : i.name);
  const losses: LossRow[] = card.items.flatMap((item) =>
    item.losses.map((loss, n) => ({ ...loss, key: `${item.itemCode}-${n}`, itemCode: item.itemCode, itemName: name(item) })),
  );
  const failed = Object.entries(card.failedPreconditions ?? {});
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {preview && <Alert type="info" showIcon title={t('sites.scorecard.previewNote')} />}
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('sites.scorecard.outcome')}>
          <Tag color={card.outcome === 'SCORED' ? 'green' : 'red'}>{tx(`workbench.eval.outcome.${card.outcome}`, card.outcome)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('sites.scorecard.total')}>
          <Typography.Text strong>{t('sites.scorecard.totalOf', { total: card.total, max: card.maxTotal })}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('workbench.eval.standard')}>{card.standardId}</Descriptions.Item>
        <Descriptions.Item label={t('workbench.eval.kpiPeriod')}>
          {card.kpiFrom && card.kpiTo ? `${card.kpiFrom} ~ ${card.kpiTo}` : '—'}
        </Descriptions.Item>
        {card.confirmedVetoes && card.confirmedVetoes.length > 0 && (
          <Descriptions.Item label={t('sites.scorecard.confirmedVetoes')}>{card.confirmedVetoes.join('、')}</Descriptions.Item>
        )}
        {failed.length > 0 && (
          <Descriptions.Item label={t('sites.scorecard.failedPreconditions')}>
            {failed.map(([code, reason]) => `${code}：${reason}`).join('；')}
          </Descriptions.Item>
        )}
        {card.finalizedAt && (
          <Descriptions.Item label={t('sites.scorecard.finalized')}>
            {card.finalizedBy} · {formatDateTime(card.finalizedAt)}
          </Descriptions.Item>
        )}
      </Descriptions>
      {card.reasons.length > 0 && (
        <Alert type={card.outcome === 'SCORED' ? 'info' : 'warning'} showIcon title={t('sites.scorecard.reasons')} description={
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {card.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        } />
      )}
      {card.missingFindings.length > 0 && (
        <Alert type="warning" showIcon title={t('sites.scorecard.missing', { items: card.missingFindings.join('、') })} />
      )}
      <Typography.Title level={5}>{t('sites.scorecard.losses')}</Typography.Title>
      <Table<LossRow>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={losses}
        locale={{ emptyText: t('sites.scorecard.noLosses') }}
        scroll={{ x: 900 }}
        columns={[
          { title: t('sites.scorecard.item'), key: 'item', render: (_, l) => `${l.itemCode} ${l.itemName}` },
          { title: t('sites.scorecard.rule'), key: 'rule', render: (_, l) => tx(`sites.rule.${l.rule}`, l.rule) },
          { title: t('sites.scorecard.clause'), key: 'clause', render: (_, l) => l.clause ?? '—' },
          { title: t('sites.scorecard.cases'), key: 'cases', render: (_, l) => l.cases ?? '—' },
          {
            title: t('sites.scorecard.points'),
            key: 'points',
            render: (_, l) => (l.points < 0 ? t('sites.scorecard.capBack', { points: -l.points }) : `−${l.points}`),
          },
          { title: t('sites.scorecard.evaluator'), key: 'evaluator', render: (_, l) => l.evaluator ?? '—' },
          { title: t('sites.scorecard.explanation'), key: 'explanation', render: (_, l) => l.explanation ?? '—' },
        ]}
      />
      <Typography.Title level={5}>{t('sites.scorecard.items')}</Typography.Title>
      <Table<ItemScore>
        rowKey="itemCode"
        size="small"
        pagination={false}
        dataSource={card.items}
        scroll={{ x: 800 }}
        columns={[
          { title: t('sites.scorecard.item'), key: 'item', render: (_, i) => `${i.itemCode} ${name(i)}` },
          { title: t('sites.scorecard.rule'), key: 'rule', render: (_, i) => tx(`sites.rule.${i.rule}`, i.rule) },
          { title: t('sites.scorecard.score'), key: 'score', render: (_, i) => `${i.score} / ${i.maxPoints}` },
          {
            title: t('sites.scorecard.byEvaluator'),
            key: 'by',
            render: (_, i) => (i.byEvaluator.length ? i.byEvaluator.map((e) => `${e.evaluator}：${e.score}`).join('；') : '—'),
          },
          { title: t('sites.scorecard.note'), key: 'note', render: (_, i) => i.note ?? '' },
        ]}
      />
    </Space>
  );
}

/** CSV and PDF of a finalised scorecard, saved under the file name the server gives. */
export function ScorecardDownloads({ evaluationId }: { evaluationId: string }) {
  const api = useApi();
  const { t } = useI18n();
  const [error, setError] = useState<{ error: unknown; path: string } | null>(null);
  const [busy, setBusy] = useState<'csv' | 'pdf' | null>(null);
  const save = async (kind: 'csv' | 'pdf') => {
    const path = kind === 'csv' ? scorecardCsvPath(evaluationId) : scorecardPdfPath(evaluationId);
    setBusy(kind);
    setError(null);
    try {
      const { blob, fileName } = await api.download(path);
      downloadBlob(blob, fileName ?? `scorecard-${evaluationId}.${kind}`);
    } catch (e) {
      setError({ error: e, path });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space orientation="vertical">
      <Space>
        <Button icon={<DownloadOutlined />} loading={busy === 'csv'} onClick={() => void save('csv')}>
          {t('sites.scorecard.csv')}
        </Button>
        <Button icon={<DownloadOutlined />} loading={busy === 'pdf'} onClick={() => void save('pdf')}>
          {t('sites.scorecard.pdf')}
        </Button>
      </Space>
      {error && <ProblemAlert error={error.error} path={error.path} />}
    </Space>
  );
}
