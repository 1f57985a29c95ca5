/**
 * `npm run db:migrate`: applies the committed migrations (drizzle/migrations) to the PostgreSQL
 * database at MIGRATION_DATABASE_URL, else DATABASE_URL, then exits. Run it as the owner of the
 * schemas; the application itself connects as an ordinary member role (docs/tenant-isolation.md).
 * The router migrates when it starts (over MIGRATION_DATABASE_URL when set); subgraphs running as
 * their own processes do not, so docker-compose.yml runs this once before starting them.
 */
import { loadConfigOrExit, migrationDatabaseUrl } from './config.ts';
import { openDatabase } from './db.ts';

// Every variable is checked first: a mistake anywhere is listed with the others, not thrown.
const config = loadConfigOrExit();
const url = migrationDatabaseUrl() ?? config.databaseUrl;
if (!url) {
  console.error('db:migrate: neither MIGRATION_DATABASE_URL nor DATABASE_URL is set (e.g. postgres://postgres:postgres@localhost:5432/sprint_reports)');
  process.exit(1);
}

const started = Date.now();
try {
  // openDatabase applies the migrations when it opens the database.
  const database = await openDatabase({ url, migrationUrl: url, maxConnections: 1 });
  await database.close();
} catch (err) {
  // drizzle wraps driver errors ("Failed query: …"); the cause says what PostgreSQL objected to.
  const cause = err instanceof Error && err.cause instanceof Error ? ` (${err.cause.message})` : '';
  console.error(`db:migrate: failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}${cause}`);
  process.exit(1);
}
const { host, pathname } = new URL(url); // never print the credentials
console.log(`db:migrate: migrations applied to ${host}${pathname} in ${Date.now() - started} ms`);
