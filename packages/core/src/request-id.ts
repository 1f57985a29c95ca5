import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * Every request has an id: the router makes one (or keeps a sane one a proxy sent), answers it in
 * this header, sends it on to subgraph processes, and every log line written while the request runs
 * carries it (logger.ts). A client quoting it from an error lets us find what happened.
 */
export const REQUEST_ID_HEADER = 'x-request-id';

// Letters, digits and `._:-`: what load balancers send (UUIDs, hex, ULIDs); nothing to inject into logs.
const SANE = /^[A-Za-z0-9._:-]{8,128}$/;

/** The incoming id when it is sane, else a new one. */
export const requestIdFrom = (incoming: string | undefined | null): string => (incoming && SANE.test(incoming) ? incoming : randomUUID());

const scope = new AsyncLocalStorage<string>();

/** Runs `fn` (and everything it starts) as part of request `requestId`. */
export const withRequestId = <T>(requestId: string, fn: () => T): T => scope.run(requestId, fn);

/** The id of the request this code runs for, if any. */
export const currentRequestId = (): string | undefined => scope.getStore();
