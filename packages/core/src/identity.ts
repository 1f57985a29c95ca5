import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { unauthenticated } from './errors.ts';

/** Tenant roles, most powerful first. A role includes every role below it. */
export const roles = ['ADMIN', 'MANAGER', 'MEMBER', 'VIEWER'] as const;
export type Role = (typeof roles)[number];
export type TeamRole = 'MANAGER' | 'MEMBER' | 'VIEWER';

/**
 * Who a request acts for, as the router verified it. `user`: a signed-in person of one tenant.
 * `service`: our own code (jobs, one subgraph asking another, the webhook endpoint), with a tenant
 * when the work is a tenant's and without one for system-wide work. `anonymous`: nobody yet
 * (only sign-in fields accept it).
 */
export type Identity =
  | { kind: 'anonymous'; tenantId: null }
  | { kind: 'service'; tenantId: string | null }
  | { kind: 'user'; tenantId: string; userId: string; role: Role; email: string; teams: Record<string, TeamRole> };

export const ANONYMOUS: Identity = { kind: 'anonymous', tenantId: null };
export const serviceIdentity = (tenantId: string | null): Identity => ({ kind: 'service', tenantId });

/** Whether `role` includes `required` (ADMIN includes MANAGER includes MEMBER includes VIEWER). */
export const roleIncludes = (role: Role, required: Role) => roles.indexOf(role) <= roles.indexOf(required);

/** The header the router (or a subgraph calling another) sets with the signed identity. */
export const IDENTITY_HEADER = 'x-sprint-identity';
const AUDIENCE = 'sprint-reports-subgraphs';
const ISSUER = 'sprint-reports-router';
// Short: a captured header is soon worthless.
const LIFETIME_SECONDS = 60;
/**
 * How long a signed header is reused for the same identity (the router's fetches to several
 * subgraphs for one request, and that user's next requests): a header is never sent more than this
 * after it was signed, so it always has at least 50 of its 60 s left when it arrives.
 */
const REUSE_SECONDS = 10;
/** Bound on headers remembered by each cache: identities active within a few seconds, far fewer in practice. */
const MAX_CACHED = 10_000;

/**
 * Signs and verifies the identity header with a secret the router and subgraphs share
 * (INTERNAL_SECRET). An internal JWT (HS256, pinned) rather than a home-made HMAC format.
 *
 * Cheap on the hot path: the key is imported once (jose would import raw bytes on every call); a
 * header signed for an identity is reused for REUSE_SECONDS; a header verified once is trusted
 * again, byte for byte, until its own exp (a changed byte is a different key, verified anew).
 */
export class IdentitySigner {
  private readonly key: Promise<CryptoKey>;
  private readonly signed = new Map<string, { header: Promise<string>; until: number }>();
  private readonly verified = new Map<string, { identity: Identity; exp: number }>();

  constructor(
    secret: string,
    /** The clock headers are signed and checked against (tests move it to see headers expire). */
    private readonly now: () => number = Date.now,
  ) {
    if (secret.length < 32) throw new Error('INTERNAL_SECRET must be at least 32 characters');
    this.key = crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  }

  sign(identity: Identity): Promise<string> {
    const cacheKey = JSON.stringify(identity);
    const now = this.now();
    const reused = this.signed.get(cacheKey);
    if (reused && now < reused.until) return reused.header;
    const issuedAt = Math.floor(now / 1000);
    const header = this.key.then((key) =>
      new SignJWT({ identity })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + LIFETIME_SECONDS)
        .sign(key),
    );
    remember(this.signed, cacheKey, { header, until: issuedAt * 1000 + REUSE_SECONDS * 1000 });
    header.catch(() => this.signed.get(cacheKey)?.header === header && this.signed.delete(cacheKey));
    return header;
  }

  /** The identity in a header, or UNAUTHENTICATED: a subgraph answers nobody the router did not sign for. */
  async verify(header: string | null | undefined): Promise<Identity> {
    if (!header) throw unauthenticated('This subgraph answers only the router: the request carries no signed identity');
    const known = this.verified.get(header);
    // jose refuses a header once exp <= now (in whole seconds): a cached one is refused from the same second.
    if (known && Math.floor(this.now() / 1000) < known.exp) return known.identity;
    if (known) this.verified.delete(header);
    try {
      const { payload } = await jwtVerify<{ identity: Identity }>(header, await this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        requiredClaims: ['exp'],
        currentDate: new Date(this.now()),
      });
      // Frozen: one object now serves every request that carries this header.
      const identity = Object.freeze({
        ...payload.identity,
        ...('teams' in payload.identity && { teams: Object.freeze({ ...payload.identity.teams }) }),
      }) as Identity;
      remember(this.verified, header, { identity, exp: payload.exp! });
      return identity;
    } catch (err) {
      const reason = err instanceof joseErrors.JWTExpired ? 'it has expired' : 'its signature is not valid';
      throw unauthenticated(`This subgraph answers only the router: the request's identity was rejected (${reason})`);
    }
  }
}

/** Adds an entry to a bounded cache, dropping the oldest entries (Maps keep insertion order) when full. */
function remember<V>(cache: Map<string, V>, key: string, value: V) {
  cache.delete(key);
  if (cache.size >= MAX_CACHED) for (const oldest of cache.keys()) if (cache.delete(oldest) && cache.size < MAX_CACHED * 0.9) break;
  cache.set(key, value);
}
