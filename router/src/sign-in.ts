import { GraphQLError } from 'graphql';
import { decodeJwt, decodeProtectedHeader, errors as joseErrors, jwtVerify } from 'jose';
import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  ANONYMOUS,
  isUuid,
  roles,
  OutgoingPolicy,
  type AccessTokenClaims,
  type Identity,
  type SubgraphClient,
} from '@sprint-reports/core';
import { AccessTokenKeys, loadAccessTokenKeys } from './access-token-keys.ts';
import { ExternalSignIn } from './external-sign-in.ts';
import { refused } from './sign-in-errors.ts';
import { UserAccess } from './user-access.ts';

export { isAccessChanged } from './user-access.ts';

const TEAM_ROLES = new Set(['MANAGER', 'MEMBER', 'VIEWER']);
// Clocks of the users subgraph's host and ours may differ a little.
const CLOCK_TOLERANCE_SECONDS = 5;
/** Bound on access tokens whose verification is remembered (bounded, so a flood of valid tokens cannot grow memory). */
const MAX_VERIFIED_TOKENS = 50_000;

/** What a verified access token of ours says, its claims checked. */
type VerifiedClaims = Pick<AccessTokenClaims, 'sub' | 'tid' | 'role' | 'email' | 'teams'> & { kid: string; exp: number; ver: number };

export interface SignInOptions {
  /** The clock tokens are checked against (tests move it to see tokens expire). */
  now?: () => number;
  /** The least time between two fetches of our signing keys caused by unknown kids. */
  minKeyRefetchMs?: number;
  /** Which addresses identity providers' keys may be fetched from (the runtime's); default: public ones only. */
  outgoing?: OutgoingPolicy;
}

/**
 * Who a request acts for, from its `Authorization: Bearer <token>` header, verified once here
 * (subgraphs then trust the identity the router signs for them):
 * - no header: anonymous (only @public fields answer);
 * - our own access token (iss `sprint-reports`): ES256 only, key by kid from the users subgraph,
 *   issuer, audience, exp and nbf checked, and the user's access version (`ver`: refused once the
 *   user is disabled or their role or teams changed; user-access.ts);
 * - any other issuer: a tenant's identity provider (OIDC), if one is configured for it.
 * A token that fails any check is refused (UNAUTHENTICATED, HTTP 401) with the reason; a valid
 * external token that maps to no user of the tenant is FORBIDDEN (403).
 */
export class SignIn {
  readonly keys: AccessTokenKeys;
  private readonly external: ExternalSignIn;
  private readonly access: UserAccess;
  /**
   * Tokens whose signature and claims were verified, by the token itself, until their exp: a
   * signed-in client sends the same token for many requests, and an ES256 verification is most
   * of what identifying it costs. The user's access (disabled, role or teams changed) is still
   * checked on every request, and a token whose key was dropped stops being trusted with it.
   */
  private readonly verified = new Map<string, VerifiedClaims>();
  /** The clock tokens are checked against. */
  readonly now: () => number;

  constructor(client: SubgraphClient, opts: SignInOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.keys = new AccessTokenKeys(loadAccessTokenKeys(client), { minRefetchMs: opts.minKeyRefetchMs, now: this.now });
    this.external = new ExternalSignIn(client, opts.outgoing ?? new OutgoingPolicy({ allowPrivateHosts: false }), this.now);
    this.access = new UserAccess(client, this.now);
  }

  /**
   * The user's access changed (an ACCESS_CHANGED event from the users subgraph): what this router
   * knew of it is forgotten, so their next request is checked against the change.
   */
  forget(tenantId: string, userId: string) {
    this.access.forget(tenantId, userId);
    this.external.forget(tenantId, userId);
  }

  async identify(authorization: string | undefined): Promise<Identity> {
    if (!authorization?.trim()) return ANONYMOUS;
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
    if (!token) throw refused('The Authorization header must be "Bearer <access token>"');
    try {
      // A token verified before is ours: no need to decode it to learn its issuer.
      const { iss } = this.verified.has(token) ? { iss: ACCESS_TOKEN_ISSUER } : decodeJwt(token);
      return iss === ACCESS_TOKEN_ISSUER ? await this.ours(token) : await this.external.identify(token, String(iss ?? ''));
    } catch (err) {
      throw rejection(err);
    }
  }

