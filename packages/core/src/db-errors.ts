import { GraphQLError } from 'graphql';
import { appError } from './errors.ts';

/**
 * Whether an error means the database could not be reached, rather than that the statement was
 * wrong: the server is down, restarting or refusing connections, or the connection broke. Such an
 * error says nothing about the request, and the same request may succeed shortly. Looks through
 * drizzle's wrapper (DrizzleQueryError's `cause`) and GraphQL's `originalError`, not through other
 * causes: a `fetch` to another subgraph that is refused is not the database.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 8; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && UNAVAILABLE.test(code)) return true;
    if ((e as { extensions?: { code?: unknown } }).extensions?.code === 'DATABASE_UNAVAILABLE') return true;
    e =
      e instanceof GraphQLError
        ? e.originalError
        : (e as Error).name === 'DrizzleQueryError' || e.constructor?.name === 'DrizzleQueryError'
          ? (e as Error).cause
          : undefined;
  }
  return false;
}

/**
 * Socket errors; postgres.js's own (a connection closed, ended or destroyed under a query, or no
 * connection within connect_timeout); and SQLSTATEs 08xxx (connection exception), 57P01-57P03
 * (admin_shutdown, crash_shutdown, cannot_connect_now: the server is stopping or starting) and
 * 53300 (too_many_connections).
 */
const UNAVAILABLE =
  /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN|CONNECTION_CLOSED|CONNECTION_ENDED|CONNECTION_DESTROYED|CONNECT_TIMEOUT|08[0-9A-Z]{3}|57P0[123]|53300)$/;

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is not reachable right now; try again shortly';

/** The error a client gets while the database is away: HTTP 503 where the transport has a status. */
export const databaseUnavailable = () => appError('DATABASE_UNAVAILABLE', DATABASE_UNAVAILABLE_MESSAGE, { http: { status: 503 } });

/**
 * A write whose COMMIT was sent when the connection broke: it may or may not have been saved. The
 * client finds out safely by sending the same request with the same idempotencyKey.
 */
export const outcomeUnknown = () =>
  appError(
    'OUTCOME_UNKNOWN',
    'The connection to the database was lost while saving: the change may have been saved. Retry with the same idempotencyKey to get its result without saving it twice',
    {
      http: { status: 503 },
    },
  );
