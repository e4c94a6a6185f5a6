import { Suspense } from 'react';
import { Drawer, Spin } from 'antd';
import type { AuthorisedItem, ItemFormProps } from '../types';
import { EnrolmentPrefillContext } from './enrollment/enrolmentPrefill';
import { ITEM_FORMS } from './itemForms';

export interface ItemFormDrawerProps extends Omit<ItemFormProps, 'item' | 'onCancel'> {
  item: AuthorisedItem | undefined;
  /** The ID number searched and found not enrolled, for an enrolment opened from that offer. */
  prefillIdNumber?: string;
  onClose: () => void;
}

/** The open item's form, in a drawer beside the desk; closing it discards the form (a new one gets a new idempotency key). */
export function ItemFormDrawer({ item, prefillIdNumber, onClose, ...props }: ItemFormDrawerProps) {
  const entry = item ? ITEM_FORMS[item.code] : undefined;
  const Form = entry?.component;
  return (
    <Drawer open={Boolean(item && Form)} onClose={onClose} title={item ? `${item.name}（${item.code}）` : undefined} size={640} destroyOnHidden>
      {item && Form && (
        <EnrolmentPrefillContext.Provider value={prefillIdNumber}>
          <Suspense fallback={<Spin />}>
            <Form key={item.code} item={item} onCancel={onClose} {...props} />
          </Suspense>
        </EnrolmentPrefillContext.Provider>
      )}
    </Drawer>
  );
}
