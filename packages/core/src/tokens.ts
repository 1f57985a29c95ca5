import type { Role, TeamRole } from './identity.ts';

/**
 * Sprint Reports' own access tokens: the users subgraph signs them (ES256, keys rotated by `kid`),
 * the router verifies them against the users subgraph's public keys and serves those keys at
 * /.well-known/jwks.json. Short-lived: a refresh token (opaque, rotated on use) gets the next one.
 */
export const ACCESS_TOKEN_ISSUER = 'sprint-reports';
export const ACCESS_TOKEN_AUDIENCE = 'sprint-reports-api';
export const ACCESS_TOKEN_ALGORITHM = 'ES256';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

/** Algorithms accepted from identity providers' tokens (OIDC): the asymmetric ones they actually use. */
export const EXTERNAL_TOKEN_ALGORITHMS = ['RS256', 'ES256'];

/** The claims of an access token beyond iss/aud/iat/nbf/exp/jti. */
export interface AccessTokenClaims {
  /** The user id. */
  sub: string;
  /** The tenant id. */
  tid: string;
  role: Role;
  email: string;
  /** The user's role in each team they belong to (team-scoped writes check it). */
  teams: Record<string, TeamRole>;
  /**
   * The user's access version when the token was issued: the users subgraph bumps it when the user is
   * disabled or enabled, or their role or a team role changes, and the router refuses a token whose
   * version is no longer the user's (its role, teams or the account itself changed since). Absent in
   * tokens issued before versions existed: version 0.
   */
  ver: number;
}
