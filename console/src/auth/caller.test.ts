import { callerFromToken, primaryRole } from './caller';

function token(claims: Record<string, unknown>): string {
  const encode = (value: unknown) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  return `${encode({ alg: 'RS256' })}.${encode(claims)}.sig`;
}

describe('callerFromToken', () => {
  it('shouldReadRolesServicePointAndNameWhenAClerkSignsIn', () => {
    const caller = callerFromToken(
      token({ preferred_username: 'clerk-village', name: '王小明', service_point_id: 'sp-fenkou-village', realm_access: { roles: ['counter-clerk', 'offline_access'] } }),
    );
    expect(caller).toEqual({ username: 'clerk-village', displayName: '王小明', roles: ['counter-clerk'], servicePointId: 'sp-fenkou-village' });
    expect(primaryRole(caller)).toBe('counter-clerk');
  });

  it('shouldWriteAChineseNameFamilyNameFirstWhenTheTokenSplitsIt', () => {
    expect(callerFromToken(token({ preferred_username: 'c', name: '春兰 徐', given_name: '春兰', family_name: '徐' })).displayName).toBe('徐春兰');
    expect(callerFromToken(token({ preferred_username: 'c', name: 'Ann Lee', given_name: 'Ann', family_name: 'Lee' })).displayName).toBe('Ann Lee');
  });

  it('shouldHaveNoRoleAndNoPointWhenTheTokenCarriesNone', () => {
    const caller = callerFromToken(token({ preferred_username: 'someone' }));
    expect(caller.roles).toEqual([]);
    expect(caller.servicePointId).toBeUndefined();
    expect(primaryRole(caller)).toBeUndefined();
  });
});
