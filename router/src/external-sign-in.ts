import { createHash } from 'node:crypto';
import { createRemoteJWKSet, customFetch, jwtVerify, type JWTPayload } from 'jose';
import {
  EXTERNAL_TOKEN_ALGORITHMS,
  forbidden,
  OutgoingRefusedError,
  type Identity,
  type OutgoingPolicy,
  type SubgraphClient,
  type TeamRole,
} from '@sprint-reports/core';
import { refused, usersSubgraphFailure } from './sign-in-errors.ts';
import { OidcProviderDocument, SignInExternalDocument, type OidcProviderQuery } from './remote/__generated__/users.ts';

type OidcProvider = NonNullable<OidcProviderQuery['oidcProvider']>;

// A provider's settings are read again after this long (a changed audience or JWKS URL applies then);
// an unknown issuer is remembered as unknown as long, so made-up issuers cost no database read each.
const PROVIDER_TTL_MS = 60_000;
// A mapped sign-in is reused for at most this long (never past the token's exp), so removing the
// provider takes effect within it; a change of the user's access (disabled, role, teams) forgets it at once.
const SESSION_TTL_MS = 60_000;
// Bounds on what is cached per token and per issuer, so made-up tokens cannot grow memory.
const MAX_SESSIONS = 10_000;
const MAX_PROVIDERS = 1_000;

/**
 * Sign-in with a tenant's own identity provider (OIDC): the token's issuer names the provider (set
 * per tenant in the users subgraph), whose JWKS verifies it with the audience pinned to the
 * provider's; the users subgraph then maps the verified claims to one of the tenant's users. The
 * mapping is kept per token for a minute (or until the token expires), so a busy person costs one
 * mapping a minute.
 */
export class ExternalSignIn {
  private readonly providers = new Map<string, { provider: OidcProvider | null; until: number }>();
  private readonly keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
  private readonly sessions = new Map<string, { identity: Identity; until: number }>();
  /** Counts access changes (forget): a mapping read while one arrived may predate it, and is not kept. */
  private changes = 0;

  constructor(
    private readonly client: SubgraphClient,
    /** A tenant chooses the JWKS URL: fetched only where the outgoing policy lets it. */
    private readonly outgoing: OutgoingPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  async identify(token: string, issuer: string): Promise<Identity> {
    const cacheKey = createHash('sha256').update(token).digest('base64url');
    const cached = this.sessions.get(cacheKey);
    if (cached && cached.until > this.now()) return cached.identity;

    const changesBefore = this.changes;
    const provider = await this.provider(issuer);
    if (!provider) throw refused("The access token's issuer is not one this API trusts");
    const { payload } = await jwtVerify(token, this.keySet(provider.jwksUrl), {
      algorithms: EXTERNAL_TOKEN_ALGORITHMS,
      issuer: provider.issuer,
      audience: provider.audience,
      requiredClaims: ['exp'],
      currentDate: new Date(this.now()),
    });
    const identity = await this.map(provider, payload);
    if (this.changes === changesBefore) this.remember(cacheKey, identity, Math.min(payload.exp! * 1000, this.now() + SESSION_TTL_MS));
    return identity;
  }

  /** The user's access changed (disabled, role, teams): their tokens are mapped again at their next use. */
  forget(tenantId: string, userId: string) {
    this.changes++;
    for (const [key, { identity }] of this.sessions) {
      if (identity.kind === 'user' && identity.tenantId === tenantId && identity.userId === userId) this.sessions.delete(key);
    }
  }

  private async provider(issuer: string): Promise<OidcProvider | null> {
    const cached = this.providers.get(issuer);
    if (cached && cached.until > this.now()) return cached.provider;
    const { oidcProvider } = await this.client.execute('users', null, OidcProviderDocument, { issuer }).catch((err: unknown) => {
      throw usersSubgraphFailure(err);
    });
    if (this.providers.size >= MAX_PROVIDERS) this.providers.clear();
    this.providers.set(issuer, { provider: oidcProvider, until: this.now() + PROVIDER_TTL_MS });
    return oidcProvider;
  }

  /**
   * One remote key set per JWKS URL: jose caches its keys and refetches on an unknown kid (with a
   * cooldown). Fetched through the outgoing policy, which checks the address at every connection.
   */
  private keySet(url: string) {
    let set = this.keySets.get(url);
    if (!set) this.keySets.set(url, (set = createRemoteJWKSet(new URL(url), { timeoutDuration: 5_000, [customFetch]: this.fetchKeys })));
    return set;
  }

  private readonly fetchKeys = (url: string, init: RequestInit) =>
    this.outgoing.fetch(url, init).catch((err: unknown) => {
      if (err instanceof OutgoingRefusedError) {
        throw refused(`The access token could not be checked: ${err.describe("its identity provider's key URL (JWKS)")}`);
      }
      throw err;
    });

  private async map(provider: OidcProvider, claims: JWTPayload): Promise<Identity> {
    const { signInExternal: session } = await this.client
      .execute('users', null, SignInExternalDocument, { issuer: provider.issuer, claims: JSON.stringify(claims) })
      .catch((err: unknown) => {
        throw usersSubgraphFailure(err);
      });
    // The schema lets the answer be null; the users subgraph refuses with FORBIDDEN instead, so none is a failure of its own.
    if (!session) throw usersSubgraphFailure(new Error('users subgraph: signInExternal answered no session'));
    // The provider belongs to one tenant: a mapping into any other would be a bug we must not honour.
    if (session.tenantId !== provider.tenantId) throw forbidden('The identity provider signed you in to another tenant');
    return {
      kind: 'user',
      tenantId: session.tenantId,
      userId: session.userId,
      role: session.role,
      email: session.email,
      teams: JSON.parse(session.teams) as Record<string, TeamRole>,
    };
  }

  private remember(key: string, identity: Identity, until: number) {
    if (this.sessions.size >= MAX_SESSIONS) {
      const now = this.now();
      for (const [k, v] of this.sessions) if (v.until <= now) this.sessions.delete(k);
      if (this.sessions.size >= MAX_SESSIONS) this.sessions.clear();
    }
    this.sessions.set(key, { identity, until });
  }
}
