import path from 'node:path';
import {
  openDatabase,
  createLogger,
  IdentitySigner,
  closeRuntime,
  createRuntime,
  createSecretBox,
  loadSecretKeys,
  startSubgraphs,
  type Config,
  type DatabaseHandle,
  type EventBus,
  type Logger,
  type Runtime,
  type SecretBox,
  type SubgraphClient,
} from '@sprint-reports/core';
import { refreshDueAnalyses } from '@sprint-reports/sprints';
import { replanStaleQueues } from '@sprint-reports/queues';
import { startRouter, type EdgeOptions, type RunningRouter } from './server.ts';
import { allSubgraphs } from './subgraphs.ts';

/** A runtime in which every subgraph without a configured URL runs in this process. */
export function embeddedRuntime(config: Config, db: DatabaseHandle['db'], log: Logger, secrets: SecretBox | null, events?: EventBus): Runtime {
  const signer = config.internalSecret ? new IdentitySigner(config.internalSecret) : null;
  return createRuntime({ config, db, log, secrets, signer, events, modules: allSubgraphs.filter((m) => !config.subgraphUrls[m.name]) });
}

export interface Embedded {
  router: RunningRouter;
  database: DatabaseHandle;
  runtime: Runtime;
  client: SubgraphClient;
  stop(): Promise<void>;
}

/**
 * Work an entry adds to the product's start, at fixed points (the demo's entry, tools/demo, seeds its
 * tenant this way): the router itself knows no demo.
 */
export interface StartExtension {
  /** Once the subgraphs and their jobs run, before the due analyses are computed and the router serves. */
  beforeServe?(runtime: Runtime, log: Logger): Promise<void>;
  /** Once the router serves. */
  afterServe?(router: RunningRouter, log: Logger): Promise<void>;
  /** At stop, and when the start fails: what the extension started. */
  close?(): Promise<void>;
}

/** The key that seals JIRA credentials: from the environment, else generated once into DATA_DIR. */
function embeddedSecrets(config: Config, log: Logger): SecretBox {
  const { keys, source, file } = loadSecretKeys({ ENCRYPTION_KEYS: config.encryptionKeys }, config.dataDir);
  if (source === 'generated') log.warn({ file }, 'Generated an encryption key for JIRA credentials; keep it with the data, or set ENCRYPTION_KEY');
  return createSecretBox(keys);
}

/**
 * One process with everything: the database (PGlite in DATA_DIR unless DATABASE_URL is set) with
 * migrations applied, the subgraphs, their jobs and the router; and what `extension` adds (the demo).
 */
export async function startEmbedded(
  config: Config,
  opts: {
    port?: number;
    host?: string;
    log?: Logger;
    database?: DatabaseHandle;
    secrets?: SecretBox;
    edge?: EdgeOptions;
    extension?: StartExtension;
    /** The event bus, when not the one config.redisUrl makes (tests: Redis events with in-process jobs). */
    events?: EventBus;
  } = {},
): Promise<Embedded> {
  const log = opts.log ?? createLogger(config.logLevel);
  const database =
    opts.database ?? (await openDatabase({ url: config.databaseUrl, dataDir: config.databaseUrl ? undefined : path.join(config.dataDir, 'pglite') }));
  const closeOwnDatabase = () => (opts.database ? Promise.resolve() : database.close());
  const extension = opts.extension ?? {};
  let runtime: Runtime | undefined;
  let router: RunningRouter;
  try {
    runtime = embeddedRuntime(config, database.db, log, opts.secrets ?? embeddedSecrets(config, log), opts.events);
    await startSubgraphs(runtime);
    await extension.beforeServe?.(runtime, log);
    // Active sprints' numbers move with time alone; bring them (and any missing, or by older rules)
    // up to now at each start. It needs the issues and users subgraphs: when one is away, the
    // router still starts, serving the stored analyses.
    if (runtime.local.has('sprints')) {
      try {
        const refreshed = await refreshDueAnalyses({ db: database.db, client: runtime.client, events: runtime.events, log: runtime.log });
        log.info({ refreshed }, 'Computed due sprint analyses (active sprints, missing ones, and ones by older rules)');
      } catch (err) {
        log.warn({ err }, 'Could not compute the due sprint analyses; serving the stored ones');
      }
    }
    // Draft queues planned by an older planner (its rules, its messages) are re-planned once.
    if (runtime.local.has('queues')) {
      try {
        const replanned = await replanStaleQueues(runtime);
        log.info({ replanned }, 'Re-planned draft queues planned by an older planner');
      } catch (err) {
        log.warn({ err }, 'Could not re-plan the draft queues planned by an older planner; serving the stored ones');
      }
    }
    router = await startRouter({ config, log, runtime, port: opts.port, host: opts.host, edge: opts.edge });
    await extension.afterServe?.(router, log);
  } catch (err) {
    if (runtime) await closeRuntime(runtime);
    await extension.close?.();
    await closeOwnDatabase();
    throw err;
  }
  const rt = runtime;
  return {
    router,
    database,
    runtime: rt,
    client: rt.client,
    async stop() {
      await router.stop();
      await closeRuntime(rt);
      await extension.close?.();
      await closeOwnDatabase();
    },
  };
}
