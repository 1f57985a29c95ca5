import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '@sprint-reports/core';
import {
  createTestDatabase,
  seededRouter,
  simSite,
  smallTeam,
  startFaultProxy,
  startTestRouter,
  testDatabaseUrl,
  type FaultProxy,
  type TestRouter,
} from '@sprint-reports/testing/router';
import { DEFAULT_CLOUD_AUTH, startJiraSim } from '@sprint-reports/jira-sim';
import type { Dataset } from '@sprint-reports/demo-data';

/**
 * A client that does not know whether its write happened retries it with the same idempotencyKey:
 * the write happens once, and the retry answers what the first one created.
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let acme: Dataset;
let router: TestRouter;

beforeAll(async () => {
  ({
    database,
    router,
    tenants: { acme },
  } = await seededRouter({ acme: [smallTeam('Atlas')] }));
});
afterAll(async () => {
  await router?.stop();
  await database?.close();
});

const CREATE_TEAM = `mutation($name: String!, $key: String) { createTeam(name: $name, idempotencyKey: $key) { id name } }`;
const teamsNamed = async (name: string) =>
  ((await router.query(`{ teams { id name } }`)).data.teams as { id: string; name: string }[]).filter((t) => t.name === name);

describe('idempotency keys', () => {
  test('a create retried with the same key creates one team and answers the same team', async () => {
    const first = await router.query(CREATE_TEAM, { name: 'Borealis', key: 'create-borealis-1' });
    expect(first.errors).toBeUndefined();
    const again = await router.query(CREATE_TEAM, { name: 'Borealis', key: 'create-borealis-1' });
    expect(again).toEqual(first);
    expect(await teamsNamed('Borealis')).toEqual([first.data.createTeam]);
    // Without a key, a second request is a second team, as before.
    await router.query(CREATE_TEAM, { name: 'Borealis' });
    expect(await teamsNamed('Borealis')).toHaveLength(2);
  });

  test('the same key with a different request is refused, and writes nothing', async () => {
    await router.query(CREATE_TEAM, { name: 'Cobalt', key: 'create-cobalt' });
    const reused = await router.query(CREATE_TEAM, { name: 'Not Cobalt', key: 'create-cobalt' });
    expect(reused.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/already used for a different request/),
    });
    expect(await teamsNamed('Not Cobalt')).toEqual([]);
    const otherMutation = await router.query(`mutation($key: String) { generateQueue(sprintId: "${acme.sprints.at(-1)!.id}", idempotencyKey: $key) { id } }`, {
      key: 'create-cobalt',
    });
    // Keys are per subgraph's mutations: queues has not seen this one; what it answers is its own business.
    expect(otherMutation.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('INTERNAL_SERVER_ERROR');
  });

  test("another user's retry with the same key is refused, not answered with the first user's team", async () => {
    const first = await router.query(CREATE_TEAM, { name: 'Eridani', key: 'create-eridani' });
    expect(first.errors).toBeUndefined();
    const otherAdmin = await router.signIn(acme.tenant.id, 'ADMIN');
    const replayed = await router.as(otherAdmin)(CREATE_TEAM, { name: 'Eridani', key: 'create-eridani' });
    expect(replayed.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/already used for a different request/),
    });
    expect(await teamsNamed('Eridani')).toEqual([first.data.createTeam]);
  });

  test('a JIRA connection created twice with the same key is one connection; the retry does not show its secret again', async () => {
    const sim = await startJiraSim({ site: simSite('idem', 5, { sprints: 1, issues: 3 }), flavor: 'CLOUD' });
    try {
      const create = `mutation($input: CreateJiraConnectionInput!, $key: String) { createJiraConnection(input: $input, idempotencyKey: $key) { id webhookSecret } }`;
      const input = {
        name: 'Once',
        baseUrl: sim.url,
        flavor: 'CLOUD',
        email: DEFAULT_CLOUD_AUTH.email,
        apiToken: DEFAULT_CLOUD_AUTH.apiToken,
        syncIntervalMinutes: 0,
      };
      const first = await router.query(create, { input, key: 'connect-once' });
      expect(first.errors).toBeUndefined();
      expect(first.data.createJiraConnection.webhookSecret).toEqual(expect.any(String));
      const again = await router.query(create, { input, key: 'connect-once' });
      expect(again.data.createJiraConnection).toEqual({ id: first.data.createJiraConnection.id, webhookSecret: null });
      const named = ((await router.query(`{ jiraConnections { id name } }`)).data.jiraConnections as { name: string }[]).filter((c) => c.name === 'Once');
      expect(named).toHaveLength(1);
    } finally {
      await sim.close();
    }
  });

  test('a report requested twice with the same key is one report', async () => {
    const generate = `mutation($input: GenerateReportInput!, $key: String) { generateReport(input: $input, idempotencyKey: $key) { id kind } }`;
    const input = { kind: 'VELOCITY', format: 'CSV', boardId: acme.boards[0].id, last: 3 };
    const first = await router.query(generate, { input, key: 'velocity-report' });
    expect(first.errors).toBeUndefined();
    expect(await router.query(generate, { input, key: 'velocity-report' })).toEqual(first);
    const other = await router.query(generate, { input, key: 'another-velocity-report' });
    expect(other.data.generateReport.id).not.toBe(first.data.generateReport.id);
    await router.runtime.jobs.idle();
  });
});

describe('a subgraph that does not answer a write in time', () => {
  test('the write answers OUTCOME_UNKNOWN, not a failure: the subgraph may still commit it; a read just fails', async () => {
    const held: http.ServerResponse[] = [];
    const silent = http.createServer((_req, res) => void held.push(res));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const slow = await startTestRouter(database, {
      tenantId: acme.tenant.id,
      subgraphUrls: { reports: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/graphql` },
      config: { subgraphTimeoutMs: 200 },
    });
    try {
      const input = { kind: 'VELOCITY', format: 'CSV', boardId: acme.boards[0].id, last: 3 };
      const write = await slow.request(`mutation($input: GenerateReportInput!) { generateReport(input: $input, idempotencyKey: "slow") { id } }`, { input });
      expect(held.length).toBeGreaterThan(0); // it reached the subgraph
      expect(write.body.errors?.map((e) => e.extensions?.code)).toEqual(['OUTCOME_UNKNOWN']);
      expect(write.body.errors?.[0].message).toMatch(/reports subgraph did not answer within 200 ms: the change may have been saved/);
      expect(write.status).toBe(503);
      const read = await slow.query(`query($id: ID!) { report(id: $id) { id } }`, { id: acme.boards[0].id });
      expect(read.errors?.[0].extensions?.code).not.toBe('OUTCOME_UNKNOWN');
    } finally {
      await slow.stop();
      for (const r of held) r.destroy();
      silent.close();
    }
  });
});

// A connection cut between the server's COMMIT and the client hearing of it needs a real server
// behind a proxy (PGlite has no connection to cut).
describe.runIf(testDatabaseUrl)('a write whose connection is cut right after COMMIT', () => {
  let proxy: FaultProxy;
  let proxied: DatabaseHandle;
  let cutRouter: TestRouter;

  beforeAll(async () => {
    const url = new URL(database.url!);
    proxy = await startFaultProxy({ host: url.hostname, port: Number(url.port || 5432) });
    proxied = await openDatabase({ url: Object.assign(url, { port: String(proxy.port) }).toString(), migrate: false });
    cutRouter = await startTestRouter(proxied, { tenantId: acme.tenant.id });
    expect((await cutRouter.query(`{ teams { id } }`)).errors).toBeUndefined(); // signed in before the fault
  });
  afterAll(async () => {
    await cutRouter?.stop();
    await proxied?.close();
    await proxy?.close();
  });

  test('answers OUTCOME_UNKNOWN (not a failure), and the retry with its key answers the team that was committed', async () => {
    const cut = proxy.dropAfterNextCommit();
    const first = await cutRouter.request(CREATE_TEAM, { name: 'Dorado', key: 'create-dorado' });
    await cut;
    expect(first.status).toBe(503);
    expect(first.body.errors?.map((e) => e.extensions?.code)).toEqual(['OUTCOME_UNKNOWN']);
    expect(first.body.errors?.[0].message).toMatch(/may have been saved.*same idempotencyKey/);

    // It was committed: the owner sees the row.
    const owner = postgres(database.ownerUrl!, { max: 1, onnotice: () => {} });
    try {
      const rows = await owner`select id from users.teams where tenant_id = ${acme.tenant.id} and name = 'Dorado'`;
      expect(rows).toHaveLength(1);
      const retry = await cutRouter.query(CREATE_TEAM, { name: 'Dorado', key: 'create-dorado' });
      expect(retry.errors).toBeUndefined();
      expect(retry.data.createTeam).toEqual({ id: rows[0].id, name: 'Dorado' });
      expect(await owner`select id from users.teams where tenant_id = ${acme.tenant.id} and name = 'Dorado'`).toHaveLength(1);
    } finally {
      await owner.end();
    }
  });

  test('a connection cut after a read-only COMMIT is DATABASE_UNAVAILABLE, and the next request succeeds', async () => {
    const cut = proxy.dropAfterNextCommit();
    const read = await cutRouter.request(`{ teams { id } }`);
    await cut;
    expect(read.body.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
    expect(read.status).toBe(503);
    expect((await cutRouter.query(`{ teams { id } }`)).errors).toBeUndefined();
  });
});
