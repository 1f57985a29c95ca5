import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createEventBus, createLogger, IDENTITY_HEADER, IdentitySigner, subgraphNames, type EventBus, type Identity, type SubgraphName } from '@sprint-reports/core';
import {
  createTestDatabase, freePort, liveClient, seedTenant, smallTeam, startTestRouter, testDatabaseUrl, testEncryptionKey, testInternalSecret, type TestRouter,
} from '@sprint-reports/testing';
import type { Dataset } from '@sprint-reports/demo-data';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DASHBOARD = fs.readFileSync(`${root}tests/dashboard.graphql`, 'utf8');

/** Starts one subgraph as its own process on its port, knowing every subgraph's URL; resolves with its URL once it says it listens. */
function startSubgraphProcess(name: SubgraphName, port: number, urls: Record<SubgraphName, string>, databaseUrl: string, children: ChildProcess[], redisPrefix: string): Promise<{ child: ChildProcess; url: string }> {
  const urlEnv = Object.fromEntries(subgraphNames.map((n) => [`${n.toUpperCase()}_SUBGRAPH_URL`, urls[n]]));
  const child = spawn(process.execPath, ['--import', 'tsx', `subgraphs/${name}/src/server.ts`], {
    cwd: root,
    // The router's INTERNAL_SECRET (the identity header) and encryption key (the users subgraph's sealed signing keys).
    env: { ...process.env, ...urlEnv, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'test', INTERNAL_SECRET: testInternalSecret, ENCRYPTION_KEY: testEncryptionKey, REDIS_PREFIX: redisPrefix },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child); // recorded at once, so afterAll stops it even if another fails to start
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${name} subgraph exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      const entry = JSON.parse(line) as { port?: number; msg: string };
      if (entry.port && entry.msg.includes('listening')) resolve({ child, url: `http://127.0.0.1:${entry.port}/graphql` });
    });
  });
}

