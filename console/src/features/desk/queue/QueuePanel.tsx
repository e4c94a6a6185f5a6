import { App, Button, Card, Empty, List, Space, Statistic, Tag, Typography } from 'antd';
import { NotificationOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatTime } from '../../../lib/time';
import type { QueueTicket } from '../types';
import { TicketError } from './ticketStore';
import type { Queue } from './useQueue';
import { minutesSince, useNow } from './useNow';

/** The 15-minute waiting standard of a grassroots point (DOMAIN §3.2): a longer wait is shown in red. */
const WAIT_LIMIT_MINUTES = 15;

/** 取号/叫号: take a ticket for an arriving citizen, see who waits and for how long, call the next one. */
export function QueuePanel({ queue }: { queue: Queue }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const now = useNow();
  const failed = useQueueFailure();
  const longest = queue.waiting.reduce((max, ticket) => Math.max(max, minutesSince(ticket.queuedAt, now)), 0);

  const take = () =>
    queue.take.mutate(undefined, {
      onSuccess: (ticket) => void message.success(t('desk.queue.taken', { number: ticket.number })),
      onError: failed,
    });
  const callNext = () =>
    queue.callNext.mutate(undefined, {
      onSuccess: (ticket) => void (ticket ? message.info(t('desk.queue.calledNumber', { number: ticket.number })) : message.info(t('desk.queue.nobodyWaiting'))),
      onError: failed,
    });

  return (
    <Card
      title={t('desk.queue.title')}
      extra={
        <Space>
          <Button icon={<PlusOutlined />} onClick={take} loading={queue.take.isPending}>
            {t('desk.queue.take')}
          </Button>
          <Button
            type="primary"
            icon={<NotificationOutlined />}
            onClick={callNext}
            loading={queue.callNext.isPending}
            disabled={Boolean(queue.current) || queue.waiting.length === 0}
          >
            {t('desk.queue.callNext')}
          </Button>
        </Space>
      }
    >
      <Space size="large" style={{ marginBottom: 12 }}>
        <Statistic title={t('desk.queue.waitingCount')} value={queue.waiting.length} />
        <Statistic
          title={t('desk.queue.longestWait')}
          value={longest}
          suffix={t('desk.queue.minutes')}
          styles={{ content: { color: longest > WAIT_LIMIT_MINUTES ? '#cf1322' : undefined } }}
        />
      </Space>
      {queue.current && (
        <Typography.Paragraph type="secondary">{t('desk.queue.callBlocked', { number: queue.current.number })}</Typography.Paragraph>
      )}
      <List<QueueTicket>
        size="small"
        aria-label={t('desk.queue.waitingList')}
        dataSource={queue.waiting}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('desk.queue.empty')} /> }}
        renderItem={(ticket) => {
          const waited = minutesSince(ticket.queuedAt, now);
          return (
            <List.Item data-testid={`waiting-${ticket.number}`}>
              <Typography.Text strong>{ticket.number}</Typography.Text>
              <Typography.Text type="secondary">{t('desk.queue.queuedAt', { time: formatTime(ticket.queuedAt) })}</Typography.Text>
              <Tag color={waited > WAIT_LIMIT_MINUTES ? 'red' : 'default'}>{t('desk.queue.waited', { minutes: waited })}</Tag>
            </List.Item>
          );
        }}
      />
      {queue.closed.length > 0 && <ClosedTickets tickets={queue.closed} />}
    </Card>
  );
}

function ClosedTickets({ tickets }: { tickets: QueueTicket[] }) {
  const { t } = useI18n();
  return (
    <div style={{ marginTop: 12 }}>
      <Typography.Text type="secondary">{t('desk.queue.closedToday')}</Typography.Text>
      <div style={{ marginTop: 4 }}>
        {tickets.map((ticket) => (
          <Tag key={ticket.number} color={ticket.status === 'DONE' ? 'green' : 'default'} style={{ marginBottom: 4 }}>
            {ticket.number} {t(ticket.status === 'DONE' ? 'desk.queue.status.DONE' : 'desk.queue.status.ABANDONED')}
            {ticket.handlingIds.length > 0 ? ` · ${t('desk.queue.handlingCount', { count: ticket.handlingIds.length })}` : ''}
          </Tag>
        ))}
      </div>
    </div>
  );
}

/** Shows a refused queue operation in the clerk's language. */
export function useQueueFailure() {
  const { t, tx } = useI18n();
  const { message } = App.useApp();
  return (error: unknown) => {
    const text = error instanceof TicketError ? tx(`desk.queue.error.${error.code}`, error.message) : t('desk.queue.error.storage');
    void message.error(text);
  };
}
