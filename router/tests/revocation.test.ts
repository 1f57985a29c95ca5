import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createEventBus, createLogger, type EventBus } from '@sprint-reports/core';
import {
  liveClient,
  seededRouter,
  startTestRouter,
  tenantNamed,
  type LiveClient,
  type TestDatabase,
  type TestRouter,
  type TestUser,
} from '@sprint-reports/testing/router';
import { startIdentityProvider } from './identity-provider.ts';

/**
 * A change of someone's access takes effect at once, not when their 15-minute access token expires:
 * disabling them, demoting them, or removing them from a team refuses their existing token on their
 * next request (HTTP 401) and closes their open sockets (4401 when the account is gone or disabled,
 * 4403 when their access changed), on every router. Nothing waits on a clock: each step waits for
 * the socket to close, which happens when the router hears of the change on the event bus.
 * With REDIS_URL two routers share the database and the Redis event stream, and both are checked.
 */
const TENANT = tenantNamed('revocation');
const redisUrl = process.env.REDIS_URL || undefined;
const log = createLogger(process.env.LOG_LEVEL ?? 'silent');
const prefix = `test-revocation-${randomUUID()}`;

let database: TestDatabase;
let router: TestRouter;
/** A second router over the same database and Redis (with Redis only): it hears of changes made through the first. */
let second: TestRouter | undefined;
const buses: EventBus[] = [];
const clients: LiveClient[] = [];
let teamId: string;

const bus = () => {
  const b = createEventBus({ redisUrl, log, prefix });
  buses.push(b);
  return b;
};
const routers = () => [router, ...(second ? [second] : [])];

beforeAll(async () => {
  ({ database, router } = await seededRouter({}, { router: { tenantId: TENANT, events: bus() } }));
  if (redisUrl) second = await startTestRouter(database, { tenantId: TENANT, events: bus() });
  const { data } = await router.query(`mutation { createTeam(name: "Revokers") { id } }`);
  teamId = data.createTeam.id;
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await second?.stop();
  await router?.stop();
  await Promise.all(buses.map((b) => b.close()));
  await database?.close();
});

