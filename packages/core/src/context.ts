import type { Database } from './db.ts';
import type { Logger } from './logger.ts';
import type { Runtime } from './runtime.ts';
import { appError } from './errors.ts';
import { isUuid } from './ids.ts';

/** The header the router sets on every subgraph request to say whose data it is. */
export const TENANT_HEADER = 'x-tenant-id';

/**
 * The nil UUID: owns no data. Calls that learn their tenant from what they carry (a JIRA webhook
 * names its connection, which names the tenant) are made under it.
 */
export const NO_TENANT_ID = '00000000-0000-0000-0000-000000000000';

/** What every subgraph resolver gets; `loaders` are the subgraph's own, new for each request. */
export interface SubgraphContext<L> {
  tenantId: string;
  db: Database;
  loaders: L;
  log: Logger;
  /** The process's services: jobs, secrets, the client that reaches other subgraphs. */
  runtime: Runtime;
}

export type HeaderReader = (name: string) => string | undefined | null;

export function tenantFromHeaders(header: HeaderReader): string {
  const tenantId = header(TENANT_HEADER);
  if (!tenantId) throw appError('UNAUTHENTICATED', `No tenant: send the ${TENANT_HEADER} header (subgraphs are reached through the router)`, { http: { status: 401 } });
  if (!isUuid(tenantId)) throw appError('BAD_USER_INPUT', `Invalid tenant id "${tenantId}"`, { http: { status: 400 } });
  return tenantId;
}
