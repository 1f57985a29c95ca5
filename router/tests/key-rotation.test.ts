import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SignJWT, createLocalJWKSet, decodeProtectedHeader, generateKeyPair, jwtVerify } from 'jose';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '@sprint-reports/core';
import { createTestDatabase, seededRouter, smallTeam, startTestRouter, type TestRouter, type TestUser } from '@sprint-reports/testing/router';
import type { Dataset } from '@sprint-reports/demo-data';
import { rotateSigningKeys } from '../../subgraphs/users/src/auth/signing-keys.ts';
import { AccessTokenKeys, loadAccessTokenKeys } from '../src/access-token-keys.ts';

/**
 * The keys that verify access tokens: published at /.well-known/jwks.json, learnt by the router from
 * the users subgraph by kid, rotated without signing anyone out. A file of its own: a rotation
 * changes the keys every router over the database sees.
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let router: TestRouter;
let tenantId: string;
let viewer: TestUser;

beforeAll(async () => {
  let keys: Dataset;
  ({
    database,
    router,
    tenants: { keys },
  } = await seededRouter({ keys: [smallTeam('Atlas', { sprints: 1, issues: 10 })] }, { as: null }));
  tenantId = keys.tenant.id;
  viewer = await router.signIn(tenantId, 'VIEWER');
});
afterAll(async () => {
  await router?.stop();
  await database?.close();
});

const ME = `{ me { id } }`;
const jwksOf = async (r: TestRouter) => (await (await fetch(new URL('/.well-known/jwks.json', r.url))).json()) as { keys: Record<string, string>[] };

describe('signing keys', () => {
  test('/.well-known/jwks.json serves the public key of the current kid, and nothing private', async () => {
    const res = await fetch(new URL('/.well-known/jwks.json', router.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/max-age=60/);
    const jwks = (await res.json()) as { keys: Record<string, string>[] };
    expect(jwks.keys.map((k) => k.kid)).toContain(decodeProtectedHeader(viewer.accessToken).kid);
    for (const key of jwks.keys) {
      expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
      expect(key).not.toHaveProperty('d');
    }
    // Anyone can verify our tokens with it.
    const { payload } = await jwtVerify(viewer.accessToken, createLocalJWKSet(jwks as never), { issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE });
    expect(payload.sub).toBe(viewer.id);
  });

  test('unknown kids make the router fetch the keys again at most once per 30 s', async () => {
    let fetches = 0;
    let clock = Date.now();
    const load = loadAccessTokenKeys(router.client);
    const keys = new AccessTokenKeys(() => (fetches++, load()), { now: () => clock });
    const { privateKey } = await generateKeyPair('ES256');
    const madeUp = () => new SignJWT({}).setProtectedHeader({ alg: 'ES256', kid: `made-up-${randomUUID()}` }).sign(privateKey);
    const verify = async (token: string) =>
      jwtVerify(token, keys.resolve, { algorithms: ['ES256'] }).then(
        () => 'verified',
        (err: Error) => err.name,
      );

    expect(await verify(viewer.accessToken)).toBe('verified');
    expect(fetches).toBe(1);
    expect(await verify(await madeUp())).toBe('JWKSNoMatchingKey');
    expect(fetches).toBe(2); // one refetch, in case the key is new
    for (let i = 0; i < 5; i++) expect(await verify(await madeUp())).toBe('JWKSNoMatchingKey');
    expect(fetches).toBe(2); // a flood of made-up kids: no more fetches
    clock += 31_000;
    expect(await verify(await madeUp())).toBe('JWKSNoMatchingKey');
    expect(fetches).toBe(3);
    expect(await verify(viewer.accessToken)).toBe('verified');
    expect(fetches).toBe(3);
  });

  test('after a key rotation, new tokens verify at once and tokens of the retired (still listed) key keep verifying', async () => {
    const before = await router.signIn(tenantId, 'MEMBER');
    const oldKid = decodeProtectedHeader(before.accessToken).kid;
    expect((await router.query(ME, {}, { token: before.accessToken })).data?.me.id).toBe(before.id);

    // The active key becomes overdue (30 days) and is replaced.
    const rotated = await rotateSigningKeys(router.runtime, { now: new Date(Date.now() + 31 * 24 * 3600_000) });
    expect(rotated.retired).toEqual([oldKid]);
    const after = await router.signIn(tenantId, 'MEMBER');
    const newKid = decodeProtectedHeader(after.accessToken).kid;
    expect(newKid).not.toBe(oldKid);

    // This router knew the old key only: the new one it fetches when it first sees its kid.
    for (const user of [before, after]) expect((await router.query(ME, {}, { token: user.accessToken })).data?.me.id).toBe(user.id);
    // A router that never saw the old key finds it listed as retired, and accepts its tokens.
    const fresh = await startTestRouter(database);
    try {
      for (const user of [before, after]) expect((await fresh.query(ME, {}, { token: user.accessToken })).data?.me.id).toBe(user.id);
      expect((await jwksOf(fresh)).keys.map((k) => k.kid).sort()).toEqual([oldKid, newKid].sort());
    } finally {
      await fresh.stop();
    }
  });
});
