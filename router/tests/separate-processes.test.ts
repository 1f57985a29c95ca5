import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createEventBus,
  createLogger,
  IDENTITY_HEADER,
  IdentitySigner,
  subgraphNames,
  type EventBus,
  type Identity,
  type SubgraphName,
} from '@sprint-reports/core';
import {
  freePort,
  liveClient,
  seededDatabase,
  smallTeam,
  startTestRouter,
  testDatabaseUrl,
  testEncryptionKey,
  testInternalSecret,
  type TestDatabase,
  type TestRouter,
} from '@sprint-reports/testing/router';
import type { Dataset } from '@sprint-reports/demo-data';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DASHBOARD = fs.readFileSync(`${root}tests/dashboard.graphql`, 'utf8');

/** Every JSON log line the subgraph processes wrote. */
const processLogs: Record<string, unknown>[] = [];

/** Starts one subgraph as its own process on its port, knowing every subgraph's URL; resolves with its URL once it says it listens. */
function startSubgraphProcess(
  name: SubgraphName,
  port: number,
  urls: Record<SubgraphName, string>,
  databaseUrl: string,
  children: ChildProcess[],
  redisPrefix: string,
): Promise<{ child: ChildProcess; url: string }> {
  const urlEnv = Object.fromEntries(subgraphNames.map((n) => [`${n.toUpperCase()}_SUBGRAPH_URL`, urls[n]]));
  const child = spawn(process.execPath, ['--import', 'tsx', `subgraphs/${name}/src/server.ts`], {
    cwd: root,
    // The router's INTERNAL_SECRET (the identity header) and encryption key (the users subgraph's sealed signing keys).
    env: {
      ...process.env,
      ...urlEnv,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      NODE_ENV: 'test',
      INTERNAL_SECRET: testInternalSecret,
      ENCRYPTION_KEY: testEncryptionKey,
      REDIS_PREFIX: redisPrefix,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child); // recorded at once, so afterAll stops it even if another fails to start
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${name} subgraph exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      const entry = JSON.parse(line) as { port?: number; msg: string };
      processLogs.push(entry);
      if (entry.port && entry.msg.includes('listening')) resolve({ child, url: `http://127.0.0.1:${entry.port}/graphql` });
    });
  });
}

