import { randomUUID } from 'node:crypto';
import { asSystem, audit, badInput, forbidden, OutgoingRefusedError, roles, type Database, type Role } from '@sprint-reports/core';
import * as data from '../data/index.ts';
import { isUniqueViolation } from '../data/index.ts';
import { accessChanged } from '../access.ts';
import type { Context } from '../context.ts';
import type { ExternalSessionModel, OidcProviderRow, UserRow } from '../models.ts';
import { emailDomainOf, normalizeEmail, validEmailDomains, validName, validUrl } from '../validate.ts';

/** What the web app asks the provider for: the ID token's claims and a refresh token (silent refresh). */
export const SINGLE_SIGN_ON_SCOPES = ['openid', 'email', 'profile', 'offline_access'];

export interface OidcProviderInput {
  issuer: string;
  audience: string;
  jwksUrl: string;
  emailClaim?: string | null;
  roleClaim?: string | null;
  roleMapping?: readonly { claimValue: string; role: Role }[] | null;
  defaultRole?: Role | null;
  autoProvision?: boolean | null;
  clientId?: string | null;
  displayName?: string | null;
  emailDomains?: readonly string[] | null;
}

/**
 * The provider's email domains become exactly `domains`. A domain is one provider's across all
 * tenants (the table's primary key): one this tenant cannot see belongs to another organisation.
 */
async function setEmailDomains(db: Database, tenantId: string, providerId: string, domains: string[]) {
  const taken = await data.replaceEmailDomains(db, tenantId, providerId, domains);
  if (!taken) return;
  const ours = await data.emailDomainOfTenant(db, tenantId, taken);
  throw badInput(
    ours ? `${taken} already signs in with another identity provider of this organisation` : `Another organisation already signs in people of ${taken}`,
    'emailDomains',
  );
}

export interface SingleSignOn {
  issuer: string;
  clientId: string;
  audience: string;
  displayName: string;
  scopes: string[];
}

/**
 * Home-realm discovery for the sign-in page (anyone may ask): the provider that signs in people of
 * the email's domain. Only the domain is looked at, so the answer is the same for every address of
 * it, whether or not it has an account.
 */
export async function singleSignOn(ctx: Context, email: string): Promise<SingleSignOn | null> {
  if (ctx.identity.kind !== 'anonymous') throw badInput('singleSignOn is for signing in: send it without an access token (Authorization header)');
  const domain = emailDomainOf(email);
  if (!domain) return null;
  const row = await asSystem(ctx.runtime.db, (tx) => data.providerOfEmailDomain(tx, domain));
  if (!row?.clientId) return null;
  return {
    issuer: row.issuer,
    clientId: row.clientId,
    audience: row.audience,
    displayName: row.displayName ?? new URL(row.issuer).host,
    scopes: SINGLE_SIGN_ON_SCOPES,
  };
}

/**
 * The router fetches the provider's keys from jwksUrl (and a provider's other URLs start with the
 * issuer): neither may point at this host or a private network unless the operator allows it
 * (server-side request forgery). The issuer is an identifier we do not call today, so a name that
 * does not resolve is accepted for it; the JWKS URL must resolve.
 */
async function checkReachable(ctx: Context, url: string, field: 'issuer' | 'jwksUrl') {
  try {
    await ctx.runtime.outgoing.check(url);
  } catch (err) {
    if (!(err instanceof OutgoingRefusedError)) throw err;
    if (field === 'issuer' && err.reason === 'unreachable') return;
    throw badInput(err.describe(field === 'issuer' ? 'The issuer' : 'The JWKS URL'), field);
  }
}

/** Creates the tenant's provider for this issuer, or changes it. */
export async function setOidcProvider(ctx: Context, input: OidcProviderInput): Promise<OidcProviderRow> {
  const { db, tenantId } = ctx;
  const httpsOnly = ctx.runtime.config.production;
  const roleMapping: Record<string, Role> = {};
  for (const { claimValue, role } of input.roleMapping ?? []) {
    const value = claimValue.trim();
    if (!value) throw badInput('A role mapping needs the claim value it maps', 'roleMapping');
    if (value in roleMapping) throw badInput(`The claim value "${value}" is mapped twice`, 'roleMapping');
    roleMapping[value] = role;
  }
  const values = {
    issuer: validUrl(input.issuer, 'issuer', { httpsOnly }),
    audience: validName(input.audience, 'audience', 'The audience'),
    jwksUrl: validUrl(input.jwksUrl, 'jwksUrl', { httpsOnly }),
    emailClaim: validName(input.emailClaim ?? 'email', 'emailClaim', 'The email claim'),
    roleClaim: input.roleClaim?.trim() || null,
    roleMapping,
    defaultRole: input.defaultRole ?? 'VIEWER',
    autoProvision: input.autoProvision ?? false,
    clientId: input.clientId?.trim() ? validName(input.clientId, 'clientId', 'The client id') : null,
    displayName: input.displayName?.trim() ? validName(input.displayName, 'displayName', 'The display name').slice(0, 100) : null,
  };
  const emailDomains = validEmailDomains(input.emailDomains ?? [], 'emailDomains');
  await checkReachable(ctx, values.issuer, 'issuer');
  await checkReachable(ctx, values.jwksUrl, 'jwksUrl');
  const existing = await data.providerOfTenantByIssuer(db, tenantId, values.issuer);
  let row: OidcProviderRow;
  if (existing) {
    row = await data.updateProvider(db, tenantId, existing.id, { ...values, updatedAt: new Date() });
  } else {
    try {
      row = await data.insertProvider(db, { id: randomUUID(), tenantId, ...values });
    } catch (err) {
      // Row-level security hides other tenants' providers; the unique issuer still refuses a second one.
      if (isUniqueViolation(err)) throw badInput('Another organisation already uses this identity provider (issuer)', 'issuer');
      throw err;
    }
  }
  await setEmailDomains(db, tenantId, row.id, emailDomains);
  const { roleMapping: mapping, ...shown } = values;
  await audit(ctx, {
    action: 'oidc_provider.set',
    targetType: 'OidcProvider',
    targetId: row.id,
    details: { ...shown, roleMapping: mapping, emailDomains, created: !existing },
  });
  return row;
}

