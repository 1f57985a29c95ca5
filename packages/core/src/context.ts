import type { Database } from './db.ts';
import type { Identity } from './identity.ts';
import type { Logger } from './logger.ts';
import type { Runtime } from './runtime.ts';

/**
 * The nil UUID: owns no data. The tenant of a request that has none (signing in, or a JIRA
 * webhook that learns its tenant from the connection it names).
 */
export const NO_TENANT_ID = '00000000-0000-0000-0000-000000000000';

/** What every subgraph resolver gets; `loaders` are the subgraph's own, new for each request. */
export interface SubgraphContext<L> {
  /** Who the request acts for, as the router signed it. */
  identity: Identity;
  tenantId: string;
  /** The request's transaction, scoped to its tenant by row-level security (see tenancy.ts). */
  db: Database;
  loaders: L;
  log: Logger;
  /** The process's services: jobs, secrets, the client that reaches other subgraphs. */
  runtime: Runtime;
  /** Filled in while the operation runs: a failed mutation rolls the request's writes back. */
  operation: { mutation: boolean; failed: boolean };
}
