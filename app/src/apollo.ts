/**
 * The Apollo client: a normalised cache, HTTP to /graphql with the session's access token, and
 * subscriptions over one graphql-ws socket signed in with the same token in connection_init (the
 * router's live server reads `{ authorization: "Bearer ..." }`, router/src/live/session.ts).
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type TypePolicies } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import type { SessionStore } from './session.ts';
import { LiveConnection, registerLiveConnection } from './live/connection.ts';

/** True when the API refused the token: HTTP 401, or an UNAUTHENTICATED error in the body. */
async function refusedToken(res: Response): Promise<boolean> {
  if (res.status === 401) return true;
  // A file (a report download) is no GraphQL answer: never read it twice.
  if (!/json/.test(res.headers.get('content-type') ?? '')) return false;
  const body = (await res
    .clone()
    .json()
    .catch(() => null)) as { errors?: { extensions?: { code?: string } }[] } | null;
  return !!body?.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

export function signedFetchOf(store: SessionStore): typeof fetch {
  // Each request carries a fresh token; one the API refuses anyway (revoked, clock skew) is
  // refreshed once and the request sent again. A failed refresh ends the session (store: expired).
  return async (input, init) => {
    const send = (token: string | null) => {
      const headers = new Headers(init?.headers);
      if (token) headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    };
    const token = await store.accessToken();
    const res = await send(token);
    if (!token || !(await refusedToken(res))) return res;
    const renewed = await store.refresh();
    return renewed ? send(renewed.accessToken) : res;
  };
}

/**
 * Objects without an id belong to their parent: pages asking for different fields of the same one
 * (the boards page's few figures of a sprint's analysis, the report's all of them) must add up in
 * the cache rather than replace each other (a replaced analysis would be fetched again).
 */
export const typePolicies = {
  Sprint: { fields: { analysis: { merge: true }, jiraReport: { merge: true } } },
  Board: { fields: { settings: { merge: true }, predictability: { merge: true } } },
  // A report's end is final: a step's update (reportProgress) that lands after the end's
  // (reportReady), over another subscription, must not take a ready report back to "generating".
  Report: {
    fields: { status: { merge: (existing: string | undefined, incoming: string) => (isFinal(existing) && !isFinal(incoming) ? existing : incoming) } },
  },
} satisfies TypePolicies;

function isFinal(status: string | undefined): boolean {
  return status === 'READY' || status === 'FAILED';
}

export function createApollo(store: SessionStore, origin = location.origin) {
  const url = `${origin}/graphql`;
  const signedFetch = signedFetchOf(store);

  let restarting = false;
  // A refresh the socket asked for: the next connection waits for its token.
  let renewing: Promise<unknown> | null = null;
  const wsClient = createClient({
    url: url.replace(/^http/, 'ws'), // http→ws, https→wss
    lazy: true,
    connectionParams: async () => {
      await renewing;
      const token = await store.accessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    // Keep trying while the router restarts (graphql-ws's backoff), at once after our own restart.
    retryAttempts: Infinity,
    shouldRetry: () => store.current.kind === 'signed-in',
    retryWait: async (retries) => {
      if (restarting) return;
      await new Promise((resolve) => setTimeout(resolve, Math.min(2 ** retries * 1000, 30_000) + 300 + Math.random() * 2700));
    },
    on: {
      connecting: () => (restarting = false),
      // The router refused the token (4401) or the user's access changed (4403, a new role): a
      // fresh token, and the socket signs in with it; a refresh refused ends the session.
      closed: (event) => {
        const code = (event as { code?: number } | undefined)?.code;
        if ((code === 4401 || code === 4403) && store.current.kind === 'signed-in') renewing = store.refresh().finally(() => (renewing = null));
      },
    },
  });
  // A new token (refresh) or none (signed out): the socket signs in again, or closes.
  store.subscribe(() => {
    restarting = true;
    wsClient.terminate();
  });

  const link = ApolloLink.split(
    ({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === 'OperationDefinition' && def.operation === 'subscription';
    },
    new GraphQLWsLink(wsClient),
    new HttpLink({ uri: url, fetch: signedFetch }),
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache({ typePolicies }) });
  // Pages show when the socket is down; once it is back, what they show is fetched again once.
  const live = new LiveConnection({
    canReconnect: () => store.current.kind === 'signed-in',
    restartingItself: () => restarting,
    onReconnected: () => void client.refetchQueries({ include: 'active' }).catch(() => {}), // their own errors show on the pages
  });
  live.watch(wsClient);
  registerLiveConnection(client, live);
  return client;
}
