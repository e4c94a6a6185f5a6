import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Col, Result, Row, Space, Typography } from 'antd';
import { useCaller } from '../../auth/CallerProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { ItemFormDrawer } from './items/ItemFormDrawer';
import { ItemPicker } from './items/ItemPicker';
import { ITEM_FORMS } from './items/itemForms';
import { usePointItems } from './items/usePointItems';
import { personKey, toPersonRef, usePerson } from './person/personApi';
import { PersonPanel } from './person/PersonPanel';
import { PersonSearch } from './person/PersonSearch';
import { useServedPerson } from './person/useServedPerson';
import { CurrentTicket } from './queue/CurrentTicket';
import { QueuePanel, useQueueFailure } from './queue/QueuePanel';
import { useQueue } from './queue/useQueue';
import type { AuthorisedItem, Receipt } from './types';

const ENROLMENT_ITEMS = ['ENR-01', 'ENR-02'];

/**
 * 窗口工作台: the queue, the citizen being served (found by ID number), and the items this point may handle. An item opens
 * its form only for a called ticket; a recorded handling goes to its receipt.
 */
export default function DeskPage() {
  const caller = useCaller();
  const { t } = useI18n();
  if (!caller.servicePointId) {
    return <Result status="warning" title={t('desk.noPoint')} subTitle={t('desk.noPoint.detail')} />;
  }
  return (
    <AntApp component={false}>
      <Desk servicePointId={caller.servicePointId} />
    </AntApp>
  );
}

function Desk({ servicePointId }: { servicePointId: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const queue = useQueue(servicePointId);
  const failed = useQueueFailure();
  const { items, servicePointName } = usePointItems(servicePointId);
  const served = useServedPerson(queue.current);
  const [open, setOpen] = useState<{ item: AuthorisedItem; prefillIdNumber?: string }>();
  const ticket = queue.current?.calledAt ? queue.current : undefined;
  const enrolItems = items.filter((item) => ENROLMENT_ITEMS.includes(item.code) && ITEM_FORMS[item.code]);
  const person = usePerson(served.personId, served.initial);
  const personRef = served.personId && person.data ? toPersonRef(person.data) : undefined;

  const onDone = (receipt: Receipt) => {
    const handlingId = receipt.handling.handlingId;
    setOpen(undefined);
    if (!served.personId && receipt.person) served.select({ personId: receipt.person.personId });
    for (const id of [served.personId, receipt.person?.personId]) {
      if (id) void queryClient.invalidateQueries({ queryKey: personKey(id) });
    }
    const done = () => void navigate(`/desk/receipts/${encodeURIComponent(handlingId)}`);
    if (ticket) {
      queue.recordHandling.mutate({ number: ticket.number, handlingId }, { onError: failed, onSettled: done });
    } else {
      done();
    }
  };

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('desk.title')} · {servicePointName}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={7}>
          <QueuePanel queue={queue} />
        </Col>
        <Col xs={24} xl={17}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <CurrentTicket queue={queue} onClosed={served.clear} />
            {served.personId ? (
              <PersonPanel personId={served.personId} initial={served.initial} onClear={served.clear} />
            ) : (
              <PersonSearch
                onFound={served.select}
                enrolItems={enrolItems}
                canStart={Boolean(ticket)}
                onEnrol={(item, idNumber) => setOpen({ item, prefillIdNumber: idNumber })}
              />
            )}
            <ItemPicker servicePointId={servicePointId} hasTicket={Boolean(ticket)} hasPerson={Boolean(served.personId)} onOpen={(item) => setOpen({ item })} />
          </Space>
        </Col>
      </Row>
      {ticket && (
        <ItemFormDrawer
          item={open?.item}
          prefillIdNumber={open?.prefillIdNumber}
          servicePointId={servicePointId}
          servicePointName={servicePointName}
          person={personRef}
          ticket={ticket}
          onDone={onDone}
          onClose={() => setOpen(undefined)}
        />
      )}
    </>
  );
}
