import { GraphQLError } from 'graphql';
import { isUuid } from './ids.ts';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'PRECONDITION_FAILED'
  | 'INTERNAL_SERVER_ERROR'
  | 'DATABASE_UNAVAILABLE'
  | 'OUTCOME_UNKNOWN'
  | 'PREVIEW_NOT_READY';

export const appError = (code: ErrorCode, message: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extra } });

export const notFound = (what: string, id: string) => appError('NOT_FOUND', `${what} ${id} was not found`, { id });
export const badInput = (message: string, field?: string) => appError('BAD_USER_INPUT', message, field ? { field } : {});

/** Entity ids are UUIDs; anything else is the caller's mistake, not a missing row. */
export function parseId(id: string, field = 'id'): string {
  if (!isUuid(id)) throw badInput(`"${id}" is not a valid id`, field);
  return id;
}

/** For root lookups by id: the row, or a NOT_FOUND error naming what was asked for. */
export function orNotFound<T>(row: T | null | undefined, what: string, id: string): T {
  if (row == null) throw notFound(what, id);
  return row;
}

export const forbidden = (message: string) => appError('FORBIDDEN', message, { http: { status: 403 } });
export const unauthenticated = (message: string) => appError('UNAUTHENTICATED', message, { http: { status: 401 } });

/**
 * Codes that say a part of the system is away, not that the request was wrong: the same request
 * may succeed shortly. Routes outside GraphQL answer them 503 with Retry-After.
 */
const OUTAGE_CODES = new Set(['DATABASE_UNAVAILABLE', 'OUTCOME_UNKNOWN', 'SUBGRAPH_UNAVAILABLE', 'SUBGRAPH_TIMEOUT']);
export const outageCodeOf = (err: unknown): string | null => {
  const code = err instanceof GraphQLError ? String(err.extensions?.code ?? '') : '';
  return OUTAGE_CODES.has(code) ? code : null;
};

/** The caller's mistakes a route outside GraphQL answers with their own status. */
const CLIENT_STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/**
 * The HTTP status of an error code, for the routes outside GraphQL (report downloads, unsubscribe
 * pages, JIRA webhooks): the caller's mistakes 4xx, an outage 503 (worth retrying), anything else
 * 500. One map, so every route answers a code the same way.
 */
export function httpStatusOf(code: string | null | undefined): number {
  if (!code) return 500;
  return CLIENT_STATUS[code] ?? (OUTAGE_CODES.has(code) ? 503 : 500);
}

/** The code of an error a subgraph answered (a GraphQLError's extensions.code), or '' for any other error. */
export const errorCodeOf = (err: unknown): string => (err instanceof GraphQLError ? String(err.extensions?.code ?? '') : '');

/**
 * A write sent to a subgraph that did not confirm it (too slow, its connection cut, a proxy's 5xx)
 * may still commit there: its outcome is unknown, not failed. A refused connection never reached
 * it: null, the failure stands. `failed` says what went wrong ("The reports subgraph did not answer
 * within 200 ms"). For the gateway's fetches and SubgraphClient's alike.
 */
export function unconfirmedWrite(failed: string, subgraph: string, error: Error): GraphQLError | null {
  if ((error.cause as { code?: unknown } | undefined)?.code === 'ECONNREFUSED') return null;
  return new GraphQLError(`${failed}: the change may have been saved. Retry with the same idempotencyKey to get its result without saving it twice`, {
    extensions: { code: 'OUTCOME_UNKNOWN', subgraph },
    originalError: error,
  });
}
