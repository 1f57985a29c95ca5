import path from 'node:path';
import { openDatabase, createLogger, SubgraphClient, type Config, type DatabaseHandle, type LocalSubgraph, type Logger, type SubgraphModule, type SubgraphName } from '@sprint-reports/core';
import { subgraph as users } from '@sprint-reports/users';
import { subgraph as sprints, refreshDueAnalyses } from '@sprint-reports/sprints';
import { subgraph as issues } from '@sprint-reports/issues';
import { subgraph as capacity } from '@sprint-reports/capacity';
import { subgraph as queues } from '@sprint-reports/queues';
import { subgraph as reports } from '@sprint-reports/reports';
import { seedDemoData, DEMO_TENANT_ID } from '@sprint-reports/demo-data';
import { startRouter, type RunningRouter } from './server.ts';

export const allSubgraphs: SubgraphModule<unknown>[] = [users, sprints, issues, capacity, queues, reports];

/** Every subgraph without a configured URL runs in this process, over the given database. */
export function localSubgraphs(config: Config, db: DatabaseHandle['db'], log: Logger): Map<SubgraphName, LocalSubgraph> {
  return new Map(allSubgraphs.filter((m) => !config.subgraphUrls[m.name]).map((m) => [m.name, { module: m, db, log: log.child({ subgraph: m.name }) }]));
}

export interface Embedded {
  router: RunningRouter;
  database: DatabaseHandle;
  client: SubgraphClient;
  stop(): Promise<void>;
}

/**
 * One process with everything: the database (PGlite in DATA_DIR unless DATABASE_URL is set) with
 * migrations applied, the demo data seeded on first start, the subgraphs and the router.
 */
export async function startEmbedded(config: Config, opts: { port?: number; host?: string; seed?: boolean; log?: Logger; database?: DatabaseHandle } = {}): Promise<Embedded> {
  const log = opts.log ?? createLogger(config.logLevel);
  const database =
    opts.database ?? (await openDatabase({ url: config.databaseUrl, dataDir: config.databaseUrl ? undefined : path.join(config.dataDir, 'pglite') }));
  const closeOwnDatabase = () => (opts.database ? Promise.resolve() : database.close());
  const local = localSubgraphs(config, database.db, log);
  const client = new SubgraphClient(local, config.subgraphUrls);
  let router: RunningRouter;
  try {
    if (opts.seed !== false) {
      const seeded = await seedDemoData(database.db, client, { log });
      if (seeded) log.info(seeded, 'Seeded the demo data');
    }
    // Until sync and webhooks drive recomputation, bring analyses up to now at each start.
    if (local.has('sprints')) {
      const refreshed = await refreshDueAnalyses({ db: database.db, client });
      log.info({ refreshed }, 'Computed due sprint analyses (active sprints, and any missing)');
    }
    router = await startRouter({ config: { ...config, defaultTenantId: config.defaultTenantId ?? DEMO_TENANT_ID }, log, local, port: opts.port, host: opts.host });
  } catch (err) {
    await closeOwnDatabase();
    throw err;
  }
  return {
    router,
    database,
    client,
    async stop() {
      await router.stop();
      await closeOwnDatabase();
    },
  };
}
