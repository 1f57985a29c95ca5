import { createLogger, SubgraphClient, type DatabaseHandle, type SubgraphModule } from '@sprint-reports/core';

/**
 * Runs operations against one subgraph's schema with the context its server would build:
 * what the router sends it, `_entities` included.
 */
export function subgraphCaller(database: DatabaseHandle, module: SubgraphModule<unknown>) {
  const log = createLogger('silent');
  const client = new SubgraphClient(new Map([[module.name, { module, db: database.db, log }]]), {});
  return <T = any>(tenantId: string, query: string, variables?: Record<string, unknown>) => client.execute<T>(module.name, tenantId, query, variables);
}
