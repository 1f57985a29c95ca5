import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '@sprint-reports/core';
import { usersTables } from '@sprint-reports/drizzle';
import type { OidcProviderRow, UserRow } from '../models.ts';

const { oidcEmailDomains, oidcProviders, users } = usersTables;

export const providersOfTenant = (db: Database, tenantId: string) =>
  db.select().from(oidcProviders).where(eq(oidcProviders.tenantId, tenantId)).orderBy(asc(oidcProviders.issuer));

export const providerByIssuer = async (db: Database, issuer: string): Promise<OidcProviderRow | null> =>
  (await db.select().from(oidcProviders).where(eq(oidcProviders.issuer, issuer)))[0] ?? null;

export const providerOfTenantByIssuer = async (db: Database, tenantId: string, issuer: string): Promise<{ id: string } | null> =>
  (
    await db
      .select({ id: oidcProviders.id })
      .from(oidcProviders)
      .where(and(eq(oidcProviders.tenantId, tenantId), eq(oidcProviders.issuer, issuer)))
  )[0] ?? null;

type ProviderValues = Omit<typeof oidcProviders.$inferInsert, 'id' | 'tenantId'>;

export const updateProvider = async (db: Database, tenantId: string, id: string, set: Partial<ProviderValues>): Promise<OidcProviderRow> =>
  (
    await db
      .update(oidcProviders)
      .set(set)
      .where(and(eq(oidcProviders.tenantId, tenantId), eq(oidcProviders.id, id)))
      .returning()
  )[0];

export const insertProvider = async (db: Database, row: typeof oidcProviders.$inferInsert): Promise<OidcProviderRow> =>
  (await db.insert(oidcProviders).values(row).returning())[0];

export const deleteProvider = (db: Database, tenantId: string, issuer: string) =>
  db
    .delete(oidcProviders)
    .where(and(eq(oidcProviders.tenantId, tenantId), eq(oidcProviders.issuer, issuer)))
    .returning({ id: oidcProviders.id });

/** The email domains of each provider, sorted. */
export async function emailDomainsOf(db: Database, providerIds: readonly string[]): Promise<Map<string, string[]>> {
  const byProvider = new Map<string, string[]>(providerIds.map((id) => [id, []]));
  if (!providerIds.length) return byProvider;
  const rows = await db
    .select()
    .from(oidcEmailDomains)
    .where(inArray(oidcEmailDomains.providerId, [...providerIds]))
    .orderBy(asc(oidcEmailDomains.domain));
  for (const row of rows) byProvider.get(row.providerId)?.push(row.domain);
  return byProvider;
}

/**
 * The provider's email domains become exactly `domains`; returns the first that another provider
 * holds (a domain is one provider's across all tenants, the table's primary key), if any.
 */
export async function replaceEmailDomains(db: Database, tenantId: string, providerId: string, domains: string[]): Promise<string | undefined> {
  await db.delete(oidcEmailDomains).where(and(eq(oidcEmailDomains.tenantId, tenantId), eq(oidcEmailDomains.providerId, providerId)));
  if (!domains.length) return undefined;
  // DO NOTHING rather than a failed insert: the transaction stays usable to say which domain is taken.
  const added = await db
    .insert(oidcEmailDomains)
    .values(domains.map((domain) => ({ domain, tenantId, providerId })))
    .onConflictDoNothing()
    .returning({ domain: oidcEmailDomains.domain });
  return domains.find((d) => !added.some((a) => a.domain === d));
}

/** The tenant's row of an email domain (row-level security hides other tenants'). */
export const emailDomainOfTenant = async (db: Database, tenantId: string, domain: string) =>
  (
    await db
      .select()
      .from(oidcEmailDomains)
      .where(and(eq(oidcEmailDomains.tenantId, tenantId), eq(oidcEmailDomains.domain, domain)))
  )[0];

/** The provider people of an email domain sign in with (system scope: before the tenant is known). */
export const providerOfEmailDomain = async (db: Database, domain: string) =>
  (
    await db
      .select({ issuer: oidcProviders.issuer, clientId: oidcProviders.clientId, audience: oidcProviders.audience, displayName: oidcProviders.displayName })
      .from(oidcEmailDomains)
      .innerJoin(oidcProviders, eq(oidcProviders.id, oidcEmailDomains.providerId))
      .where(eq(oidcEmailDomains.domain, domain))
  )[0];

/** A user provisioned at their first sign-in; null when a concurrent first sign-in created them. */
export const insertUserUnlessTaken = async (db: Database, row: typeof users.$inferInsert): Promise<UserRow | null> =>
  (await db.insert(users).values(row).onConflictDoNothing().returning())[0] ?? null;
