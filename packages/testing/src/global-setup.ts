import { testDatabaseUrl } from './database.ts';
import { pgliteTemplate } from './pglite-template.ts';
import { postgresTemplate } from './postgres-template.ts';

/** Vitest global setup: the migrated template (PGlite, or on the tests' PostgreSQL) made once, before test files start in parallel. */
export default async function setup() {
  await (testDatabaseUrl ? postgresTemplate(testDatabaseUrl) : pgliteTemplate());
}
