import type { ComponentType, LazyExoticComponent } from 'react';

/** 办件 — a recorded handling as enrollment-service and settlement-service return it. */
export interface Handling {
  handlingId: string;
  itemCode: string;
  itemName?: string | null;
  instant?: boolean;
  servicePointId: string;
  servicePointName?: string | null;
  operator: string;
  channel: string;
  queuedAt?: string | null;
  startedAt?: string | null;
  completedAt?: string | null;
  completedOn?: string | null;
  personId?: string | null;
  outcome?: string;
  /** Present only in the answer of the business call itself: the citizen's 好差评 token. */
  reviewToken?: string | null;
}

/** 排队号 — a queue ticket taken at this counter; its times are what the KPIs measure waiting and handling by. */
export interface QueueTicket {
  number: string;
  servicePointId: string;
  /** 取号 time (ISO instant). */
  queuedAt: string;
  /** 叫号 time, once called. */
  calledAt?: string;
  status: 'WAITING' | 'CALLED' | 'DONE' | 'ABANDONED';
  handlingIds: string[];
}

/** An item the point may handle, from site-registry's authorisation query for the point. */
export interface AuthorisedItem {
  code: string;
  name: string;
  category?: string;
  instant?: boolean;
  timeLimitDays?: number | null;
  [more: string]: unknown;
}

/** A person as the desk shows them once found (the ID number only masked). */
export interface PersonRef {
  personId: string;
  name: string;
  maskedIdNumber: string;
}

/** 办件回执 — what the citizen takes home: the handling, a summary of what was done, and the review link. */
export interface Receipt {
  handling: Handling;
  servicePointName: string;
  itemName: string;
  person?: PersonRef;
  /** Label → value lines describing what was recorded (amounts, dates, decisions). */
  lines: { label: string; value: string }[];
  /** For certificate-type items: a printable document body shown below the receipt. */
  document?: { title: string; lines: { label: string; value: string }[] };
}

/** What every item form gets from the desk. */
export interface ItemFormProps {
  item: AuthorisedItem;
  servicePointId: string;
  servicePointName: string;
  /** The person being served, for items on an existing person. */
  person?: PersonRef;
  /** The called ticket: its queuedAt/calledAt are sent as the handling's queuedAt/startedAt. */
  ticket: QueueTicket;
  /** Called once the handling is recorded, with the receipt to print. */
  onDone: (receipt: Receipt) => void;
  onCancel: () => void;
}

export interface ItemFormEntry {
  component: LazyExoticComponent<ComponentType<ItemFormProps>>;
  /** Whether a person must be found first (false for enrolments of new persons). */
  needsPerson: boolean;
}
