import { tenantFromHeaders, TENANT_HEADER, type Config } from '@sprint-reports/core';

/** What the router knows about a request; forwarded to subgraphs as headers. */
export interface RouterContext {
  tenantId: string;
}

/**
 * Until sign-in exists (a later issue replaces this with a verified token), a request names its
 * tenant in the x-tenant-id header, and the embedded demo falls back to the demo tenant.
 */
export function routerContext(config: Config, header: (name: string) => string | undefined): RouterContext {
  return { tenantId: tenantFromHeaders((name) => header(name) ?? (name === TENANT_HEADER ? config.defaultTenantId : undefined)) };
}
