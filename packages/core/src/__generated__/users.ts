/** What one check of an identity provider tested. */
export type OidcCheckKind =
  /** The provider has the authorization and token endpoints the sign-in button needs (checked only with a client id). */
  | 'AUTHORIZATION_ENDPOINT'
  /** The discovery document (<issuer>/.well-known/openid-configuration) could be read. */
  | 'DISCOVERY'
  /** The discovery document names the same issuer, character for character (tokens' `iss` must equal it). */
  | 'ISSUER'
  /** The discovery document publishes its keys at the JWKS URL given. */
  | 'JWKS_URL'
  /** The JWKS URL answers signing keys in an algorithm the API accepts. */
  | 'SIGNING_KEYS';

/** Tenant roles, most powerful first; each includes the ones after it. */
export type Role =
  | 'ADMIN'
  | 'MANAGER'
  | 'MEMBER'
  | 'VIEWER';

export type TeamRole =
  | 'MANAGER'
  | 'MEMBER'
  | 'VIEWER';
