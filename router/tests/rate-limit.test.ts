import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seededRouter, smallTeam, startTestRouter, type TestDatabase, type TestRouter, type TestUser } from '@sprint-reports/testing/router';
import type { Dataset } from '@sprint-reports/demo-data';
import { publicMutations, publicQueries } from '../src/rate-limit.ts';

/**
 * Per-client rate limits at the router: per user when signed in, per IP otherwise, and a stricter
 * one for sign-in attempts. Over a limit: HTTP 429, Retry-After, RATE_LIMITED. Users are created and
 * signed in at a router without limits over the same database: their tokens are good at every router.
 */
let database: TestDatabase;
let setup: TestRouter;
let tenantId: string;
let alice: TestUser;
let bob: TestUser;
const started: TestRouter[] = [];

const limited = async (opts: { perMinute?: number; loginPerMinute?: number; prefix?: string } = {}) => {
  const router = await startTestRouter(database, {
    config: { rateLimitPerMinute: opts.perMinute ?? 1000, rateLimitLoginPerMinute: opts.loginPerMinute ?? 1000 },
    edge: opts.prefix ? { rateLimitPrefix: opts.prefix } : {},
  });
  started.push(router);
  return router;
};

beforeAll(async () => {
  let limits: Dataset;
  ({
    database,
    router: setup,
    tenants: { limits },
  } = await seededRouter({ limits: [smallTeam('Atlas', { sprints: 1, issues: 10 })] }, { as: null }));
  tenantId = limits.tenant.id;
  alice = await setup.signIn(tenantId, 'VIEWER');
  bob = await setup.signIn(tenantId, 'VIEWER');
});
afterAll(async () => {
  for (const router of [...started, setup]) await router?.stop();
  await database?.close();
});

const BOARDS = `{ boards { id } }`;

function expectLimited(res: Awaited<ReturnType<TestRouter['request']>>) {
  expect(res.status).toBe(429);
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(res.body.errors![0]).toMatchObject({
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
    message: expect.stringMatching(/Too many requests: try again in \d+ s/),
  });
}

describe('requests per minute', () => {
  test('a signed-in user over the limit gets 429 with Retry-After; another user is not affected', async () => {
    const router = await limited({ perMinute: 5 });
    for (let i = 0; i < 5; i++) expect((await router.request(BOARDS, {}, { token: alice.accessToken })).status).toBe(200);
    expectLimited(await router.request(BOARDS, {}, { token: alice.accessToken }));
    expect((await router.request(BOARDS, {}, { token: bob.accessToken })).status).toBe(200);
  });

  test('anonymous clients count by IP', async () => {
    const router = await limited({ perMinute: 3 });
    for (let i = 0; i < 3; i++) expect((await router.request(`{ __typename }`, {}, { token: null })).status).toBe(200);
    expectLimited(await router.request(`{ __typename }`, {}, { token: null }));
    // A signed-in user from the same address has their own allowance.
    expect((await router.request(BOARDS, {}, { token: alice.accessToken })).status).toBe(200);
  });
});

describe('sign-in attempts per minute', () => {
  const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`;

  test('failed logins use up the allowance: then even the right password waits', async () => {
    const router = await limited({ loginPerMinute: 3 });
    for (let i = 0; i < 3; i++) {
      const res = await router.request(LOGIN, { e: alice.email, p: 'wrong password' }, { token: null });
      expect(res.status).not.toBe(429);
      expect(res.body.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expectLimited(await router.request(LOGIN, { e: alice.email, p: alice.password }, { token: null }));
    // A signed-in caller guessing someone's password counts against the same allowance.
    expectLimited(await router.request(LOGIN, { e: bob.email, p: 'a guess' }, { token: alice.accessToken }));
    // Signed-in traffic is not sign-in traffic.
    expect((await router.request(BOARDS, {}, { token: alice.accessToken })).status).toBe(200);
  });

  test('the public mutations, read from the SDL, are the sign-in ones', () => {
    expect([...publicMutations()].sort()).toEqual(expect.arrayContaining(['login', 'refreshToken', 'signUp']));
    expect(publicMutations()).not.toContain('createUser');
  });

  test('single sign-on look-ups (the public singleSignOn query) are sign-in attempts: anyone may ask, a domain without a provider answers null', async () => {
    expect([...publicQueries()]).toEqual(['singleSignOn']);
    const router = await limited({ loginPerMinute: 2 });
    const SSO = `query($e: String!) { singleSignOn(email: $e) { issuer } }`;
    for (const e of [alice.email, 'nobody@nowhere.test']) {
      const res = await router.request(SSO, { e }, { token: null });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ data: { singleSignOn: null } });
    }
    expectLimited(await router.request(SSO, { e: 'third@nowhere.test' }, { token: null }));
    // Other anonymous queries are not sign-in attempts.
    expect((await router.request(`{ __typename }`, {}, { token: null })).status).toBe(200);
  });

  test('rejected tokens count as failed sign-ins', async () => {
    const router = await limited({ loginPerMinute: 2 });
    for (let i = 0; i < 2; i++) expect((await router.request(BOARDS, {}, { token: 'not-a-token' })).status).toBe(401);
    expectLimited(await router.request(BOARDS, {}, { token: 'not-a-token' }));
  });
});

describe.runIf(process.env.REDIS_URL)('with Redis', () => {
  test('two router instances share one limit', async () => {
    const prefix = `test:shared:${randomUUID()}`;
    const [a, b] = [await limited({ perMinute: 4, prefix }), await limited({ perMinute: 4, prefix })];
    for (const router of [a, b, a, b]) expect((await router.request(BOARDS, {}, { token: alice.accessToken })).status).toBe(200);
    expectLimited(await a.request(BOARDS, {}, { token: alice.accessToken }));
    expectLimited(await b.request(BOARDS, {}, { token: alice.accessToken }));
    // A third instance with its own keys has its own count.
    expect((await (await limited({ perMinute: 4 })).request(BOARDS, {}, { token: alice.accessToken })).status).toBe(200);
  });
});
