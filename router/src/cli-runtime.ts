import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { createLogger, createSecretBox, loadConfigOrExit, loadSecretKeys, logLevel, migrationDatabaseUrl, openDatabase } from '@sprint-reports/core';
import { embeddedRuntime } from './embedded.ts';

/**
 * What a command-line tool (npm run sync, npm run report) works with: the database `npm start`
 * uses (DATABASE_URL, else PGlite in DATA_DIR, which only one process may open) and a runtime whose
 * jobs run here, in-process, whatever REDIS_URL says. Exits with the error when the database
 * cannot be opened.
 */
export async function openCliRuntime() {
  const config = loadConfigOrExit();
  // Logs go to stderr at warn so they do not tear the progress bar.
  const log = createLogger(logLevel('warn'));
  // PostgreSQL is migrated by `npm start` or `npm run db:migrate` (DATABASE_URL may be a role that cannot), unless MIGRATION_DATABASE_URL is given.
  const migrate = !config.databaseUrl || !!migrationDatabaseUrl();
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : path.join(config.dataDir, 'pglite'),
    migrate,
  }).catch((err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
  const runtime = embeddedRuntime(
    { ...config, redisUrl: undefined },
    database.db,
    log,
    createSecretBox(loadSecretKeys({ ENCRYPTION_KEYS: config.encryptionKeys }, config.dataDir).keys),
  );
  return { config, log, database, runtime };
}

/** Prints `message` and the command's usage, and exits 2 (a usage error). */
export function usageError(message: string, usage: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

/** A command's options, or its usage and exit 2 when they do not parse. */
export function parseCliOptions<T extends NonNullable<ParseArgsConfig['options']>>(options: T, usage: string) {
  try {
    return parseArgs({ options }).values;
  } catch (err) {
    return usageError((err as Error).message, usage);
  }
}
