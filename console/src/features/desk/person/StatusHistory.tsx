import { Empty, Timeline } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatDateTime } from '../../../lib/time';
import type { StatusChange } from './personApi';

/** 参保状态变更历史, oldest first, as enrollment returns it. */
export function StatusHistory({ changes }: { changes: StatusChange[] }) {
  const { t, tx } = useI18n();
  if (changes.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('desk.person.history.none')} />;
  return (
    <Timeline
      items={changes.map((change, index) => ({
        key: `${change.changedAt}-${index}`,
        title: change.effectiveDate,
        content: (
          <>
            <div>
              {tx(`desk.enum.status.${change.from}`, change.from)} → {tx(`desk.enum.status.${change.to}`, change.to)}
              {change.destinationRegion ? ` (${t('desk.person.history.destination', { region: change.destinationRegion })})` : ''}
            </div>
            <div>{t('desk.person.history.reason', { reason: change.reason })}</div>
            <div style={{ color: 'rgba(0,0,0,0.45)' }}>
              {t('desk.person.history.recorded', { time: formatDateTime(change.changedAt), by: change.changedBy })}
            </div>
          </>
        ),
      }))}
    />
  );
}
