import { isUuid, type Identity } from '@sprint-reports/core';

/** What the router knows about a request: who it acts for. Subgraphs receive it signed. */
export interface RouterContext {
  identity: Identity;
}

/**
 * INTERIM (replaced by token sign-in in this same change): a request names its tenant in the
 * x-tenant-id header, or acts for the configured default tenant, as that tenant's admin.
 */
export function routerContext(defaultTenantId: string | undefined, header: (name: string) => string | undefined): RouterContext {
  const tenantId = header('x-tenant-id') ?? defaultTenantId;
  if (!tenantId || !isUuid(tenantId)) return { identity: { kind: 'anonymous', tenantId: null } };
  return { identity: { kind: 'user', tenantId, userId: tenantId, role: 'ADMIN', email: 'interim@localhost', teams: {} } };
}
