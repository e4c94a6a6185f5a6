/** The platform's realm roles a console user can have (ARCHITECTURE §7). */
export const ROLES = ['counter-clerk', 'agency-admin', 'site-evaluator', 'auditor', 'bank-operator', 'hospital-operator'] as const;
export type Role = (typeof ROLES)[number];

/** Who is signed in, read from the access token the gateway and the services check. */
export interface Caller {
  username: string;
  displayName: string;
  roles: Role[];
  /** The clerk's service point (`service_point_id` claim); absent for agency-wide roles. */
  servicePointId?: string;
}

function decodePayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) return {};
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

/** Keycloak's `name` is "given family"; a Chinese name is written family name first, with no space (徐春兰). */
function chineseOrder(claims: Record<string, unknown>): string | undefined {
  const given = typeof claims.given_name === 'string' ? claims.given_name.trim() : '';
  const family = typeof claims.family_name === 'string' ? claims.family_name.trim() : '';
  const han = /^[\u3400-\u9fff·]+$/;
  return given && family && han.test(given) && han.test(family) ? `${family}${given}` : undefined;
}

export function callerFromToken(accessToken: string): Caller {
  const claims = decodePayload(accessToken);
  const realmAccess = claims.realm_access as { roles?: unknown } | undefined;
  const granted = Array.isArray(realmAccess?.roles) ? (realmAccess.roles as unknown[]) : [];
  const roles = ROLES.filter((role) => granted.includes(role));
  const username = typeof claims.preferred_username === 'string' ? claims.preferred_username : String(claims.sub ?? '');
  const name = chineseOrder(claims) ?? (typeof claims.name === 'string' && claims.name.trim() ? claims.name : username);
  const point = typeof claims.service_point_id === 'string' && claims.service_point_id ? claims.service_point_id : undefined;
  return { username, displayName: name, roles, ...(point ? { servicePointId: point } : {}) };
}

/** The role whose pages the user sees first, in the order a user with several roles most likely works in. */
export function primaryRole(caller: Caller): Role | undefined {
  const order: Role[] = ['counter-clerk', 'agency-admin', 'site-evaluator', 'auditor'];
  return order.find((role) => caller.roles.includes(role));
}

export function hasAnyRole(caller: Caller, roles: readonly Role[]): boolean {
  return roles.some((role) => caller.roles.includes(role));
}
