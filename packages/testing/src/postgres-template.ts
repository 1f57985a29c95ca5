import postgres from 'postgres';
import { openDatabase } from '@sprint-reports/core';
import { migrationsKey } from './pglite-template.ts';

/** Serialises building a template among the test processes of one run (they share its admin database). */
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
    // One builder at a time per admin database (advisory locks are per database); runs on other
    // databases of the server may build at once, each under its own name: the first rename wins.
    await admin.unsafe(`SELECT pg_advisory_lock(${TEMPLATE_LOCK})`);
    try {
      if (await exists(name)) return name;
      const building = `${name}_building_${process.pid}`;
      await admin.unsafe(`DROP DATABASE IF EXISTS ${building}`);
      await admin.unsafe(`CREATE DATABASE ${building}`);
      try {
        const ownerUrl = Object.assign(new URL(serverUrl), { pathname: `/${building}` }).toString();
        await openDatabase({ url: ownerUrl, migrationUrl: ownerUrl, maxConnections: 1 }).then((owner) => owner.close());
        await admin.unsafe(`ALTER DATABASE ${building} RENAME TO ${name}`);
      } catch (err) {
        await admin.unsafe(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
        if (!(await exists(name))) throw err;
      }
      return name;
    } finally {
      await admin.unsafe(`SELECT pg_advisory_unlock(${TEMPLATE_LOCK})`);
    }
  } finally {
    await admin.end();
  }
}
