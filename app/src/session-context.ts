import { createContext, useContext, useMemo } from 'react';
import { signedFetchOf } from './apollo.ts';
import type { SessionStore } from './session.ts';

/** The signed-in session, for what talks to the router outside GraphQL (report downloads). */
export const SessionContext = createContext<SessionStore | null>(null);

/** fetch with the session's access token, refreshed as Apollo's requests are. */
export function useSignedFetch(): typeof fetch {
  const store = useContext(SessionContext);
  if (!store) throw new Error('useSignedFetch needs a SessionContext');
  return useMemo(() => signedFetchOf(store), [store]);
}
