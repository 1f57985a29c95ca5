import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { Logger as DrizzleLogger } from 'drizzle-orm/logger';
import { migrationDatabaseUrl } from './config.ts';
import { within } from './time.ts';

/** The drizzle database every subgraph uses; PGlite and postgres.js give the same interface. */
export type Database = PgDatabase<PgQueryResultHKT>;

/** Counts SQL statements, so tests and benchmarks can see N+1 problems. */
export class StatementCounter implements DrizzleLogger {
  count = 0;
  logQuery(): void {
    this.count++;
  }
}

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  statements: StatementCounter;
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL('../../../drizzle/migrations', import.meta.url));

/**
 * Opens PostgreSQL through postgres.js when a URL is given, else embedded PGlite persisted in
 * `dataDir` (or in memory when dataDir is undefined), then applies the committed migrations.
 * On PostgreSQL they are applied over `migrationUrl` (default: MIGRATION_DATABASE_URL) when set:
 * the schemas' owner, while `url` is the application's own role, which may not change them.
 */
export async function openDatabase(opts: {
  url?: string;
  migrationUrl?: string;
  dataDir?: string;
  /** In memory, from a dump of a PGlite database (dumpMigratedPglite) instead of an empty one: no initdb. */
  pgliteDump?: Blob;
  migrate?: boolean;
  maxConnections?: number;
}): Promise<DatabaseHandle> {
  const statements = new StatementCounter();
  let handle: DatabaseHandle;
  if (opts.url) {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    if (opts.migrate !== false) await migratePostgres(opts.migrationUrl ?? migrationDatabaseUrl() ?? opts.url);
    const client = postgres(opts.url, { max: opts.maxConnections ?? 10, onnotice: () => {}, ...OUTAGE_OPTIONS });
    const db = drizzle({ client, logger: statements });
    handle = { db, kind: 'postgres', statements, close: () => client.end({ timeout: 5 }) };
  } else {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const unlock = opts.dataDir ? lockDataDir(opts.dataDir) : () => {};
    const client = opts.dataDir ? new PGlite(opts.dataDir) : new PGlite(opts.pgliteDump ? { loadDataDir: opts.pgliteDump } : {});
    const db = drizzle({ client, logger: statements });
    handle = { db, kind: 'pglite', statements, close: () => client.close().finally(unlock) };
    if (opts.migrate !== false) {
      const { migrate } = await import('drizzle-orm/pglite/migrator');
      await migrate(db, { migrationsFolder });
    }
  }
  statements.count = 0;
  return handle;
}

/** A new in-memory PGlite database with the committed migrations applied, dumped (uncompressed): what tests start from. */
export async function dumpMigratedPglite(): Promise<Blob> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const client = new PGlite();
  try {
    await migrate(drizzle({ client }), { migrationsFolder });
    return await client.dumpDataDir('none');
  } finally {
    await client.close();
  }
}

/**
 * How postgres.js behaves while the server is away (a restart, an outage). It reconnects by itself;
 * a query waits for its connection's next attempt, which backs off. Its default backoff grows to
 * 20 s, so requests would hang past the router's timeout and recovery would lag the server by as
 * much: capped at 1 s, a request during an outage fails within about a second (and answers
 * DATABASE_UNAVAILABLE), and the first request after the server is back finds it. A server that
 * does not answer at all (a network partition) fails a connection attempt after 5 s, not 30.
 */
const OUTAGE_OPTIONS = {
  backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
  connect_timeout: 5,
};

/**
 * Whether the database answers now, within `timeoutMs`: what /health reports. Never throws.
 */
export async function databaseReachable(db: Database, timeoutMs = 2000): Promise<boolean> {
  const { sql } = await import('drizzle-orm');
  const ping = db.execute(sql`select 1`).then(
    () => true,
    () => false,
  );
  return (await within(timeoutMs, ping)) ?? false;
}

/** Applies the committed migrations over their own connection, closed after. */
async function migratePostgres(url: string) {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle({ client }), { migrationsFolder });
  } catch (err) {
    // 42501: the role may not create or change the schemas (the application's own role, say).
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
    if ((cause as { code?: string }).code !== '42501') throw err;
    throw new Error(
      `Cannot apply the migrations as ${new URL(url).username || 'this user'} (${(cause as Error).message}): ` +
        "set MIGRATION_DATABASE_URL to a connection as the owner of the schemas (DATABASE_URL stays the application's role)",
      { cause: err },
    );
  } finally {
    await client.end({ timeout: 5 });
  }
}

/**
 * PGlite is a database inside one process: a second process opening the same folder would corrupt
 * it. A lock file with the owner's pid stops that with a clear message (a stale lock is taken over).
 */
function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.lock`);
  try {
    const owner = Number(fs.readFileSync(file, 'utf8'));
    if (owner && owner !== process.pid && isProcessAlive(owner)) {
      throw new Error(`The data folder ${dataDir} is in use by process ${owner} (is \`npm start\` running?). Stop it first, or use DATABASE_URL.`);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  fs.writeFileSync(file, String(process.pid));
  return () => fs.rmSync(file, { force: true });
}

/** Whether a process with this pid runs on this host (EPERM: it does, as another user). */
export function isProcessAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
