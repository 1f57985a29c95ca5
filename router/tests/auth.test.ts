import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SignJWT, decodeJwt, decodeProtectedHeader, generateKeyPair, type CryptoKey, type JWTPayload } from 'jose';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '@sprint-reports/core';
import { createTestDatabase, seededRouter, smallTeam, startTestRouter, type TestRouter, type TestUser } from '@sprint-reports/testing/router';
import type { Dataset } from '@sprint-reports/demo-data';
import { activeSigningKey } from '../../subgraphs/users/src/auth/signing-keys.ts';
import { SignIn } from '../src/sign-in.ts';
import { startIdentityProvider, type IdentityProvider } from './identity-provider.ts';

/**
 * Sign-in at the router: our own access tokens (ES256, keys by kid from the users subgraph), a
 * tenant's identity provider (OIDC), and every way a token can be wrong: each is refused with HTTP
 * 401 and UNAUTHENTICATED, with the reason, before any subgraph runs.
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let router: TestRouter;
let acme: Dataset;
let viewer: TestUser;

beforeAll(async () => {
  ({
    database,
    router,
    tenants: { acme },
  } = await seededRouter({ acme: [smallTeam('Atlas', { sprints: 2, issues: 30 })] }));
  viewer = await router.signIn(acme.tenant.id, 'VIEWER');
});
afterAll(async () => {
  await router?.stop();
  await database?.close();
});

const ME = `{ me { id email role } boards { name } }`;
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The claims of a genuine access token for `user`, for tokens made to be wrong in one way. */
const claimsOf = (user: TestUser, now = Math.floor(Date.now() / 1000)): JWTPayload => ({
  iss: ACCESS_TOKEN_ISSUER,
  aud: ACCESS_TOKEN_AUDIENCE,
  sub: user.id,
  tid: user.tenantId,
  role: user.role,
  email: user.email,
  teams: {},
  iat: now,
  nbf: now,
  exp: now + 900,
});

/** Signs `payload` as the users subgraph would (its active key and kid), with `header` overriding. */
async function mint(payload: JWTPayload, opts: { key?: CryptoKey | Uint8Array; kid?: string; alg?: string } = {}) {
  const active = await activeSigningKey(router.runtime);
  return new SignJWT(payload).setProtectedHeader({ alg: opts.alg ?? 'ES256', kid: opts.kid ?? active.kid, typ: 'JWT' }).sign(opts.key ?? active.key);
}

