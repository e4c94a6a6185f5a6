import type { Role } from '../auth/caller';
import type { MessageKey } from '../i18n/catalogue';

/** A page of the signed-in console: where it is, who may use it, and its label in the menu. */
export interface NavItem {
  path: string;
  label: MessageKey;
  roles: readonly Role[];
  /** Shown in the menu (detail pages reached from another page are not). */
  menu: boolean;
}

/** Every signed-in page; the router and the menu are both built from this list, so a page a role may not use is never offered. */
export const NAV: readonly NavItem[] = [
  { path: 'desk', label: 'nav.desk', roles: ['counter-clerk'], menu: true },
  { path: 'desk/handlings', label: 'nav.handlings', roles: ['counter-clerk'], menu: true },
  { path: 'desk/kpis', label: 'nav.kpis', roles: ['counter-clerk'], menu: true },
  { path: 'desk/rectifications', label: 'nav.rectifications', roles: ['counter-clerk'], menu: true },
  { path: 'desk/receipts/:handlingId', label: 'nav.receipt', roles: ['counter-clerk'], menu: false },
  { path: 'reviews', label: 'nav.reviews', roles: ['agency-admin'], menu: true },
  { path: 'kpis', label: 'kpi.nav.admin', roles: ['agency-admin'], menu: true },
  { path: 'evaluations', label: 'nav.evaluations', roles: ['site-evaluator'], menu: true },
  { path: 'evaluations/:id', label: 'sites.nav.workbench', roles: ['site-evaluator'], menu: false },
  { path: 'audit-flags', label: 'nav.auditFlags', roles: ['auditor', 'agency-admin'], menu: true },
  { path: 'sites/batches', label: 'sites.nav.batches', roles: ['agency-admin'], menu: true },
  { path: 'sites/declarations', label: 'sites.nav.declarations', roles: ['agency-admin'], menu: true },
  { path: 'sites/evaluations', label: 'sites.nav.evaluations', roles: ['agency-admin'], menu: true },
  { path: 'sites/evaluations/:id', label: 'sites.nav.evaluation', roles: ['agency-admin'], menu: false },
  { path: 'sites/rankings', label: 'sites.nav.rankings', roles: ['agency-admin'], menu: true },
  { path: 'network/areas', label: 'network.nav.areas', roles: ['agency-admin'], menu: true },
  { path: 'network/points', label: 'network.nav.points', roles: ['agency-admin'], menu: true },
  { path: 'network/coverage', label: 'network.nav.coverage', roles: ['agency-admin'], menu: true },
  { path: 'catalogue', label: 'network.nav.catalogue', roles: ['agency-admin'], menu: true },
  { path: 'catalogue/delegation', label: 'network.nav.delegation', roles: ['agency-admin'], menu: true },
  { path: 'settlement/settlements', label: 'settlement.nav.settlements', roles: ['agency-admin', 'auditor'], menu: true },
  { path: 'settlement/filings', label: 'settlement.nav.filings', roles: ['agency-admin', 'auditor'], menu: true },
  { path: 'settlement/clearing', label: 'settlement.nav.clearing', roles: ['agency-admin', 'auditor'], menu: true },
  { path: 'settlement/policies', label: 'settlement.nav.policies', roles: ['agency-admin', 'auditor'], menu: true },
  { path: 'settlement/catalogue', label: 'settlement.nav.catalogue', roles: ['agency-admin', 'auditor'], menu: true },
  { path: 'settlement/institutions', label: 'settlement.nav.institutions', roles: ['agency-admin', 'auditor'], menu: true },
];

/** Where each role lands after signing in. */
export const HOME: Record<'counter-clerk' | 'agency-admin' | 'site-evaluator' | 'auditor', string> = {
  'counter-clerk': '/desk',
  'agency-admin': '/reviews',
  'site-evaluator': '/evaluations',
  auditor: '/audit-flags',
};