export async function removeOidcProvider(ctx: Context, issuer: string): Promise<boolean> {
  const removed = await data.deleteProvider(ctx.db, ctx.tenantId, issuer.trim());
  if (!removed.length) return false;
  await audit(ctx, { action: 'oidc_provider.removed', targetType: 'OidcProvider', targetId: removed[0].id, details: { issuer: issuer.trim() } });
  return true;
}

/** A claim by name, or by dotted path into nested objects (Keycloak's realm_access.roles). */
function claim(claims: Record<string, unknown>, name: string): unknown {
  if (name in claims) return claims[name];
  return name.split('.').reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), claims);
}

/** The most powerful role any of the role claim's values maps to, else the provider's default role. */
export function mappedRole(provider: Pick<OidcProviderRow, 'roleClaim' | 'roleMapping' | 'defaultRole'>, claims: Record<string, unknown>): Role {
  if (!provider.roleClaim) return provider.defaultRole;
  const value = claim(claims, provider.roleClaim);
  const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
  const mapped = values
    .map((v) => (Object.hasOwn(provider.roleMapping, v) ? provider.roleMapping[v] : undefined))
    .filter((r): r is Role => !!r && roles.includes(r));
  return mapped.length ? roles.find((r) => mapped.includes(r))! : provider.defaultRole;
}

/**
 * The user a verified external token signs in (the router verified it against the provider's keys).
 * An existing user of the provider's tenant with the token's email; with a role claim configured, the
 * provider decides their role at each sign-in (except that it never demotes the last admin). Without
 * such a user: created when the provider auto-provisions, else FORBIDDEN.
 */
export async function signInExternal(ctx: Context, issuer: string, claimsJson: string): Promise<ExternalSessionModel> {
  const { db } = ctx;
  let claims: Record<string, unknown>;
  try {
    claims = JSON.parse(claimsJson) as Record<string, unknown>;
  } catch {
    throw badInput('claims must be the JSON of the verified token payload', 'claims');
  }
  if (!claims || typeof claims !== 'object' || Array.isArray(claims)) throw badInput('claims must be a JSON object', 'claims');
  const provider = await data.providerByIssuer(db, issuer);
  if (!provider) throw forbidden('No organisation uses this identity provider');
  if (claims.iss !== undefined && claims.iss !== provider.issuer) throw forbidden("The token's issuer is not the provider's");
  const rawEmail = claim(claims, provider.emailClaim);
  if (typeof rawEmail !== 'string' || !rawEmail.includes('@'))
    throw forbidden(`The identity provider's token carries no email (claim "${provider.emailClaim}")`);
  if (claims.email_verified === false) throw forbidden('The identity provider has not verified this email address');
  const email = normalizeEmail(rawEmail);
  const { tenantId } = provider;
  const role = mappedRole(provider, claims);
  const viaProvider = { tenantId, actorUserId: null, actorEmail: null, targetType: 'User' };

  let user: UserRow | null = await data.userByEmail(db, tenantId, email);
  if (!user) {
    if (!provider.autoProvision) throw forbidden(`${email} has no account in this organisation: ask an admin to add you`);
    const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : email;
    // Two first sign-ins at once: the second finds the first's user.
    const created = await data.insertUserUnlessTaken(db, { id: randomUUID(), tenantId, email, displayName: name, role });
    user = created ?? (await data.userByEmail(db, tenantId, email));
    if (created) {
      await data.insertAuditEntries(db, [{ ...viaProvider, action: 'user.provisioned', targetId: created.id, details: { email, role, issuer } }]);
    }
  } else if (provider.roleClaim && user.role !== role) {
    const demotesLastAdmin = user.role === 'ADMIN' && !user.disabledAt && (await data.lockActiveAdmins(db, tenantId)).length <= 1;
    if (!demotesLastAdmin) {
      const from = user.role;
      user = await data.updateUserRow(db, tenantId, user.id, { role });
      await accessChanged({ db, tenantId, runtime: ctx.runtime }, user.id);
      await data.insertAuditEntries(db, [{ ...viaProvider, action: 'user.updated', targetId: user.id, details: { role: { from, to: role }, issuer } }]);
    } else {
      ctx.log.warn({ tenantId, userId: user.id, issuer }, 'The identity provider would demote the last admin: the role is kept');
    }
  }
  if (!user) throw forbidden(`${email} could not be signed in`);
  if (user.disabledAt) throw forbidden('This account is disabled: ask an admin of your organisation');
  const teams = await data.teamRolesOf(db, tenantId, user.id);
  return { tenantId, userId: user.id, role: user.role, email: user.email, teams: JSON.stringify(teams) };
}
