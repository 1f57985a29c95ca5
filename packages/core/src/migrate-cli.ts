/**
 * `npm run db:migrate`: applies the committed migrations (drizzle/migrations) to the PostgreSQL
 * database at DATABASE_URL, then exits. The router migrates when it starts; subgraphs running as
 * their own processes do not, so docker-compose.yml runs this once before starting them.
 */
import { openDatabase } from './db.ts';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('db:migrate: DATABASE_URL is not set (e.g. postgres://postgres:postgres@localhost:5432/sprint_reports)');
  process.exit(1);
}

const started = Date.now();
try {
  // openDatabase applies the migrations when it opens the database.
  const database = await openDatabase({ url, maxConnections: 1 });
  await database.close();
} catch (err) {
  // drizzle wraps driver errors ("Failed query: …"); the cause says what PostgreSQL objected to.
  const cause = err instanceof Error && err.cause instanceof Error ? ` (${err.cause.message})` : '';
  console.error(`db:migrate: failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}${cause}`);
  process.exit(1);
}
const { host, pathname } = new URL(url); // never print the credentials
console.log(`db:migrate: migrations applied to ${host}${pathname} in ${Date.now() - started} ms`);
