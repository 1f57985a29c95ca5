import postgres from 'postgres';
import { openDatabase } from '@sprint-reports/core';
import { migrationsKey } from './pglite-template.ts';

/** Serialises building templates: every test process takes it on the server's admin database. */
const TEMPLATE_LOCK = 0x5e1f_7e58;
const built = new Map<string, Promise<string>>();

/**
 * The migrated template database on a PostgreSQL server, from which each test file's database is
 * copied (CREATE DATABASE … TEMPLATE): one run of the migrations per server and migrations'
 * content instead of one per test file. Built under a lock, under a temporary name renamed when
 * complete, so a test file never copies half a template; kept on the server for the next run.
 */
export function postgresTemplate(serverUrl: string): Promise<string> {
  let template = built.get(serverUrl);
  if (!template) {
    template = buildTemplate(serverUrl);
    built.set(serverUrl, template);
    template.catch(() => built.delete(serverUrl));
  }
  return template;
}

async function buildTemplate(serverUrl: string): Promise<string> {
  const name = `sr_template_${migrationsKey()}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    const exists = async (db: string) => (await admin`SELECT 1 FROM pg_database WHERE datname = ${db}`).length > 0;
    if (await exists(name)) return name;
    await admin.unsafe(`SELECT pg_advisory_lock(${TEMPLATE_LOCK})`);
    try {
      if (await exists(name)) return name;
      // What a process killed while building left behind (no one else builds while we hold the lock).
      for (const { datname } of await admin<{ datname: string }[]>`SELECT datname FROM pg_database WHERE datname LIKE 'sr\_template\_%\_building'`)
        await admin.unsafe(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
      const building = `${name}_building`;
      await admin.unsafe(`CREATE DATABASE ${building}`);
      const ownerUrl = Object.assign(new URL(serverUrl), { pathname: `/${building}` }).toString();
      await openDatabase({ url: ownerUrl, migrationUrl: ownerUrl, maxConnections: 1 }).then((owner) => owner.close());
      await admin.unsafe(`ALTER DATABASE ${building} RENAME TO ${name}`);
      return name;
    } finally {
      await admin.unsafe(`SELECT pg_advisory_unlock(${TEMPLATE_LOCK})`);
    }
  } finally {
    await admin.end();
  }
}