// Separate processes share one database server, so this mode needs PostgreSQL (CI sets it).
describe.runIf(testDatabaseUrl)('subgraphs as separate processes', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let acme: Dataset;
  let distributed: TestRouter;
  let embedded: TestRouter;
  const children: ChildProcess[] = [];
  let urls: Record<SubgraphName, string>;
  const redisPrefix = `test-processes-${randomUUID()}`;
  let events: EventBus | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    acme = await seedTenant(database, 'acme', [smallTeam('Atlas')]);
    // Free ports first: subgraphs must know each other's URLs before they start.
    const ports = await Promise.all(subgraphNames.map(() => freePort()));
    urls = Object.fromEntries(subgraphNames.map((name, i) => [name, `http://127.0.0.1:${ports[i]}/graphql`])) as Record<SubgraphName, string>;
    await Promise.all(subgraphNames.map((name, i) => startSubgraphProcess(name, ports[i], urls, database.url!, children, redisPrefix)));
    // With Redis, the processes' live events reach the router's subscribers through it.
    if (process.env.REDIS_URL) events = createEventBus({ redisUrl: process.env.REDIS_URL, log: createLogger('silent'), prefix: redisPrefix });
    distributed = await startTestRouter(database, { tenantId: acme.tenant.id, subgraphUrls: urls, events });
    embedded = await startTestRouter(database, { tenantId: acme.tenant.id });
  }, 120_000);
  afterAll(async () => {
    for (const child of children) child.kill('SIGTERM');
    await distributed?.stop();
    await embedded?.stop();
    await events?.close();
    await database?.close();
  });

  test('a router pointed at subgraph URLs answers the dashboard exactly as the embedded one does', async () => {
    const viaHttp = await distributed.query(DASHBOARD, { boardId: acme.boards[0].id });
    expect(viaHttp.errors).toBeUndefined();
    expect(viaHttp.data.board.sprints).toHaveLength(6);
    expect(viaHttp).toEqual(await embedded.query(DASHBOARD, { boardId: acme.boards[0].id }));
  });

  test('signing in through the distributed router (users subgraph over HTTP) gives a token both routers accept', async () => {
    const user = await distributed.signIn(acme.tenant.id, 'VIEWER');
    const query = `{ me { id email } boards { id } }`;
    const viaHttp = await distributed.query(query, {}, { token: user.accessToken });
    expect(viaHttp.errors).toBeUndefined();
    expect(viaHttp.data.me).toEqual({ id: user.id, email: user.email });
    expect(await embedded.query(query, {}, { token: user.accessToken })).toEqual(viaHttp);
  });

  test("a field refused in a subgraph process reaches the client as the same coded error, not as a failed fetch", async () => {
    const viewer = await distributed.signIn(acme.tenant.id, 'VIEWER');
    const forbidden = `mutation { startSync(connectionId: "${acme.tenant.id}") { id } }`;
    const viaHttp = await distributed.query(forbidden, {}, { token: viewer.accessToken });
    expect(viaHttp.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['FORBIDDEN', 'startSync needs the MANAGER role; you are VIEWER']]);
    expect(JSON.stringify(viaHttp)).not.toContain(urls.issues);
    expect(await embedded.query(forbidden, {}, { token: viewer.accessToken })).toEqual(viaHttp);
    // Sign-in refused by the users subgraph process: the same UNAUTHENTICATED as in one process.
    const wrong = `mutation { login(email: "${viewer.email}", password: "not the password") { accessToken } }`;
    const refused = await distributed.query(wrong, {}, { token: null });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.errors?.[0]?.message).toEqual((await embedded.query(wrong, {}, { token: null })).errors?.[0]?.message);
  });

  test("a write naming another domain's entity asks that subgraph's process: a team the tenant does not have is NOT_FOUND, its own is stored", async () => {
    const SET_TEAM = `mutation($b: ID!, $t: ID) { setBoardTeam(boardId: $b, teamId: $t) { team { id } } }`;
    const missing = randomUUID();
    const refused = await distributed.query(SET_TEAM, { b: acme.boards[0].id, t: missing });
    expect(refused.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['NOT_FOUND', `Team ${missing} was not found`]]);
    const stored = await distributed.query(SET_TEAM, { b: acme.boards[0].id, t: acme.teams[0].id });
    expect(stored.errors).toBeUndefined();
    expect(stored.data.setBoardTeam.team).toEqual({ id: acme.teams[0].id });
  });

  test.runIf(!!process.env.REDIS_URL)("a change made in a subgraph process reaches the router's subscribers (Redis events)", async () => {
    const team = (await distributed.query(`{ teams { id name } }`)).data.teams[0];
    const viewer = await distributed.signIn(acme.tenant.id, 'VIEWER');
    const live = liveClient(distributed.url.replace(/^http/, 'ws'), viewer.accessToken);
    try {
      const ready = distributed.router.live.reached(distributed.router.live.size + 1);
      const updates = live.subscribe(`subscription($t: ID!) { capacityUpdated(teamId: $t) { team { id name capacitySettings { focusFactor } } sprint { id } } }`, { t: team.id });
      await ready;
      const set = await distributed.query(`mutation($t: ID!) { setTeamCapacity(teamId: $t, input: { focusFactor: 0.6 }) { focusFactor } }`, { t: team.id });
      expect(set.errors).toBeUndefined();
      const { capacityUpdated } = (await updates.next()).data!;
      expect(capacityUpdated).toMatchObject({ team: { id: team.id, name: team.name }, sprint: null });
      expect(capacityUpdated.team.capacitySettings[0].focusFactor).toBe(0.6); // the team's defaults come first
    } finally {
      await live.dispose();
    }
  });

  /** A request straight to a subgraph process, with this identity header (or none). */
  async function direct(identityHeader?: string) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (identityHeader) headers[IDENTITY_HEADER] = identityHeader;
    const res = await fetch(urls.sprints, { method: 'POST', headers, body: JSON.stringify({ query: '{ boards { id } }' }) });
    return { status: res.status, body: (await res.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] } };
  }
  const admin: Identity = { kind: 'user', tenantId: '00000000-0000-4000-8000-000000000001', userId: '00000000-0000-4000-8000-000000000002', role: 'ADMIN', email: 'a@b.test', teams: {} };

  test('a subgraph reached directly answers nothing without the identity the router signs', async () => {
    const { status, body } = await direct();
    expect(status).toBe(401);
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
  });

  test('nor with an identity header signed with another secret (forged)', async () => {
    const forged = await new IdentitySigner('not-the-internal-secret-but-long-enough-0123456789').sign({ ...admin, tenantId: acme.tenant.id });
    const { status, body } = await direct(forged);
    expect(status).toBe(401);
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/signature is not valid/) });
  });

  test('nor with a genuine header that has expired (a captured one replayed later)', async () => {
    // What IdentitySigner signs, with the real secret, but issued two minutes ago for its 60 s lifetime.
    const issuedAt = Math.floor(Date.now() / 1000) - 120;
    const expired = await new SignJWT({ identity: { ...admin, tenantId: acme.tenant.id } })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('sprint-reports-router')
      .setAudience('sprint-reports-subgraphs')
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + 60)
      .sign(new TextEncoder().encode(testInternalSecret));
    const { status, body } = await direct(expired);
    expect(status).toBe(401);
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/expired/) });
    // The same claims signed now are accepted: it is the expiry that was refused.
    const fresh = await new IdentitySigner(testInternalSecret).sign({ ...admin, tenantId: acme.tenant.id });
    expect((await direct(fresh)).status).toBe(200);
  });
});
