import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { outageCodeOf, type ErrorCode } from './errors.ts';
import type { Logger } from './logger.ts';
import { currentRequestId } from './request-id.ts';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from './db-errors.ts';

/**
 * What a client may see of an error. No database, driver or stack text ever reaches a client:
 * - a GraphQLError we raised with a known code passes (an INTERNAL_SERVER_ERROR gains the request id);
 * - a database that is away (a broken connection, a restarting server): DATABASE_UNAVAILABLE;
 * - a PostgreSQL data exception (SQLSTATE class 22) or integrity violation (class 23) was the
 *   input's fault: BAD_USER_INPUT, naming the field where the column tells it;
 * - everything else: INTERNAL_SERVER_ERROR "Something went wrong on our side (request id X)",
 *   with the detail logged under that id.
 * Used wherever errors leave for a client or the router: the in-process subgraph call
 * (executeInProcess), a subgraph's HTTP server and the router's Apollo Server (formatError).
 */

/** Codes our code and Apollo's raise on purpose, with messages written for people. */
const ours = {
  BAD_USER_INPUT: true,
  UNAUTHENTICATED: true,
  FORBIDDEN: true,
  NOT_FOUND: true,
  RATE_LIMITED: true,
  PRECONDITION_FAILED: true,
  DATABASE_UNAVAILABLE: true,
  OUTCOME_UNKNOWN: true,
  /** A read model not filled yet (a closed sprint's analysis inputs): a job is gathering it. */
  PREVIEW_NOT_READY: true,
  INTERNAL_SERVER_ERROR: true,
} satisfies Record<ErrorCode, true>;
const apollos = [
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'PAYLOAD_TOO_LARGE',
];
/** Raised by the gateway's data sources and SubgraphClient (a subgraph away or too slow). */
const availability = ['SUBGRAPH_UNAVAILABLE', 'SUBGRAPH_TIMEOUT'];
const knownCodes = new Set<string>([...Object.keys(ours), ...apollos, ...availability]);

const raisedOnPurpose = (err: unknown): err is GraphQLError =>
  err instanceof GraphQLError && typeof err.extensions.code === 'string' && knownCodes.has(err.extensions.code);

/** Extensions that never go to a client: the gateway's copy of a failed subgraph response (URLs, bodies). */
const INTERNAL_EXTENSIONS = ['response', 'exception'];

/** A PostgreSQL error as postgres.js (PostgresError) and PGlite report it. */
export interface DatabaseError {
  sqlstate: string;
  message: string;
  column?: string;
  table?: string;
  constraint?: string;
  detail?: string;
  /** The statement, without its parameters (drizzle's DrizzleQueryError). */
  query?: string;
}

/** The PostgreSQL error in `err` or what it wraps (GraphQLError.originalError, DrizzleQueryError.cause), if any. */
export function databaseErrorOf(err: unknown): DatabaseError | null {
  let query: string | undefined;
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 6; depth++) {
    const o = e as Record<string, unknown>;
    if (typeof o.query === 'string') query ??= o.query;
    // A SQLSTATE is five digits or capitals; both drivers also give a severity (Node's EPIPE has none).
    if (typeof o.code === 'string' && /^[0-9A-Z]{5}$/.test(o.code) && typeof o.severity === 'string') {
      const text = (k1: string, k2: string) => (typeof o[k1] === 'string' ? (o[k1] as string) : typeof o[k2] === 'string' ? (o[k2] as string) : undefined);
      return {
        sqlstate: o.code,
        message: String(o.message ?? ''),
        column: text('column_name', 'column'),
        table: text('table_name', 'table'),
        constraint: text('constraint_name', 'constraint'),
        detail: typeof o.detail === 'string' ? o.detail : undefined,
        query,
      };
    }
    e = o.originalError ?? o.cause;
  }
  return null;
}

/**
 * The code a PostgreSQL error answers a client with, from its SQLSTATE alone: class 22 (data
 * exception: bad encoding or NUL, too long, invalid text, out of range, bad date) and class 23
 * (integrity: unique, foreign key, not null, check) are the input's fault; connection failures
 * mean the database is away.
 */
export function codeForSqlState(sqlstate: string): ErrorCode {
  const sqlClass = sqlstate.slice(0, 2);
  if (sqlClass === '22' || sqlClass === '23') return 'BAD_USER_INPUT';
  // Connection exceptions, a server shutting down or starting, too many connections (db-errors.ts).
  if (isDatabaseUnavailable({ code: sqlstate })) return 'DATABASE_UNAVAILABLE';
  return 'INTERNAL_SERVER_ERROR';
}

