import { Button, Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { CheckOutlined, StopOutlined } from '@ant-design/icons';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatTime, minutesBetween } from '../../../lib/time';
import type { QueueTicket } from '../types';
import type { Queue } from './useQueue';
import { useQueueFailure } from './QueuePanel';
import { minutesSince, useNow } from './useNow';

/** 当前办理 — the called ticket: the citizen being served, with their waiting time, and 办结 / 过号. */
export function CurrentTicket({ queue, onClosed }: { queue: Queue; onClosed?: () => void }) {
  const { t } = useI18n();
  const ticket = queue.current;
  if (!ticket) {
    return (
      <Card title={t('desk.current.title')}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('desk.current.none')} />
      </Card>
    );
  }
  return <Serving queue={queue} ticket={ticket} onClosed={onClosed} />;
}

function Serving({ queue, ticket, onClosed }: { queue: Queue; ticket: QueueTicket; onClosed?: () => void }) {
  const { t } = useI18n();
  const now = useNow();
  const failed = useQueueFailure();
  const handled = ticket.handlingIds.length;
  return (
    <Card
      title={
        <Space>
          {t('desk.current.title')}
          <Tag color="blue" data-testid="current-ticket" style={{ fontSize: 16, padding: '2px 10px' }}>
            {ticket.number}
          </Tag>
        </Space>
      }
      extra={
        <Space>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            loading={queue.finish.isPending}
            onClick={() => queue.finish.mutate(ticket.number, { onSuccess: onClosed, onError: failed })}
          >
            {t('desk.current.finish')}
          </Button>
          <Button
            danger
            icon={<StopOutlined />}
            disabled={handled > 0}
            title={handled > 0 ? t('desk.current.abandonBlocked') : undefined}
            loading={queue.abandon.isPending}
            onClick={() => queue.abandon.mutate(ticket.number, { onSuccess: onClosed, onError: failed })}
          >
            {t('desk.current.abandon')}
          </Button>
        </Space>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={[
          { key: 'queued', label: t('desk.current.queuedAt'), children: formatTime(ticket.queuedAt) },
          { key: 'called', label: t('desk.current.calledAt'), children: formatTime(ticket.calledAt) },
          {
            key: 'waited',
            label: t('desk.current.waited'),
            children: t('desk.queue.waited', { minutes: Math.round(minutesBetween(ticket.queuedAt, ticket.calledAt) ?? 0) }),
          },
          {
            key: 'serving',
            label: t('desk.current.serving'),
            children: ticket.calledAt ? t('desk.queue.waited', { minutes: minutesSince(ticket.calledAt, now) }) : '—',
          },
        ]}
      />
      <Typography.Text type="secondary">
        {handled > 0 ? t('desk.current.handled', { count: handled }) : t('desk.current.nothingYet')}
      </Typography.Text>
    </Card>
  );
}
