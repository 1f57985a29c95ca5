import { testDatabaseUrl } from './database.ts';
import { pgliteTemplate } from './pglite-template.ts';

/** Vitest global setup: the migrated PGlite template made once, before test files start in parallel. */
export default async function setup() {
  if (!testDatabaseUrl) await pgliteTemplate();
}
