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
// Short: the header is made for one subgraph call, so a captured one is soon worthless.
const LIFETIME_SECONDS = 60;

/**
 * Signs and verifies the identity header with a secret the router and subgraphs share
 * (INTERNAL_SECRET). An internal JWT (HS256, pinned) rather than a home-made HMAC format.
 */
export class IdentitySigner {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    if (secret.length < 32) throw new Error('INTERNAL_SECRET must be at least 32 characters');
    this.key = new TextEncoder().encode(secret);
  }

  sign(identity: Identity): Promise<string> {
    return new SignJWT({ identity })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${LIFETIME_SECONDS}s`)
      .sign(this.key);
  }

  /** The identity in a header, or UNAUTHENTICATED: a subgraph answers nobody the router did not sign for. */
  async verify(header: string | null | undefined): Promise<Identity> {
    if (!header) throw unauthenticated('This subgraph answers only the router: the request carries no signed identity');
    try {
      const { payload } = await jwtVerify<{ identity: Identity }>(header, this.key, { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE });
      return payload.identity;
    } catch (err) {
      const reason = err instanceof joseErrors.JWTExpired ? 'it has expired' : 'its signature is not valid';
      throw unauthenticated(`This subgraph answers only the router: the request's identity was rejected (${reason})`);
    }
  }
}
