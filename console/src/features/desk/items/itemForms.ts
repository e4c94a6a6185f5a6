import { lazy } from 'react';
import type { ItemFormEntry } from '../types';

const enrolment = lazy(() => import('./enrollment/EnrolmentForm'));
const query = lazy(() => import('./enrollment/QueryForm'));
const filing = lazy(() => import('./settlement/FilingForm'));

/**
 * The forms the console has for catalogue items, by item code. Which items a point is offered comes from site-registry's
 * authorisation query for the point, never from this list; an authorised item without a form here is shown as not handled
 * in the console.
 */
export const ITEM_FORMS: Record<string, ItemFormEntry> = {
  'ENR-01': { component: enrolment, needsPerson: false },
  'ENR-02': { component: enrolment, needsPerson: false },
  'ENR-03': { component: lazy(() => import('./enrollment/NewbornForm')), needsPerson: false },
  'CHG-01': { component: lazy(() => import('./enrollment/InformationChangeForm')), needsPerson: true },
  'CHG-02': { component: lazy(() => import('./enrollment/StatusChangeForm')), needsPerson: true },
  'PAY-01': { component: lazy(() => import('./enrollment/ContributionForm')), needsPerson: true },
  'QRY-01': { component: query, needsPerson: true },
  'QRY-02': { component: query, needsPerson: true },
  'QRY-03': { component: query, needsPerson: true },
  'TRF-01': { component: lazy(() => import('./enrollment/TransferOutForm')), needsPerson: true },
  'CHR-01': { component: lazy(() => import('./enrollment/QualificationForm')), needsPerson: true },
  'FIL-01': { component: filing, needsPerson: true },
  'FIL-02': { component: filing, needsPerson: true },
  'RMB-01': { component: lazy(() => import('./settlement/ReimbursementForm')), needsPerson: true },
};