const camel = (column: string) => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The input field a refused value came from, as far as the error tells: its column, the key of a unique or foreign key, a check's name. */
function fieldOf(db: DatabaseError): string | undefined {
  if (db.column) return camel(db.column);
  // "Key (tenant_id, email)=(…) already exists.": the key's plain columns, the tenant aside.
  const key = db.detail?.match(/^Key \((.*?)\)=\(/)?.[1];
  if (key) {
    const columns = key
      .split(/,\s*/)
      .map((c) => c.match(/^(?:lower\()?([a-z_][a-z0-9_]*)\)?$/)?.[1])
      .filter((c): c is string => !!c && c !== 'tenant_id');
    if (columns.length === 1) return camel(columns[0]);
  }
  // Without the key (row-level security hides it), the constraint's name: <table>_[tenant_]<column>_check|uq|key.
  const named = db.table && db.constraint?.match(new RegExp(`^${db.table}_(?:tenant_)?([a-z0-9_]+?)_(?:check|uq|key|unique)$`))?.[1];
  return named ? camel(named) : undefined;
}

/** A message about the input, never the statement, table or values. */
function inputMessage(db: DatabaseError, field: string | undefined): string {
  const subject = field ?? 'A value given';
  switch (db.sqlstate) {
    case '22021': // invalid byte sequence (a NUL byte)
    case '22P05': // untranslatable character (\u0000 in JSON)
      return `${subject} contains a character that cannot be stored (such as a NUL byte)`;
    case '22001':
      return `${subject} is too long`;
    case '22P02':
      return `${subject} is not in a valid format`;
    case '22003':
      return `${subject} is out of range`;
    case '22007':
    case '22008':
      return `${subject} is not a valid date or time`;
    case '23505':
      return field ? `${field} is already taken` : 'This would duplicate an existing record';
    case '23503':
      return /is still referenced/.test(db.detail ?? '') ? 'This is still in use and cannot be removed' : `${subject} refers to something that does not exist`;
    case '23502':
      return `${subject} is required`;
    case '23514':
      return `${subject} is not allowed`;
    default:
      return db.sqlstate.startsWith('22') ? `${subject} is not a valid value` : 'This change conflicts with the stored data';
  }
}

export const internalMessage = (requestId: string) => `Something went wrong on our side (request id ${requestId})`;

/** The stack's frames without its first line, which may hold the message (drizzle's holds the parameters). */
export const framesOf = (err: unknown) =>
  err instanceof Error && err.stack
    ? err.stack
        .split('\n')
        .filter((l) => l.startsWith('    at '))
        .slice(0, 12)
        .join('\n')
    : undefined;

/** What is logged of a database error: never the statement's parameters (they may be secrets). */
const loggedDb = (db: DatabaseError) => ({
  sqlstate: db.sqlstate,
  dbMessage: db.message,
  table: db.table,
  column: db.column,
  constraint: db.constraint,
  query: db.query,
});

/** A non-database error for the log: drizzle's message holds the statement's parameters, so its cause's is logged with the statement. */
export function describeError(cause: unknown) {
  const o = cause as { query?: unknown; params?: unknown; cause?: unknown } | null;
  if (o && typeof o === 'object' && typeof o.query === 'string' && 'params' in o)
    return { query: o.query, error: o.cause instanceof Error ? `${o.cause.name}: ${o.cause.message}` : 'a failed statement' };
  return { error: cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause) };
}

// One failure can reach many fields (a DataLoader's batch): its detail is logged once.
const logged = new WeakSet<object>();
const once = (cause: unknown, write: () => void) => {
  if (cause && typeof cause === 'object') {
    if (logged.has(cause)) return;
    logged.add(cause);
  }
  write();
};

/**
 * The error a client gets for `err`, logging what it does not show. `requestId` defaults to the
 * current request's (request-id.ts), or a new one outside any request.
 */
export function toClientError(err: unknown, log: Logger, requestId = currentRequestId() ?? randomUUID()): GraphQLError {
  const located = err instanceof GraphQLError ? { nodes: err.nodes, path: err.path } : {};
  const cause = err instanceof GraphQLError ? (err.originalError ?? err) : err;
  if (raisedOnPurpose(err)) {
    const extensions = { ...err.extensions };
    for (const key of INTERNAL_EXTENSIONS) delete extensions[key];
    // An outage in one field is no status for the whole answer: the router's databaseOutageStatus
    // answers 503 only when nothing else could be answered.
    if (outageCodeOf(err)) delete extensions.http;
    if (extensions.code === 'INTERNAL_SERVER_ERROR' && !extensions.requestId) {
      once(cause, () => log.error({ requestId, error: err.message, path: err.path, stack: framesOf(cause) }, 'Internal error'));
      extensions.requestId = requestId;
    }
    return new GraphQLError(err.message, { ...located, extensions });
  }
  const db = databaseErrorOf(err);
  // The database is away (a connection broke, the server is restarting): nothing about the request.
  if (isDatabaseUnavailable(err) || (db && codeForSqlState(db.sqlstate) === 'DATABASE_UNAVAILABLE')) {
    once(cause, () => log.warn({ requestId, ...describeError(cause), path: located.path }, 'The database is not reachable'));
    return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, { ...located, extensions: { code: 'DATABASE_UNAVAILABLE' } });
  }
  if (db && codeForSqlState(db.sqlstate) === 'BAD_USER_INPUT') {
    const field = fieldOf(db);
    once(cause, () => log.info({ requestId, ...loggedDb(db), path: located.path }, 'The database refused a value'));
    return new GraphQLError(inputMessage(db, field), { ...located, extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
  }
  const detail = db ? loggedDb(db) : describeError(cause);
  once(cause, () => log.error({ requestId, ...detail, path: located.path, stack: framesOf(cause) }, 'Internal error'));
  return new GraphQLError(internalMessage(requestId), { ...located, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } });
}

/**
 * Apollo Server's formatError: the formatted `toClientError(error)`. Apollo has already taken the
 * HTTP status from the error's `http` extension, which is no client's business. In development
 * (includeStacktraceInErrorResponses) an error raised on purpose keeps its stack; a replaced one never.
 */
export const clientErrorFormatter =
  (log: Logger) =>
  (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const safe = toClientError(error, log);
    const { http: _http, ...extensions } = safe.extensions;
    const stacktrace = raisedOnPurpose(error) ? formatted.extensions?.stacktrace : undefined;
    return { ...formatted, message: safe.message, extensions: { ...extensions, ...(stacktrace ? { stacktrace } : {}) } };
  };
