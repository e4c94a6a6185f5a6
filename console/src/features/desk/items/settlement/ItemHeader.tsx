import { Descriptions } from 'antd';
import { useI18n } from '../../../../i18n/I18nProvider';
import { formatTime } from '../../../../lib/time';
import type { ItemFormProps } from '../../types';

/** What the form is done for: the item, the called ticket whose times the handling takes, and the person. */
export function ItemHeader({ item, ticket, person }: Pick<ItemFormProps, 'item' | 'ticket' | 'person'>) {
  const { t } = useI18n();
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        { key: 'item', label: t('settlementItems.header.item'), children: `${item.name}（${item.code}）` },
        {
          key: 'ticket',
          label: t('settlementItems.header.ticket'),
          children: t('settlementItems.header.ticketValue', { number: ticket.number, queued: formatTime(ticket.queuedAt), called: formatTime(ticket.calledAt) }),
        },
        ...(person ? [{ key: 'person', label: t('settlementItems.header.person'), children: `${person.name} ${person.maskedIdNumber}` }] : []),
      ]}
    />
  );
}
