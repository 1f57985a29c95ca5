import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { dumpMigratedPglite, migrationsFolder, openDatabase, type DatabaseHandle } from '@sprint-reports/core';

/**
 * A migrated PGlite database dumped once, from which every test file's PGlite starts. Starting
 * PGlite from nothing runs initdb (seconds of WebAssembly per file, most of a subgraph test
 * file's setup) and then every migration; loading a dump skips both. Each file still gets its
 * own in-memory copy: isolation is the same as before.
 *
 * The dump is cached in the temporary folder under a key of the migrations' content and the
 * installed PGlite, so a changed migration or upgrade makes a new one and a stale one is never used.
 */
export async function pgliteTemplate(): Promise<string> {
  const file = path.join(os.tmpdir(), `sprint-reports-pglite-${templateKey()}.tar`);
  if (fs.existsSync(file)) return file;
  const dump = await dumpMigratedPglite();
  // Written aside and renamed: test files starting in parallel never read half a dump.
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  fs.renameSync(partial, file);
  return file;
}

/** A fresh in-memory PGlite holding the migrated template (made now if it is missing). */
export async function openTemplatePglite(): Promise<DatabaseHandle> {
  return openDatabase({ pgliteDump: new Blob([fs.readFileSync(await pgliteTemplate())]), migrate: false });
}

function templateKey(): string {
  const pglite = fs.statSync(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  return createHash('sha256').update(`${pglite.size} ${pglite.mtimeMs} ${migrationsKey()}`).digest('hex').slice(0, 16);
}

/** A key of the committed migrations' content: a changed or added migration changes it. */
export function migrationsKey(): string {
  const hash = createHash('sha256');
  for (const name of fs.readdirSync(migrationsFolder, { recursive: true }).map(String).sort()) {
    const full = path.join(migrationsFolder, name);
    if (fs.statSync(full).isFile()) hash.update(name).update(fs.readFileSync(full));
  }
  return hash.digest('hex').slice(0, 16);
}
