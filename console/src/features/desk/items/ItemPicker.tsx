import { Alert, Button, Card, Empty, Flex, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import type { AuthorisedItem } from '../types';
import { ITEM_FORMS } from './itemForms';
import { pointItemsPath, usePointItems } from './usePointItems';

export interface ItemPickerProps {
  servicePointId: string;
  /** A ticket is called: without one no item can be started. */
  hasTicket: boolean;
  /** A person is found: items on an existing person need one. */
  hasPerson: boolean;
  onOpen: (item: AuthorisedItem) => void;
}

/** Why an item cannot be opened now, as a catalogue key; undefined when it can. */
export function blockedReason(item: AuthorisedItem, hasTicket: boolean, hasPerson: boolean) {
  const form = ITEM_FORMS[item.code];
  if (!form) return 'desk.items.notInConsole' as const;
  if (!hasTicket) return 'desk.items.needsTicket' as const;
  if (form.needsPerson && !hasPerson) return 'desk.items.needsPerson' as const;
  return undefined;
}

/**
 * 可办事项: what site-registry says this point may handle, grouped by category and main item. An item opens its form when the
 * console has one, a ticket is called and (for items on a person) a person is found; an authorised item the console has no
 * form for is listed, disabled, as not handled here.
 */
export function ItemPicker({ servicePointId, hasTicket, hasPerson, onOpen }: ItemPickerProps) {
  const { t, tx } = useI18n();
  const { point, naming, groups } = usePointItems(servicePointId);

  if (point.isPending || naming) return <Card title={t('desk.items.title')}><Spin /></Card>;
  if (point.error) {
    return (
      <Card title={t('desk.items.title')}>
        <ProblemAlert error={point.error} path={pointItemsPath(servicePointId)} />
      </Card>
    );
  }
  const { status, reason, catalogueVersion } = point.data;
  return (
    <Card
      title={t('desk.items.title')}
      extra={<Typography.Text type="secondary">{t('desk.items.catalogueVersion', { version: catalogueVersion })}</Typography.Text>}
    >
      {status !== 'ACTIVE' && (
        <Alert
          type="warning"
          showIcon
          title={t('desk.items.pointInactive', { status: tx(`desk.enum.pointStatus.${status}`, status) })}
          description={reason ?? undefined}
          style={{ marginBottom: 12 }}
        />
      )}
      {groups.length === 0 ? (
        <Empty description={t('desk.items.none')} />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {groups.map((category) => (
            <section key={category.code || 'other'} aria-label={category.name || t('desk.items.otherCategory')}>
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {category.name || t('desk.items.otherCategory')}
              </Typography.Title>
              {category.mainItems.map((main) => (
                <div key={main.code} style={{ marginBottom: 8 }}>
                  <Typography.Text type="secondary">{main.name}</Typography.Text>
                  <Flex wrap gap="small" style={{ marginTop: 4 }}>
                    {main.items.map((item) => (
                      <ItemButton key={item.code} item={item} blocked={blockedReason(item, hasTicket, hasPerson)} onOpen={onOpen} />
                    ))}
                  </Flex>
                </div>
              ))}
            </section>
          ))}
        </Space>
      )}
    </Card>
  );
}

function ItemButton({
  item,
  blocked,
  onOpen,
}: {
  item: AuthorisedItem;
  blocked: ReturnType<typeof blockedReason>;
  onOpen: (item: AuthorisedItem) => void;
}) {
  const { t } = useI18n();
  const button = (
    <Button
      data-testid={`item-${item.code}`}
      disabled={Boolean(blocked)}
      onClick={() => onOpen(item)}
      style={blocked ? { pointerEvents: 'none' } : undefined}
    >
      <span>{item.name}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {item.code}
      </Typography.Text>
      {item.instant && <Tag color="green" style={{ marginInlineEnd: 0 }}>{t('desk.items.instant')}</Tag>}
      {blocked === 'desk.items.notInConsole' && <Tag style={{ marginInlineEnd: 0 }}>{t('desk.items.notInConsole.short')}</Tag>}
    </Button>
  );
  const title = blocked ? t(blocked) : item.instant ? t('desk.items.instant.tip') : t('desk.items.timeLimit', { days: item.timeLimitDays ?? 0 });
  return (
    <Tooltip title={title}>
      {/* A disabled button gets no pointer events: the wrapper shows why it is disabled (and can be focused to tell it). */}
      {blocked ? (
        <span tabIndex={0} style={{ display: 'inline-block', cursor: 'not-allowed' }} aria-label={`${item.name}：${title}`}>
          {button}
        </span>
      ) : (
        button
      )}
    </Tooltip>
  );
}
