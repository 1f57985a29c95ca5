import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '@sprint-reports/core';
import { openTemplatePglite } from './pglite-template.ts';
import { postgresTemplate } from './postgres-template.ts';

/** The PostgreSQL tests run against when CI sets one; PGlite otherwise. */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;

/**
 * The role tests' runtimes connect as on PostgreSQL, as the product does in production: it may log
 * in and take the two roles of tenancy.ts, and nothing else. Not a superuser (who bypasses
 * row-level security), not the owner (the server's superuser migrates and owns the schemas), and
 * NOINHERIT: it has no privileges of its own, so a query outside withTenant/asSystem fails as it
 * would in production instead of passing unnoticed.
 */
export const TEST_APP_ROLE = 'sprint_reports_test_app';
const TEST_APP_PASSWORD = 'sprint-reports-test-app';
/** Serialises creating and granting the role: roles are the whole cluster's, and test files start in parallel. */
const ROLE_LOCK = 0x5e1f_7e57;

export type TestDatabase = DatabaseHandle & {
  /** The application's connection (TEST_APP_ROLE); unset on PGlite. */
  url?: string;
  /** The same database as its owner (the server's superuser): for tests that read the catalog or must bypass row-level security. */
  ownerUrl?: string;
};

/**
 * A fresh, migrated database for one test file: a new database on the PostgreSQL server (dropped
 * on close) when a URL is set, migrated by the server's user, used by the application role; else an
 * in-memory PGlite started from the migrated template (one superuser connection: there row-level
 * security shows only under the roles a scope sets). `serverUrl`: another server than the tests' (one the test starts itself).
 */
export async function createTestDatabase(serverUrl: string | undefined = testDatabaseUrl): Promise<TestDatabase> {
  if (!serverUrl) return openTemplatePglite();
  const name = `sr_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const ownerUrl = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  const url = Object.assign(new URL(ownerUrl), { username: TEST_APP_ROLE, password: TEST_APP_PASSWORD }).toString();
  const drop = async () => {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
  const handle = await (async () => {
    if (serverUrl === testDatabaseUrl) {
      // The tests' server: a copy of the migrated template (made once by the global setup).
      await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${await postgresTemplate(serverUrl)}`);
    } else {
      await admin.unsafe(`CREATE DATABASE ${name}`);
      // Migrate first: the migrations create the roles the application role is granted.
      await openDatabase({ url: ownerUrl, migrationUrl: ownerUrl, maxConnections: 1 }).then((owner) => owner.close());
    }
    await ensureAppRole(admin);
    return openDatabase({ url, migrate: false });
  })().catch(async (err) => {
    await drop();
    throw err;
  });
  return {
    ...handle,
    url,
    ownerUrl,
    async close() {
      await handle.close();
      await drop();
    },
  };
}

/** Creates TEST_APP_ROLE when missing and (re)states what it is; idempotent, and safe when test files race. */
async function ensureAppRole(admin: postgres.Sql) {
  await admin.begin(async (tx) => {
    // Advisory locks are per database: every test process takes it on the same (the admin URL's).
    await tx.unsafe(`SELECT pg_advisory_xact_lock(${ROLE_LOCK})`);
    const [exists] = await tx.unsafe(`SELECT 1 FROM pg_roles WHERE rolname = '${TEST_APP_ROLE}'`);
    if (!exists) await tx.unsafe(`CREATE ROLE ${TEST_APP_ROLE}`);
    await tx.unsafe(`ALTER ROLE ${TEST_APP_ROLE} LOGIN NOINHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '${TEST_APP_PASSWORD}'`);
    await tx.unsafe(`GRANT sprint_reports_app, sprint_reports_system TO ${TEST_APP_ROLE}`);
  });
}