  private async ours(token: string): Promise<Identity> {
    const claims = (await this.known(token)) ?? (await this.verify(token));
    await this.access.check(claims.tid, claims.sub, claims.ver);
    return { kind: 'user', tenantId: claims.tid, userId: claims.sub, role: claims.role, email: claims.email, teams: { ...claims.teams } };
  }

  /** A token verified before that still holds: not expired (jose's rule, without the tolerance), and its key still published. */
  private async known(token: string): Promise<VerifiedClaims | null> {
    const claims = this.verified.get(token);
    if (!claims) return null;
    if (Math.floor(this.now() / 1000) >= claims.exp) {
      this.verified.delete(token);
      return null;
    }
    const { keys } = await this.keys.current();
    if (!keys.some((key) => key.kid === claims.kid)) {
      this.verified.delete(token);
      return null;
    }
    return claims;
  }

  private async verify(token: string): Promise<VerifiedClaims> {
    const { kid } = decodeProtectedHeader(token);
    if (!kid) throw refused('The access token names no signing key (kid)');
    const { payload } = await jwtVerify<Partial<AccessTokenClaims>>(token, this.keys.resolve, {
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      requiredClaims: ['exp', 'sub', 'tid'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      currentDate: new Date(this.now()),
    });
    const { sub, tid, role, email, teams, ver = 0, exp } = payload;
    const validTeams = !!teams && typeof teams === 'object' && Object.entries(teams).every(([id, r]) => isUuid(id) && TEAM_ROLES.has(r));
    if (!isUuid(sub) || !isUuid(tid) || !roles.includes(role!) || typeof email !== 'string' || !validTeams || !Number.isSafeInteger(ver) || ver < 0) {
      throw refused("The access token's claims are not those of a Sprint Reports user");
    }
    const claims: VerifiedClaims = { kid, exp: exp!, tid: tid!, sub: sub!, ver, role: role!, email, teams: { ...teams! } };
    // Within the clock tolerance after exp jose still accepts the token; it is not remembered then.
    if (Math.floor(this.now() / 1000) < claims.exp) {
      if (this.verified.size >= MAX_VERIFIED_TOKENS) {
        const now = Math.floor(this.now() / 1000);
        for (const [t, c] of this.verified) if (now >= c.exp) this.verified.delete(t);
        if (this.verified.size >= MAX_VERIFIED_TOKENS) this.verified.delete(this.verified.keys().next().value!);
      }
      this.verified.set(token, claims);
    }
    return claims;
  }
}

/**
 * Why a token was refused, as the client's error. Errors we raised ourselves (refused, FORBIDDEN,
 * unavailable) pass through; jose's say what was wrong; anything else a token made happen is the
 * token's fault too: refused, never a 500.
 */
function rejection(err: unknown): GraphQLError {
  if (err instanceof GraphQLError) return err;
  if (err instanceof joseErrors.JWTExpired) return refused('The access token has expired: refresh it, or sign in again');
  if (err instanceof joseErrors.JWTClaimValidationFailed) {
    if (err.claim === 'aud') return refused('The access token is not meant for this API (wrong audience)');
    if (err.claim === 'iss') return refused("The access token's issuer is not one this API trusts");
    if (err.claim === 'nbf') return refused('The access token is not valid yet (nbf)');
    return refused(`The access token's "${err.claim}" claim is not valid (${err.reason})`);
  }
  if (err instanceof joseErrors.JWSSignatureVerificationFailed) return refused("The access token's signature is not valid");
  if (err instanceof joseErrors.JOSEAlgNotAllowed) return refused('The access token is signed with an algorithm this API does not accept');
  if (err instanceof joseErrors.JWKSNoMatchingKey || err instanceof joseErrors.JWKSMultipleMatchingKeys) {
    return refused('The access token is signed with a key this API does not know (kid)');
  }
  if (err instanceof joseErrors.JWKSTimeout || err instanceof joseErrors.JWKSInvalid || (err instanceof TypeError && /fetch/i.test(err.message))) {
    return refused("The access token could not be checked: its identity provider's keys could not be fetched", err);
  }
  if (err instanceof joseErrors.JWTInvalid || err instanceof joseErrors.JWSInvalid || err instanceof joseErrors.JOSENotSupported || err instanceof TypeError) {
    return refused('The access token is malformed', err);
  }
  return refused('The access token was rejected', err);
}