/** As the admin (the routers' default user). */
async function admin(query: string, variables: Record<string, unknown>) {
  const res = await router.query(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data;
}

/** The team's capacity, set as `user`: a team-scoped write (MANAGER of the team). */
const setCapacity = (r: TestRouter, token: string, focusFactor = 0.8) =>
  r.request(
    `mutation($t: ID!, $f: Float!) { setTeamCapacity(teamId: $t, input: { focusFactor: $f }) { focusFactor } }`,
    { t: teamId, f: focusFactor },
    { token },
  );
const whoAmI = (r: TestRouter, token: string) => r.request(`{ me { role teams { id } } }`, {}, { token });

/** A socket on each router, signed in with the user's token and following the team's capacity, open and subscribed. */
async function sockets(user: Pick<TestUser, 'accessToken'>) {
  return Promise.all(
    routers().map(async (r) => {
      const opened = r.router.live.reached(r.router.live.size + 1);
      const c = liveClient(r.wsUrl, user.accessToken);
      clients.push(c);
      c.subscribe(`subscription($t: ID!) { capacityUpdated(teamId: $t) { at } }`, { t: teamId });
      await opened;
      return c;
    }),
  );
}

/** A manager of the team who has just used their token on every router (so each knows their access). */
async function activeManager() {
  const manager = await router.signIn(TENANT, 'MANAGER', { teams: { [teamId]: 'MANAGER' } });
  for (const r of routers()) expect((await setCapacity(r, manager.accessToken)).body.errors).toBeUndefined();
  return manager;
}

async function refresh(refreshToken: string) {
  return router.query(`mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken refreshToken } }`, { r: refreshToken }, { token: null });
}

describe('a change of access takes effect at once', () => {
  test("a disabled user's access token is refused at their next request, and their sockets close with 4401", async () => {
    const manager = await activeManager();
    const open = await sockets(manager);

    await admin(`mutation($id: ID!) { updateUser(id: $id, input: { disabled: true }) { disabled } }`, { id: manager.id });
    for (const c of open) expect(await c.closed).toMatchObject({ code: 4401, reason: expect.stringMatching(/disabled/) });
    for (const r of routers()) {
      const res = await setCapacity(r, manager.accessToken);
      expect(res.status).toBe(401);
      expect(res.body.errors![0]).toMatchObject({ message: expect.stringMatching(/disabled/), extensions: { code: 'UNAUTHENTICATED' } });
      expect((await whoAmI(r, manager.accessToken)).status).toBe(401);
    }
    // Their sessions ended with it: refreshing fails too.
    expect((await refresh(manager.refreshToken)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    // A new socket is refused at once.
    const again = liveClient(router.wsUrl, manager.accessToken);
    clients.push(again);
    expect(await again.closed).toMatchObject({ code: 4401 });
  });

  test('a manager demoted to viewer: the old token no longer writes (nor reads), their sockets close with 4403; a refreshed token carries the new role', async () => {
    const manager = await activeManager();
    const open = await sockets(manager);

    await admin(`mutation($id: ID!) { updateUser(id: $id, input: { role: VIEWER }) { role } }`, { id: manager.id });
    for (const c of open) expect(await c.closed).toMatchObject({ code: 4403, reason: expect.stringMatching(/access has changed/) });
    for (const r of routers()) {
      const res = await setCapacity(r, manager.accessToken);
      expect(res.status).toBe(401);
      expect(res.body.errors![0]).toMatchObject({ message: expect.stringMatching(/access has changed.*refresh/), extensions: { code: 'UNAUTHENTICATED' } });
    }
    const { data } = await refresh(manager.refreshToken);
    const token = data.refreshToken.accessToken as string;
    for (const r of routers()) {
      expect((await whoAmI(r, token)).body.data.me.role).toBe('VIEWER');
      expect((await setCapacity(r, token)).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
  });

  test("a manager removed from the team: the old token is refused, the socket closes with 4403, and a refreshed token's team-scoped write is FORBIDDEN", async () => {
    const manager = await activeManager();
    const open = await sockets(manager);

    await admin(`mutation($t: ID!, $u: ID!) { removeTeamMember(teamId: $t, userId: $u) }`, { t: teamId, u: manager.id });
    for (const c of open) expect(await c.closed).toMatchObject({ code: 4403 });
    for (const r of routers()) expect((await setCapacity(r, manager.accessToken)).body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const { data } = await refresh(manager.refreshToken);
    const token = data.refreshToken.accessToken as string;
    for (const r of routers()) {
      const res = await setCapacity(r, token);
      expect(res.body.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect((await whoAmI(r, token)).body.data.me).toEqual({ role: 'MANAGER', teams: [] });
    }
  });

  test('a team role lowered (manager to member) refuses the old token; a change that is no access (allocation) leaves it working', async () => {
    const manager = await activeManager();
    const update = (input: Record<string, unknown>) =>
      admin(`mutation($t: ID!, $u: ID!, $input: UpdateTeamMemberInput!) { updateTeamMember(teamId: $t, userId: $u, input: $input) { id } }`, {
        t: teamId,
        u: manager.id,
        input,
      });
    await update({ allocationPercent: 0 });
    for (const r of routers()) expect((await setCapacity(r, manager.accessToken)).body.errors).toBeUndefined();

    const open = await sockets(manager);
    await update({ role: 'MEMBER' });
    for (const c of open) expect(await c.closed).toMatchObject({ code: 4403 });
    for (const r of routers()) expect((await setCapacity(r, manager.accessToken)).status).toBe(401);
  });

  test("an identity provider's token: what it maps to is forgotten when the user's access changes (demoted: 4403 and the new role at once; disabled: refused)", async () => {
    const idp = await startIdentityProvider();
    try {
      await admin(`mutation($input: OidcProviderInput!) { setOidcProvider(input: $input) { issuer } }`, {
        input: { issuer: idp.issuer, audience: 'revocation-app', jwksUrl: idp.jwksUrl },
      });
      const manager = await activeManager();
      const external = { accessToken: await idp.token({ sub: 'idp-revoked', email: manager.email, aud: 'revocation-app' }) };
      for (const r of routers()) expect((await whoAmI(r, external.accessToken)).body.data.me.role).toBe('MANAGER');
      const open = await sockets(external);

      await admin(`mutation($id: ID!) { updateUser(id: $id, input: { role: VIEWER }) { role } }`, { id: manager.id });
      for (const c of open) expect(await c.closed).toMatchObject({ code: 4403 });
      // The provider's token is still good: it maps to the user's access as it is now.
      for (const r of routers()) expect((await whoAmI(r, external.accessToken)).body.data.me.role).toBe('VIEWER');

      const reopened = await sockets(external);
      await admin(`mutation($id: ID!) { updateUser(id: $id, input: { disabled: true }) { disabled } }`, { id: manager.id });
      for (const c of reopened) expect(await c.closed).toMatchObject({ code: 4401, reason: expect.stringMatching(/disabled/) });
      for (const r of routers()) expect((await whoAmI(r, external.accessToken)).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    } finally {
      await idp.close();
    }
  });
});
