import { appError, isUuid, TENANT_HEADER, type Config } from '@sprint-reports/core';

/** What the router knows about a request; forwarded to subgraphs as headers. */
export interface RouterContext {
  tenantId: string;
}

/**
 * Until sign-in exists (a later issue replaces this with a verified token), a request names its
 * tenant in the x-tenant-id header, and the embedded demo falls back to the demo tenant.
 */
export function routerContext(config: Config, header: (name: string) => string | undefined): RouterContext {
  const tenantId = header(TENANT_HEADER) ?? config.defaultTenantId;
  if (!tenantId) throw appError('UNAUTHENTICATED', `No tenant: send the ${TENANT_HEADER} header`);
  if (!isUuid(tenantId)) throw appError('BAD_USER_INPUT', `Invalid tenant id "${tenantId}"`);
  return { tenantId };
}