/** Asks with this Authorization header; expects the request refused with 401 UNAUTHENTICATED and `reason`. */
async function expectRefused(authorization: string, reason: RegExp) {
  const res = await router.request(ME, {}, { token: null, headers: { authorization } });
  expect(res.status, JSON.stringify(res.body)).toBe(401);
  expect(res.body.data).toBeUndefined();
  expect(res.body.errors).toHaveLength(1);
  expect(res.body.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
  expect(res.body.errors![0].message).toMatch(reason);
  expect(res.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
}

describe('our own access tokens', () => {
  test('a token from login works, and the request acts for that user', async () => {
    const res = await router.query(ME, {}, { token: viewer.accessToken });
    expect(res.errors).toBeUndefined();
    expect(res.data.me).toEqual({ id: viewer.id, email: viewer.email, role: 'VIEWER' });
    expect(res.data.boards).toEqual([{ name: 'Atlas board' }]);
  });

  test('without a token only sign-in answers: everything else is UNAUTHENTICATED', async () => {
    const res = await router.query(`{ boards { id } }`, {}, { token: null });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const login = await router.query(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }`,
      { e: viewer.email, p: viewer.password },
      { token: null },
    );
    expect(login.data.login.user.id).toBe(viewer.id);
  });

  test('a forged signature is refused: another key under our kid, or a genuine token with its claims changed', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    await expectRefused(`Bearer ${await mint(claimsOf(viewer), { key: privateKey })}`, /signature is not valid/);
    // The viewer makes themself an admin: the signature no longer matches.
    const [header, , signature] = viewer.accessToken.split('.');
    const promoted = { ...JSON.parse(Buffer.from(viewer.accessToken.split('.')[1], 'base64url').toString()), role: 'ADMIN' };
    await expectRefused(`Bearer ${header}.${b64(promoted)}.${signature}`, /signature is not valid/);
  });

  test('an expired token is refused, and so is one not valid yet', async () => {
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    await expectRefused(`Bearer ${await mint(claimsOf(viewer, hourAgo))}`, /expired/);
    const inAnHour = Math.floor(Date.now() / 1000) + 3600;
    await expectRefused(`Bearer ${await mint(claimsOf(viewer, inAnHour))}`, /not valid yet/);
  });

  test('a real token presented after its 15 minutes is refused (the router checks exp against its clock)', async () => {
    const later = await startTestRouter(database, { edge: { now: () => Date.now() + 16 * 60_000 } });
    try {
      const res = await later.request(ME, {}, { token: viewer.accessToken });
      expect(res.status).toBe(401);
      expect(res.body.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/expired/) });
    } finally {
      await later.stop();
    }
  });

  test('a token for another audience is refused', async () => {
    await expectRefused(`Bearer ${await mint({ ...claimsOf(viewer), aud: 'some-other-api' })}`, /wrong audience/);
  });

  test('a token from an issuer we do not trust is refused, even signed with our key', async () => {
    await expectRefused(`Bearer ${await mint({ ...claimsOf(viewer), iss: 'https://issuer.example' })}`, /issuer is not one this API trusts/);
  });

  test('alg none, and a symmetric algorithm keyed with our public key, are refused', async () => {
    const { kid } = decodeProtectedHeader(viewer.accessToken);
    const unsigned = `${b64({ alg: 'none', kid, typ: 'JWT' })}.${b64(claimsOf(viewer))}.`;
    await expectRefused(`Bearer ${unsigned}`, /algorithm this API does not accept/);
    const jwks = (await (await fetch(new URL('/.well-known/jwks.json', router.url))).json()) as { keys: { x: string }[] };
    const hmac = await mint(claimsOf(viewer), { alg: 'HS256', key: new TextEncoder().encode(jwks.keys[0].x) });
    await expectRefused(`Bearer ${hmac}`, /algorithm this API does not accept/);
  });

  test('a token signed with a key we do not know (unknown kid) is refused', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    await expectRefused(`Bearer ${await mint(claimsOf(viewer), { key: privateKey, kid: 'not-a-key-of-ours' })}`, /key this API does not know/);
  });

  test('malformed tokens and headers are refused, never a 500', async () => {
    const [header, payload, signature] = viewer.accessToken.split('.');
    for (const authorization of [
      `Bearer ${header.slice(0, 10)}{W,${header.slice(12)}.${payload}.${signature}`,
      'Bearer not-a-jwt',
      'Bearer a.b.c',
      `Bearer ${header}.${payload}`,
      `Bearer ${header}.!!!.sig`,
      `Bearer ${b64({ alg: 'ES256' })}.${Buffer.from('not json').toString('base64url')}.x`,
      `Bearer ${'x'.repeat(5000)}`,
    ]) {
      await expectRefused(authorization, /malformed/);
    }
    await expectRefused('Basic dXNlcjpwYXNz', /must be "Bearer <access token>"/);
    await expectRefused('Bearer', /must be "Bearer <access token>"/);
    // Signed with our key but missing who it is for.
    const { tid: _tid, ...noTenant } = claimsOf(viewer);
    await expectRefused(`Bearer ${await mint(noTenant)}`, /"tid" claim/);
    await expectRefused(`Bearer ${await mint({ ...claimsOf(viewer), role: 'OWNER' })}`, /claims are not those of a Sprint Reports user/);
  });
});

test("when the users subgraph cannot be reached, a token cannot be checked: 503 naming the outage, not a 500 and not the client's fault", async () => {
  const cut = await startTestRouter(database, { subgraphUrls: { users: 'http://127.0.0.1:9/graphql' } });
  try {
    const res = await cut.request(ME, {}, { token: viewer.accessToken });
    expect(res.status).toBe(503);
    expect(res.body.errors![0]).toMatchObject({ message: 'Sign-in is unavailable right now; try again shortly', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
    expect((await fetch(new URL('/.well-known/jwks.json', cut.url))).status).toBe(503);
  } finally {
    await cut.stop();
  }
});

describe('a verified token is remembered (it is sent with every request) until its exp, and for nothing else', () => {
  /** A router's sign-in with its own clock, over the test router's subgraphs. */
  const signInAt = (clock: () => number) => new SignIn(router.client, { now: clock });
  const refusal = (signIn: SignIn, token: string) =>
    signIn.identify(`Bearer ${token}`).then(
      () => null,
      (err: Error) => err.message,
    );

  test('once expired it is refused though it verified before: at exp plus the clock tolerance, as if never seen', async () => {
    const { exp } = decodeJwt(viewer.accessToken);
    let clock = Date.now();
    const signIn = signInAt(() => clock);
    expect(await signIn.identify(`Bearer ${viewer.accessToken}`)).toMatchObject({ kind: 'user', userId: viewer.id, role: 'VIEWER' });
    clock = exp! * 1000 - 1_000;
    expect(await signIn.identify(`Bearer ${viewer.accessToken}`)).toMatchObject({ userId: viewer.id });
    // From exp the remembered verification no longer counts; jose's own tolerance (5 s) still applies.
    clock = exp! * 1000 + 4_000;
    expect(await signIn.identify(`Bearer ${viewer.accessToken}`)).toMatchObject({ userId: viewer.id });
    clock = exp! * 1000 + 6_000;
    expect(await refusal(signIn, viewer.accessToken)).toMatch(/expired/);
  });

  test('another token is verified anew: one altered from a remembered token, or signed by another key under its kid, is refused', async () => {
    const signIn = signInAt(Date.now);
    expect(await signIn.identify(`Bearer ${viewer.accessToken}`)).toMatchObject({ userId: viewer.id });
    const [header, payload, signature] = viewer.accessToken.split('.');
    const promoted = b64({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'ADMIN' });
    expect(await refusal(signIn, `${header}.${promoted}.${signature}`)).toMatch(/signature is not valid/);
    const { privateKey } = await generateKeyPair('ES256');
    expect(await refusal(signIn, await mint(decodeJwt(viewer.accessToken), { key: privateKey }))).toMatch(/signature is not valid/);
    // The genuine one still holds, as the same user with the same role.
    expect(await signIn.identify(`Bearer ${viewer.accessToken}`)).toMatchObject({ userId: viewer.id, role: 'VIEWER' });
  });
});

describe("a tenant's own identity provider (OIDC)", () => {
  let idp: IdentityProvider;
  const AUDIENCE = 'sprint-reports-at-acme';
  let manager: { id: string; email: string };

  beforeAll(async () => {
    idp = await startIdentityProvider();
    const res = await router.query(`mutation($input: OidcProviderInput!) { setOidcProvider(input: $input) { issuer audience jwksUrl } }`, {
      input: { issuer: idp.issuer, audience: AUDIENCE, jwksUrl: idp.jwksUrl, emailClaim: 'email' },
    });
    expect(res.errors).toBeUndefined();
    const user = await router.signIn(acme.tenant.id, 'MANAGER');
    manager = { id: user.id, email: user.email };
  });
  afterAll(() => idp?.close());

  test("its tokens sign the tenant's people in, as the users they map to", async () => {
    const token = await idp.token({ sub: 'idp-user-1', email: manager.email, aud: AUDIENCE });
    const res = await router.query(ME, {}, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data.me).toEqual({ id: manager.id, email: manager.email, role: 'MANAGER' });
    expect(res.data.boards).toEqual([{ name: 'Atlas board' }]);
    // Again with the same token: the mapping is kept until the token expires.
    expect((await router.query(ME, {}, { token })).data).toEqual(res.data);
    // The provider's keys were fetched once, and kept.
    expect(idp.jwksFetches).toBe(1);
  });

  test('an ES256 provider key works too', async () => {
    const token = await idp.token({ sub: 'idp-user-1', email: manager.email, aud: AUDIENCE }, 'ES256');
    expect((await router.query(ME, {}, { token })).data?.me.id).toBe(manager.id);
  });

  test('a token of that provider for another audience is refused', async () => {
    await expectRefused(`Bearer ${await idp.token({ sub: 'idp-user-1', email: manager.email, aud: 'another-app' })}`, /wrong audience/);
  });

  test('an expired one, one signed by a key the provider does not publish, and one with a symmetric algorithm are refused', async () => {
    await expectRefused(`Bearer ${await idp.token({ email: manager.email, aud: AUDIENCE, exp: Math.floor(Date.now() / 1000) - 60 })}`, /expired/);
    const { privateKey } = await generateKeyPair('RS256');
    const foreign = await new SignJWT({ email: manager.email })
      .setProtectedHeader({ alg: 'RS256', kid: idp.kid })
      .setIssuer(idp.issuer)
      .setAudience(AUDIENCE)
      .setExpirationTime('5m')
      .sign(privateKey);
    await expectRefused(`Bearer ${foreign}`, /signature is not valid/);
    const hmac = await new SignJWT({ email: manager.email })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(idp.issuer)
      .setAudience(AUDIENCE)
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('x'.repeat(32)));
    await expectRefused(`Bearer ${hmac}`, /algorithm this API does not accept/);
  });

  test('a valid token for someone who is no user of the tenant is FORBIDDEN (403)', async () => {
    const res = await router.request(ME, {}, { token: await idp.token({ sub: 'stranger', email: 'stranger@elsewhere.test', aud: AUDIENCE }) });
    expect(res.status).toBe(403);
    expect(res.body.errors![0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('introspection', () => {
  const SCHEMA = `{ __schema { queryType { name } } }`;
  const VIA_FRAGMENT = `query { ...T } fragment T on Query { __type(name: "Board") { name } }`;

  test('in production, anonymous clients may not introspect; signed-in users may', async () => {
    const prod = await startTestRouter(database, { config: { production: true } });
    try {
      for (const query of [SCHEMA, VIA_FRAGMENT]) {
        const res = await prod.request(query, {}, { token: null });
        expect(res.status).toBe(401);
        expect(res.body.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/Sign in to explore the schema/) });
      }
      expect((await prod.query(`{ __typename }`, {}, { token: null })).data).toEqual({ __typename: 'Query' });
      const signedIn = await prod.query(SCHEMA, {}, { token: viewer.accessToken });
      expect(signedIn.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await prod.stop();
    }
  });

  test('outside production anyone may introspect (development)', async () => {
    expect((await router.query(SCHEMA, {}, { token: null })).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
