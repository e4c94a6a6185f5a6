import { Space, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/time';
import { type RectificationStatus, type RectificationView, type ReviewLevel, type ReviewView } from './model';

const LEVEL_COLOURS: Record<ReviewLevel, string> = {
  VERY_SATISFIED: 'green',
  SATISFIED: 'cyan',
  BASICALLY_SATISFIED: 'blue',
  DISSATISFIED: 'orange',
  VERY_DISSATISFIED: 'red',
};

export function LevelTag({ level }: { level: ReviewLevel }) {
  const { tx } = useI18n();
  return <Tag color={LEVEL_COLOURS[level] ?? 'default'}>{tx(`review.level.${level}`, level)}</Tag>;
}

export function ReasonTags({ reasons }: { reasons: readonly string[] | null | undefined }) {
  const { tx } = useI18n();
  if (!reasons || reasons.length === 0) return null;
  return (
    <Space size={[0, 4]} wrap>
      {reasons.map((code) => (
        <Tag key={code} variant="filled">
          {tx(`review.reason.${code}`, code)}
        </Tag>
      ))}
    </Space>
  );
}

/** What the citizen said: level, the reasons they ticked (if the service has them) and the comment. */
export function ReviewSummary({ review }: { review: ReviewView }) {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" size={4}>
      <LevelTag level={review.level} />
      <ReasonTags reasons={review.reasons} />
      {review.comment ? (
        <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 3, expandable: true }}>
          {review.comment}
        </Typography.Paragraph>
      ) : (
        <Typography.Text type="secondary">{t('rectification.noComment')}</Typography.Text>
      )}
    </Space>
  );
}

const STATUS_COLOURS: Record<RectificationStatus, string> = { OPEN: 'gold', ANSWERED: 'blue', CLOSED: 'green' };

export function RectificationStatusTag({ status }: { status: RectificationStatus }) {
  const { tx } = useI18n();
  return <Tag color={STATUS_COLOURS[status] ?? 'default'}>{tx(`rectification.status.${status}`, status)}</Tag>;
}

/** The deadline, with a red 已逾期 tag when the service says it has passed without the rectification being closed. */
export function DueCell({ rectification }: { rectification: RectificationView }) {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" size={2}>
      <Typography.Text type={rectification.overdue ? 'danger' : undefined}>{formatDateTime(rectification.dueAt)}</Typography.Text>
      {rectification.overdue && <Tag color="red">{t('rectification.overdue')}</Tag>}
    </Space>
  );
}

/** The point's answer and the agency's closing note, as far as the loop has gone. */
export function AnswerCell({ rectification }: { rectification: RectificationView }) {
  const { t } = useI18n();
  if (!rectification.answer && !rectification.closingNote && rectification.status !== 'CLOSED') {
    return <Typography.Text type="secondary">{t('rectification.notAnswered')}</Typography.Text>;
  }
  return (
    <Space orientation="vertical" size={4}>
      {rectification.answer && (
        <div>
          <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 3, expandable: true }}>
            {rectification.answer}
          </Typography.Paragraph>
          <Typography.Text type="secondary">
            {t('rectification.answeredBy', { who: rectification.answeredBy ?? '—', at: formatDateTime(rectification.answeredAt) })}
          </Typography.Text>
        </div>
      )}
      {rectification.status === 'CLOSED' && (
        <div>
          {rectification.closingNote && (
            <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, expandable: true }}>
              {rectification.closingNote}
            </Typography.Paragraph>
          )}
          <Typography.Text type="secondary">
            {t('rectification.closedBy', { who: rectification.closedBy ?? '—', at: formatDateTime(rectification.closedAt) })}
          </Typography.Text>
        </div>
      )}
    </Space>
  );
}
