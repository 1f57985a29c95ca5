import { createLocalJWKSet, errors as joseErrors, type FlattenedJWSInput, type JSONWebKeySet, type JWTHeaderParameters } from 'jose';
import type { SubgraphClient } from '@sprint-reports/core';
import { unavailable } from './sign-in-errors.ts';
import { AccessTokenKeysDocument } from './remote/__generated__/users.ts';

/** The users subgraph's public signing keys (current, and recently retired), as a JWKS. */
export const loadAccessTokenKeys = (client: SubgraphClient) => async (): Promise<JSONWebKeySet> => {
  const data = await client.execute('users', null, AccessTokenKeysDocument);
  const jwks = JSON.parse(data.accessTokenKeys) as JSONWebKeySet;
  if (!Array.isArray(jwks?.keys)) throw new Error('The users subgraph answered accessTokenKeys without a key list');
  return jwks;
};

/**
 * The keys that verify our own access tokens, fetched from the users subgraph and kept here, so a
 * request costs no call. A token with a kid we do not know (the users subgraph rotated its key) makes
 * us fetch again, but at most once per `minRefetchMs`: a flood of made-up kids cannot turn into a
 * flood of database reads (a real new key is seen at once, unless such a flood just made us fetch).
 * The list is also refetched when older than `maxAgeMs`, so a key the users subgraph dropped stops
 * verifying here too.
 */
export class AccessTokenKeys {
  private jwks: JSONWebKeySet | null = null;
  private local: ReturnType<typeof createLocalJWKSet> | null = null;
  private fetchedAt = -Infinity;
  private missRefetchAt = -Infinity;
  private retryAt = -Infinity;
  private loading: Promise<JSONWebKeySet> | null = null;

  constructor(
    private readonly load: () => Promise<JSONWebKeySet>,
    private readonly opts: { minRefetchMs?: number; maxAgeMs?: number; now?: () => number } = {},
  ) {}

  private now = () => (this.opts.now ?? Date.now)();

  /** The current key list (what /.well-known/jwks.json serves), fetched again when older than `maxAgeMs`. */
  async current(maxAgeMs = this.opts.maxAgeMs ?? 10 * 60_000): Promise<JSONWebKeySet> {
    if (this.jwks && (this.now() - this.fetchedAt < maxAgeMs || this.now() < this.retryAt)) return this.jwks;
    if (!this.jwks) return this.refetch();
    // The users subgraph being away for a moment must not sign everyone out: keep verifying with
    // the keys we have, and try again in a while (not on every request).
    return this.refetch().catch(() => {
      this.retryAt = this.now() + (this.opts.minRefetchMs ?? 30_000);
      return this.jwks!;
    });
  }

  /** One fetch at a time: concurrent callers share it. */
  private refetch(): Promise<JSONWebKeySet> {
    this.loading ??= this.load()
      .catch((err: unknown) => {
        throw unavailable(err);
      })
      .then((jwks) => {
        this.jwks = jwks;
        this.local = createLocalJWKSet(jwks);
        this.fetchedAt = this.now();
        return jwks;
      })
      .finally(() => (this.loading = null));
    return this.loading;
  }

  /** A key resolver for jose's jwtVerify: the key named by the token's kid. */
  readonly resolve = async (header: JWTHeaderParameters, token: FlattenedJWSInput) => {
    await this.current();
    try {
      return await this.local!(header, token);
    } catch (err) {
      if (!(err instanceof joseErrors.JWKSNoMatchingKey) || this.now() - this.missRefetchAt < (this.opts.minRefetchMs ?? 30_000)) throw err;
      this.missRefetchAt = this.now();
      await this.refetch();
      return this.local!(header, token);
    }
  };
}