// Separate processes share one database server, so this mode needs PostgreSQL (CI sets it).
describe.runIf(testDatabaseUrl)('subgraphs as separate processes', () => {
  let database: TestDatabase;
  let acme: Dataset;
  let distributed: TestRouter;
  let embedded: TestRouter;
  const children: ChildProcess[] = [];
  let urls: Record<SubgraphName, string>;
  const redisPrefix = `test-processes-${randomUUID()}`;
  let events: EventBus | undefined;

  beforeAll(async () => {
    ({
      database,
      tenants: { acme },
    } = await seededDatabase({ acme: [smallTeam('Atlas')] }));
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

  test('a field refused in a subgraph process reaches the client as the same coded error, not as a failed fetch', async () => {
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
      const updates = live.subscribe(
        `subscription($t: ID!) { capacityUpdated(teamId: $t) { team { id name capacitySettings { focusFactor } } sprint { id } } }`,
        { t: team.id },
      );
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
  const admin: Identity = {
    kind: 'user',
    tenantId: '00000000-0000-4000-8000-000000000001',
    userId: '00000000-0000-4000-8000-000000000002',
    role: 'ADMIN',
    email: 'a@b.test',
    teams: {},
  };

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
  test('over HTTP too, a NUL byte is BAD_USER_INPUT and an internal failure INTERNAL_SERVER_ERROR with the request id the subgraph process logged', async () => {
    const leaks = /insert into|select |params:|Failed query|users\.teams|tenant_id|relation "|\.ts:\d+|<html/i;
    const nul = await distributed.request('mutation($n: String!) { createTeam(name: $n) { id } }', { n: 'Nul\u0000Team' });
    expect(JSON.stringify(nul.body)).not.toMatch(leaks);
    expect(nul.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'name' } });
    // A fault in the users subgraph process: its table is not where the code expects it.
    const owner = postgres(database.ownerUrl!, { max: 1, onnotice: () => {} });
    await owner.unsafe('ALTER TABLE users.teams RENAME TO teams_moved');
    try {
      const res = await distributed.request('{ teams { id } }');
      expect(JSON.stringify(res.body)).not.toMatch(leaks);
      const requestId = res.headers.get('x-request-id')!;
      expect(res.body.errors?.[0]).toMatchObject({
        message: `Something went wrong on our side (request id ${requestId})`,
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      });
      // The users process logged the detail under the router's request id (its lines arrive on its stdout).
      await expect
        .poll(() => processLogs.find((l) => l.requestId === requestId && l.sqlstate === '42P01'))
        .toMatchObject({ name: 'subgraph-users', msg: 'Internal error', dbMessage: expect.stringContaining('teams') });
    } finally {
      await owner.unsafe('ALTER TABLE users.teams_moved RENAME TO teams');
      await owner.end();
    }
  });

  test("the subgraphs' own routes answer through the distributed router (forwarded to their processes) as through the embedded one", async () => {
    const closed = acme.sprints.find((s) => s.state === 'CLOSED')!;
    const generated = await embedded.query(`mutation($s: ID!) { generateReport(input: { kind: SPRINT, format: CSV, sprintId: $s }) { id } }`, { s: closed.id });
    expect(generated.errors).toBeUndefined();
    await embedded.runtime.jobs.idle();
    const id: string = generated.data.generateReport.id;
    const { report } = (await embedded.query(`query($id: ID!) { report(id: $id) { status downloadUrl } }`, { id })).data;
    expect(report.status).toBe('READY');
    const viewer = await distributed.signIn(acme.tenant.id, 'VIEWER');
    const both = async (path: string, init: RequestInit = {}) => {
      const [viaHttp, inProcess] = await Promise.all([fetch(new URL(path, distributed.url), init), fetch(new URL(path, embedded.url), init)]);
      const answer = async (res: Response) => ({
        status: res.status,
        headers: Object.fromEntries(
          [
            'content-type',
            'content-disposition',
            'content-length',
            'cache-control',
            'retry-after',
            'www-authenticate',
            'content-security-policy',
            'etag',
            'x-powered-by',
          ].map((h) => [h, res.headers.get(h)]),
        ),
        body: Buffer.from(await res.arrayBuffer()).toString('latin1'),
      });
      const [a, b] = await Promise.all([answer(viaHttp), answer(inProcess)]);
      expect(a).toEqual(b);
      return a;
    };
    // The report's file, from the reports process's own tables: signed in, and by the link alone.
    const signedIn = await both(`/reports/${id}/download`, { headers: { authorization: `Bearer ${viewer.accessToken}` } });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers['content-type']).toMatch(/^text\/csv/);
    const token = new URL(report.downloadUrl).searchParams.get('token')!;
    expect(await both(`/reports/${id}/download?token=${token}`)).toEqual(signedIn);
    // Refused at the router's edge (no token), or by the reports process (another report's link; not a report id).
    expect((await both(`/reports/${id}/download`)).status).toBe(401);
    expect((await both(`/reports/${randomUUID()}/download?token=${token}`)).status).toBe(404);
    expect((await both(`/reports/nope/download`, { headers: { authorization: `Bearer ${viewer.accessToken}` } })).status).toBe(400);
    // The unsubscribe page, and JIRA's webhooks (issues process): the same pages and statuses.
    expect((await both('/reports/unsubscribe?token=damaged')).status).toBe(400);
    expect(
      (
        await both('/reports/unsubscribe?token=damaged', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'List-Unsubscribe=One-Click',
        })
      ).status,
    ).toBe(400);
    const webhook = await both(`/webhooks/jira/${randomUUID()}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"webhookEvent":"jira:issue_updated"}',
    });
    expect(webhook.status).toBe(404);
  });

  test("a subgraph's route reached directly, not through the router, answers nothing without the identity the router signs", async () => {
    const res = await fetch(new URL(`/reports/${randomUUID()}/download`, urls.reports));
    expect(res.status).toBe(401);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  test('a subgraph process answers unreadable bodies and unknown paths with JSON, and names no framework', async () => {
    for (const [path, body, status, code] of [
      ['/graphql', '{"query": ', 400, 'BAD_REQUEST'],
      ['/nope', '{}', 404, 'NOT_FOUND'],
      ['/graphql/x', '{}', 404, 'NOT_FOUND'],
    ] as const) {
      const res = await fetch(new URL(path, urls.sprints), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(res.status).toBe(status);
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(code);
    }
  });
});
