import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import { ACCESS_TOKEN_ALGORITHM, ACCESS_TOKEN_TTL_SECONDS, asSystem, type Database, type Runtime, type SecretBox } from '@sprint-reports/core';
import * as data from '../data/index.ts';

/**
 * The keys that sign access tokens. One is active; after KEY_MAX_AGE it is retired and replaced.
 * A retired key stays in the published key set for as long as a token it signed can live (plus an
 * hour of margin for processes that still hold it in their cache), then it is dropped.
 */
export const KEY_MAX_AGE_MS = 30 * 24 * 3600_000;
export const RETIRED_KEY_KEPT_MS = ACCESS_TOKEN_TTL_SECONDS * 1000 + 3600_000;
/** How long a process signs with the key it loaded before it looks again (a rotation elsewhere). */
const CACHE_MS = 5 * 60_000;

export interface SigningKey {
  kid: string;
  key: CryptoKey;
}

function requireSecrets(runtime: Runtime): SecretBox {
  if (!runtime.secrets) {
    throw new Error('The users subgraph keeps its token signing keys sealed: set ENCRYPTION_KEY (32 bytes, base64: openssl rand -base64 32)');
  }
  return runtime.secrets;
}

async function newKey(secrets: SecretBox, now: Date) {
  const { publicKey, privateKey } = await generateKeyPair(ACCESS_TOKEN_ALGORITHM, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const privateJwk = await exportJWK(privateKey);
  return {
    kid,
    publicJwk: { ...publicJwk, kid, alg: ACCESS_TOKEN_ALGORITHM, use: 'sig' },
    privateJwkSealed: secrets.seal(JSON.stringify(privateJwk)),
    createdAt: now,
  };
}

/**
 * Retires the active key once it is older than KEY_MAX_AGE, drops retired keys no token can still
 * need, and creates an active key when there is none. Safe to run from several processes at once:
 * the retirement is a conditional update and the database holds at most one active key.
 */
export async function rotateSigningKeys(runtime: Runtime, opts: { now?: Date } = {}) {
  const secrets = requireSecrets(runtime);
  const now = opts.now ?? new Date();
  // Generated before the transaction: key generation is slow next to the statements.
  const candidate = await newKey(secrets, now);
  const result = await asSystem(runtime.db, async (tx) => {
    const dropped = await data.dropSigningKeysRetiredBefore(tx, new Date(now.getTime() - RETIRED_KEY_KEPT_MS));
    const retired = await data.retireSigningKeysCreatedBy(tx, new Date(now.getTime() - KEY_MAX_AGE_MS), now);
    const created = await data.insertSigningKey(tx, candidate);
    return { created: created.map((k) => k.kid), retired: retired.map((k) => k.kid), dropped: dropped.map((k) => k.kid) };
  });
  if (result.created.length || result.retired.length || result.dropped.length) {
    cache.delete(runtime);
    runtime.log.info(result, 'Rotated the access token signing keys');
  }
  return result;
}

/** The published keys (the JWKS the router verifies with): the active key and recently retired ones. */
export async function publishedKeys(db: Database, now = new Date()) {
  const rows = await data.signingKeysInUseSince(db, new Date(now.getTime() - RETIRED_KEY_KEPT_MS));
  return { keys: rows.map((r) => r.publicJwk as JWK) };
}

const cache = new WeakMap<Runtime, { key: SigningKey; loadedAt: number }>();

/** The active key, to sign with. Opens its own (system) scope: call it outside any other. */
export async function activeSigningKey(runtime: Runtime): Promise<SigningKey> {
  const cached = cache.get(runtime);
  if (cached && Date.now() - cached.loadedAt < CACHE_MS) return cached.key;
  const secrets = requireSecrets(runtime);
  const load = () => asSystem(runtime.db, (tx) => data.activeSigningKeys(tx));
  let [row] = await load();
  if (!row) {
    await rotateSigningKeys(runtime);
    [row] = await load();
  }
  const key = { kid: row.kid, key: (await importJWK(JSON.parse(secrets.open(row.privateJwkSealed)) as JWK, ACCESS_TOKEN_ALGORITHM)) as CryptoKey };
  cache.set(runtime, { key, loadedAt: Date.now() });
  return key;
}
