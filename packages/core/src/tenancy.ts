import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'drizzle-orm';
import type { Database } from './db.ts';
import { logLevel } from './config.ts';
import { createLogger } from './logger.ts';

/**
 * Tenant isolation in the database. Every tenant-owned table has row-level security, forced even
 * for its owner, with policies for two roles (drizzle/migrations/0002_tenancy.sql):
 * - `sprint_reports_app` sees and writes only the rows of the tenant in `app.tenant_id`;
 * - `sprint_reports_system` is for system-wide work (sign-in by email, reaping stale sync runs
 *   across tenants, webhooks that learn their tenant from the connection).
 * A unit of work takes one of the two roles for its transaction (`set_config(..., true)` ends with
 * it), so a pooled connection never carries a tenant into the next request. The connection's own
 * user matches no policy and, unless it is a superuser, sees nothing.
 */
export const APP_ROLE = 'sprint_reports_app';
export const SYSTEM_ROLE = 'sprint_reports_system';

interface Scope {
  tx: Database;
  role: typeof APP_ROLE | typeof SYSTEM_ROLE;
  tenantId: string | null;
  afterCommit: (() => unknown)[];
}

const current = new AsyncLocalStorage<Scope>();
const log = createLogger(logLevel(), 'tenancy');

/** `readOnly`: the transaction refuses writes (a query's). Joining an open scope keeps that scope's mode. */
export interface ScopeOptions {
  readOnly?: boolean;
}

/** Runs `fn` in a transaction that sees only `tenantId`'s rows. */
export function withTenant<T>(db: Database, tenantId: string, fn: (tx: Database) => Promise<T>, opts?: ScopeOptions): Promise<T> {
  return inScope(db, APP_ROLE, tenantId, fn, opts);
}

/** Runs `fn` in a transaction that sees every tenant: only for work that is not one tenant's. */
export function asSystem<T>(db: Database, fn: (tx: Database) => Promise<T>, opts?: ScopeOptions): Promise<T> {
  return inScope(db, SYSTEM_ROLE, null, fn, opts);
}

/**
 * Runs `fn` once the current scope's transaction has committed (now, outside a scope). Jobs are
 * queued this way so a worker never starts before the rows it reads exist, and a rolled-back
 * request queues nothing.
 */
export async function afterCommit(fn: () => unknown): Promise<void> {
  const scope = current.getStore();
  if (scope) scope.afterCommit.push(fn);
  else await fn();
}

/** Runs `fn` outside any scope: background work started from a request is not part of it. */
export const outsideScope = <T>(fn: () => T): T => current.exit(fn);

/** The tenant of the scope this code runs in, if any. */
export const currentTenantId = () => current.getStore()?.tenantId ?? null;

async function inScope<T>(db: Database, role: Scope['role'], tenantId: string | null, fn: (tx: Database) => Promise<T>, opts?: ScopeOptions): Promise<T> {
  const outer = current.getStore();
  if (outer) {
    // One subgraph calling another in-process, or a helper that scopes itself called from a scoped
    // caller: join the transaction that is already open. A different scope inside it would need a
    // second transaction, which on PGlite's single connection would wait for the first forever.
    if (outer.role === role && outer.tenantId === tenantId) return fn(outer.tx);
    throw new Error(
      `Cannot open a ${role} scope${tenantId ? ` for tenant ${tenantId}` : ''} inside the ${outer.role} scope${outer.tenantId ? ` of tenant ${outer.tenantId}` : ''}`,
    );
  }
  const scope: Omit<Scope, 'tx'> = { role, tenantId, afterCommit: [] };
  const readOnly = opts?.readOnly === true;
  const result = await db.transaction(async (transaction) => {
    const tx = transaction as unknown as Database;
    const run = () => current.run({ ...scope, tx }, () => fn(tx));
    const session = postgresJsSession(tx);
    if (!session) {
      // PGlite, in this process: nothing to gain from pipelining.
      await tx.execute(
        sql`select set_config('role', ${role}, true), set_config('app.tenant_id', ${tenantId ?? ''}, true)${readOnly ? sql`, set_config('transaction_read_only', 'on', true)` : sql``}`,
      );
      return run();
    }
    // On PostgreSQL the scope's statement is pipelined with the work's first one (one round trip,
    // not two) yet always runs first: postgres.js sends a transaction's statements in the order they
    // are handed to it, and the statement is handed over one microtask after execute(), which the
    // `await` below lets pass before `fn` issues anything. If it fails, the transaction is aborted
    // and every later statement in it fails (25P02): nothing runs unscoped.
    const scoping = session.query(scopeStatement(readOnly), [role, tenantId ?? '']).execute();
    await Promise.resolve();
    // Both settle before the transaction ends: a statement of `fn` must never outlive it.
    const [scoped, value] = await Promise.allSettled([scoping, run()]);
    if (scoped.status === 'rejected') throw scoped.reason;
    if (value.status === 'rejected') throw value.reason;
    return value.value;
  });
  // The transaction has committed: a callback that fails (Redis away while queuing a job) is logged,
  // not reported to the caller as if its writes had failed; the rest still run.
  for (const fn of scope.afterCommit) {
    try {
      await fn();
    } catch (err) {
      log.error({ err: err instanceof Error ? err.message : String(err) }, 'Work queued to run after a commit failed');
    }
  }
  return result;
}

/** The statement that scopes a transaction: its role, its tenant, and (readOnly) no writes. */
const scopeStatement = (readOnly: boolean) =>
  `select set_config('role', $1, true), set_config('app.tenant_id', $2, true)${readOnly ? `, set_config('transaction_read_only', 'on', true)` : ''}`;

/**
 * The part of drizzle's postgres.js session used here: query() counts the statement (StatementCounter)
 * and returns postgres.js's query, which is handed to the connection on execute().
 */
interface PostgresJsSession {
  query(query: string, params: string[]): { execute(): Promise<unknown> };
}

/** The drizzle session of a transaction on PostgreSQL (postgres.js); null on PGlite. */
function postgresJsSession(tx: Database): PostgresJsSession | null {
  const session = (tx as unknown as { session?: PostgresJsSession & { client?: { unsafe?: unknown } } }).session;
  return typeof session?.client?.unsafe === 'function' && typeof session.query === 'function' ? session : null;
}

/** Thrown inside a scope to roll its transaction back while handing a value out. */
export class Rollback<T> extends Error {
  constructor(readonly value: T) {
    super('rolled back');
  }
}

/** Like withTenant/asSystem, but a `Rollback` thrown by `fn` undoes the writes and returns its value. */
export async function rollbackOn<T>(run: (fn: (tx: Database) => Promise<T>) => Promise<T>, fn: (tx: Database) => Promise<T>): Promise<T> {
  try {
    return await run(fn);
  } catch (err) {
    if (err instanceof Rollback) return err.value as T;
    throw err;
  }
}
