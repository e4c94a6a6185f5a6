import { Descriptions, QRCode } from 'antd';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatDateTime, minutesBetween } from '../../../lib/time';
import type { Receipt } from '../types';
import { reviewLink } from './receiptStore';
import './receipt.css';

function minutes(value: number | null, unit: string): string {
  return value === null ? '—' : `${value} ${unit}`;
}

/** The citizen's 好差评 QR code and link, or why there is none. */
function ReviewBlock({ receipt }: { receipt: Receipt }) {
  const { t } = useI18n();
  const { handlingId, reviewToken } = receipt.handling;
  if (!reviewToken) {
    return (
      <section className="chs-receipt-review" aria-label={t('receipt.review')}>
        <div className="chs-receipt-review-text">{t('receipt.review.noToken')}</div>
      </section>
    );
  }
  const link = reviewLink(handlingId, reviewToken);
  return (
    <section className="chs-receipt-review" aria-label={t('receipt.review')}>
      <QRCode value={link} type="svg" size={128} bordered={false} errorLevel="M" />
      <div className="chs-receipt-review-text">
        <div className="chs-receipt-review-call">{t('receipt.review.call')}</div>
        <div>{t('receipt.review.hint')}</div>
        <div className="chs-receipt-link" data-testid="review-link">
          {link}
        </div>
      </div>
    </section>
  );
}

/** 办件回执 as printed: the handling, what was done, the review QR; a certificate item's document on its own page. */
export function ReceiptView({ receipt }: { receipt: Receipt }) {
  const { t, tx } = useI18n();
  const h = receipt.handling;
  const unit = t('receipt.minutes');
  const person = receipt.person;
  return (
    <>
      <article className="chs-receipt" aria-label={t('receipt.title')}>
        <header className="chs-receipt-head">
          <div className="chs-receipt-agency">{t('app.title')}</div>
          <h1 className="chs-receipt-title">{t('receipt.title')}</h1>
          <div className="chs-receipt-number">
            {t('receipt.number')}：{h.handlingId}
          </div>
        </header>
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: 'item', label: t('receipt.item'), span: 'filled', children: `${receipt.itemName}（${h.itemCode}）` },
            { key: 'point', label: t('receipt.servicePoint'), span: 'filled', children: receipt.servicePointName || h.servicePointName || h.servicePointId },
            { key: 'operator', label: t('receipt.operator'), children: h.operator },
            { key: 'channel', label: t('receipt.channel'), children: tx(`receipt.channel.${h.channel}`, h.channel) },
            ...(person
              ? [
                {
                  key: 'person',
                  label: t('receipt.person'),
                  span: 'filled' as const,
                  children: (
                    <>
                      {person.name}
                      <span style={{ marginInlineStart: 12 }}>{person.maskedIdNumber}</span>
                    </>
                  ),
                },
              ]
              : []),
            { key: 'queued', label: t('receipt.queuedAt'), children: formatDateTime(h.queuedAt) },
            { key: 'started', label: t('receipt.startedAt'), children: formatDateTime(h.startedAt) },
            { key: 'completed', label: t('receipt.completedAt'), span: 'filled', children: formatDateTime(h.completedAt) },
            { key: 'waiting', label: t('receipt.waiting'), children: minutes(minutesBetween(h.queuedAt, h.startedAt), unit) },
            { key: 'handling', label: t('receipt.handling'), children: minutes(minutesBetween(h.startedAt, h.completedAt), unit) },
          ]}
        />
        {receipt.lines.length > 0 && (
          <section className="chs-receipt-section">
            <div className="chs-receipt-section-title">{t('receipt.result')}</div>
            <Descriptions
              size="small"
              bordered
              column={1}
              items={receipt.lines.map((line, index) => ({ key: `${index}`, label: line.label, children: line.value }))}
            />
          </section>
        )}
        <ReviewBlock receipt={receipt} />
        <footer className="chs-receipt-foot">
          <span>{t('receipt.keep')}</span>
          <span>
            {t('receipt.printedAt')}：{formatDateTime(new Date().toISOString())}
          </span>
        </footer>
      </article>
      {receipt.document && (
        <article className="chs-receipt chs-receipt-document" aria-label={receipt.document.title}>
          <header className="chs-receipt-head">
            <div className="chs-receipt-agency">{t('app.title')}</div>
            <h2 className="chs-receipt-title">{receipt.document.title}</h2>
            <div className="chs-receipt-number">
              {t('receipt.number')}：{h.handlingId}
            </div>
          </header>
          <Descriptions
            size="small"
            bordered
            column={1}
            items={receipt.document.lines.map((line, index) => ({ key: `${index}`, label: line.label, children: line.value }))}
          />
          <footer className="chs-receipt-foot">
            <span>{receipt.servicePointName}</span>
            <span>{formatDateTime(h.completedAt)}</span>
          </footer>
        </article>
      )}
    </>
  );
}
