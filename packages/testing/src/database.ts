import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '@sprint-reports/core';

/** The PostgreSQL tests run against when CI sets one; PGlite otherwise. */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;

/**
 * A fresh, migrated database for one test file: a new database on the PostgreSQL server
 * (dropped on close) when a URL is set, else an in-memory PGlite.
 */
export async function createTestDatabase(): Promise<DatabaseHandle & { url?: string }> {
  if (!testDatabaseUrl) return openDatabase({});
  const name = `sr_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(testDatabaseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
  const handle = await openDatabase({ url: url.toString() }).catch(async (err) => {
    await drop();
    throw err;
  });
  return {
    ...handle,
    url: url.toString(),
    async close() {
      await handle.close();
      await drop();
    },
  };
}
