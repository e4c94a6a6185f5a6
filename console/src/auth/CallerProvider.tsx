import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useAuth } from 'react-oidc-context';
import { callerFromToken, type Caller } from './caller';

const CallerContext = createContext<Caller | null>(null);

/** Provides the signed-in caller to the pages under it; renders nothing until the user is signed in. */
export function CallerProvider({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const token = auth.user?.access_token;
  const caller = useMemo(() => (token ? callerFromToken(token) : null), [token]);
  if (!caller) return null;
  return <CallerContext.Provider value={caller}>{children}</CallerContext.Provider>;
}

/** For tests and stories: a fixed caller. */
export function FixedCaller({ caller, children }: { caller: Caller; children: ReactNode }) {
  return <CallerContext.Provider value={caller}>{children}</CallerContext.Provider>;
}

export function useCaller(): Caller {
  const caller = useContext(CallerContext);
  if (!caller) throw new Error('useCaller outside a signed-in page');
  return caller;
}
