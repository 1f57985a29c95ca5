import { BodyTooLargeError, EXTERNAL_TOKEN_ALGORITHMS, outgoingRefusal, readTextCapped } from '@sprint-reports/core';
import type { Context } from '../context.ts';
import { validUrl } from '../validate.ts';
import type { OidcProviderInput } from './oidc.ts';

/**
 * testOidcProvider: what an admin learns before saving a provider, by really calling it as the router
 * and the sign-in page will: its discovery document and its signing keys, through the outgoing policy
 * (no private or local addresses unless the operator allows them). Nothing is stored or audited.
 */

export type OidcCheckKind = 'DISCOVERY' | 'ISSUER' | 'JWKS_URL' | 'SIGNING_KEYS' | 'AUTHORIZATION_ENDPOINT';

export interface OidcProviderCheck {
  kind: OidcCheckKind;
  passed: boolean;
  message: string;
  code: string | null;
}

export interface OidcSigningKey {
  kid: string | null;
  alg: string | null;
  kty: string;
  accepted: boolean;
}

export interface OidcProviderTest {
  ok: boolean;
  checks: OidcProviderCheck[];
  keys: OidcSigningKey[];
}

const TIMEOUT_MS = 5_000;
// A discovery document or a JWKS is a few kilobytes; anything far larger is not one.
const MAX_BYTES = 512 * 1024;

class FetchFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The JSON object at `url`, or a FetchFailure saying in words why not. */
async function fetchJson(ctx: Context, url: string, subject: string): Promise<Record<string, unknown>> {
  let res: Response;
  try {
    res = await ctx.runtime.outgoing.fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (err) {
    const refusal = outgoingRefusal(err);
    if (refusal) throw new FetchFailure('OUTGOING_REFUSED', refusal.describe(subject));
    if ((err as Error).name === 'TimeoutError') throw new FetchFailure('TIMEOUT', `${subject} did not answer within ${TIMEOUT_MS / 1000} seconds`);
    // The connection error itself is left out: it would tell what listens where.
    throw new FetchFailure('UNREACHABLE', `${subject} could not be reached`);
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new FetchFailure('HTTP_ERROR', `${subject} answered HTTP ${res.status}`);
  }
  let text: string;
  try {
    text = await readTextCapped(res, MAX_BYTES);
  } catch (err) {
    if (err instanceof BodyTooLargeError)
      throw new FetchFailure('NOT_JSON', `${subject} answered more than ${MAX_BYTES / 1024} KB: too large for what it should be`);
    if ((err as Error).name === 'TimeoutError') throw new FetchFailure('TIMEOUT', `${subject} did not answer within ${TIMEOUT_MS / 1000} seconds`);
    throw new FetchFailure('UNREACHABLE', `${subject} stopped answering part way`);
  }
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Said below.
  }
  throw new FetchFailure('NOT_JSON', `${subject} did not answer a JSON object`);
}

/** The algorithm a key signs with: its `alg`, else what its type and curve imply. */
function algorithmOf(jwk: Record<string, unknown>): string | null {
  if (typeof jwk.alg === 'string') return jwk.alg;
  if (jwk.kty === 'EC') return ({ 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' } as Record<string, string>)[String(jwk.crv)] ?? null;
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') return 'EdDSA';
  return null;
}

function signingKeys(jwks: Record<string, unknown>): OidcSigningKey[] {
  const keys = Array.isArray(jwks.keys) ? jwks.keys : [];
  return keys
    .filter((k): k is Record<string, unknown> => !!k && typeof k === 'object' && typeof (k as Record<string, unknown>).kty === 'string')
    .filter((k) => k.use !== 'enc')
    .map((k) => {
      const alg = algorithmOf(k);
      // An RSA key without `alg` may sign RS256 (what the API tries it with).
      const accepted = alg ? EXTERNAL_TOKEN_ALGORITHMS.includes(alg) : k.kty === 'RSA';
      return { kid: typeof k.kid === 'string' ? k.kid : null, alg, kty: String(k.kty), accepted };
    });
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const describeKey = (k: OidcSigningKey) => `${k.alg ?? k.kty}${k.kid ? ` (${k.kid})` : ''}`;

export async function testOidcProvider(ctx: Context, input: OidcProviderInput): Promise<OidcProviderTest> {
  const httpsOnly = ctx.runtime.config.production;
  const issuer = validUrl(input.issuer, 'issuer', { httpsOnly });
  const jwksUrl = validUrl(input.jwksUrl, 'jwksUrl', { httpsOnly });
  const clientId = input.clientId?.trim() || null;
  const checks: OidcProviderCheck[] = [];
  const pass = (kind: OidcCheckKind, message: string) => checks.push({ kind, passed: true, message, code: null });
  const fail = (kind: OidcCheckKind, code: string, message: string) => checks.push({ kind, passed: false, message, code });

  const discoveryUrl = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  let discovery: Record<string, unknown> | null = null;
  try {
    discovery = await fetchJson(ctx, discoveryUrl, 'The discovery document');
    pass('DISCOVERY', `Reachable: the discovery document was read from ${discoveryUrl}`);
  } catch (err) {
    if (!(err instanceof FetchFailure)) throw err;
    fail('DISCOVERY', err.code, `${err.message} (${discoveryUrl})`);
  }

  if (discovery) {
    if (discovery.issuer === issuer) pass('ISSUER', `The issuer matches: ${issuer}`);
    else
      fail(
        'ISSUER',
        'ISSUER_MISMATCH',
        `The provider calls itself ${JSON.stringify(discovery.issuer ?? null)}, not ${issuer}: its tokens' issuer would not match`,
      );
    if (typeof discovery.jwks_uri !== 'string') fail('JWKS_URL', 'JWKS_URL_MISMATCH', 'The discovery document names no jwks_uri');
    else if (discovery.jwks_uri === jwksUrl) pass('JWKS_URL', 'The discovery document publishes its keys at this JWKS URL');
    else fail('JWKS_URL', 'JWKS_URL_MISMATCH', `The discovery document publishes its keys at ${discovery.jwks_uri}, not at ${jwksUrl}`);
  }

  let keys: OidcSigningKey[] = [];
  try {
    keys = signingKeys(await fetchJson(ctx, jwksUrl, 'The JWKS URL'));
    const accepted = keys.filter((k) => k.accepted);
    if (accepted.length) {
      const others = keys.length - accepted.length;
      pass(
        'SIGNING_KEYS',
        `${plural(accepted.length, 'signing key')} found: ${accepted.map(describeKey).join(', ')}${others ? `; ${plural(others, 'other key')} in algorithms the API does not accept` : ''}`,
      );
    } else {
      const found = keys.length ? `only keys in algorithms the API does not accept (${keys.map(describeKey).join(', ')})` : 'no signing keys';
      fail('SIGNING_KEYS', 'NO_SIGNING_KEYS', `The JWKS URL has ${found}: the API verifies ${EXTERNAL_TOKEN_ALGORITHMS.join(' and ')} tokens`);
    }
  } catch (err) {
    if (!(err instanceof FetchFailure)) throw err;
    fail('SIGNING_KEYS', err.code, err.message);
  }

  // The sign-in button sends people to the authorization endpoint and trades the code at the token endpoint.
  if (clientId && discovery) {
    const missing = ['authorization_endpoint', 'token_endpoint'].filter((k) => typeof discovery[k] !== 'string');
    if (!missing.length) pass('AUTHORIZATION_ENDPOINT', `The sign-in button can use it: people sign in at ${String(discovery.authorization_endpoint)}`);
    else
      fail('AUTHORIZATION_ENDPOINT', 'NO_AUTHORIZATION_ENDPOINT', `The discovery document has no ${missing.join(' or ')}: the sign-in button would not work`);
  }

  return { ok: checks.every((c) => c.passed), checks, keys };
}
