import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { Kind, parse, type FieldDefinitionNode, type GraphQLError, type ObjectTypeDefinitionNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { withTenant } from '@sprint-reports/core';
import { issuesTables } from '@sprint-reports/drizzle';
import { DEFAULT_CLOUD_AUTH, DEFAULT_SERVER_AUTH, siteFromDataset, startJiraSim, type JiraSim, type JiraSite } from '@sprint-reports/jira-sim';
import { createTestDatabase, siteDataset, syncHarness, tenantNamed, SYNC_RUN_FIELDS } from '@sprint-reports/testing';
import { testConnection, TEST_LIMITS } from '../src/sync/connections.ts';
import { mapLimited } from '../src/sync/map-limited.ts';

/**
 * Adding a JIRA connection, and what a user sees when it cannot work: every mistake is refused
 * before anything is stored, with a message that says what to fix. Credentials never come back.
 * Then the one-sync-per-connection rule and cancelling a sync.
 */
const TENANT = tenantNamed('connections');
const OTHER = tenantNamed('connections-other');

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let harness: Awaited<ReturnType<typeof syncHarness>>;
let site: JiraSite;
let cloud: JiraSim;
let server: JiraSim;

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id name baseUrl flavor email } }
`;
const START = /* GraphQL */ `mutation Start($c: ID!, $full: Boolean) { startSync(connectionId: $c, full: $full) { id status } }`;
const RUN = /* GraphQL */ `query Run($id: ID!) { syncRun(id: $id) { ${SYNC_RUN_FIELDS} } }`;

const cloudInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'Acme JIRA',
  baseUrl: cloud.url,
  flavor: 'CLOUD',
  email: DEFAULT_CLOUD_AUTH.email,
  apiToken: DEFAULT_CLOUD_AUTH.apiToken,
  syncIntervalMinutes: 0,
  ...overrides,
});

/** The error an operation fails with (code and message), or null when it succeeds. */
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (err: GraphQLError) => ({ code: err.extensions?.code, message: err.message.replace(/^issues subgraph: /, '') }),
  );
const create = (input: Record<string, unknown>, tenantId = TENANT) => harness.call(tenantId, CREATE, { input });
const connectionsOf = async (tenantId: string) =>
  (await harness.call<{ jiraConnections: { id: string }[] }>(tenantId, `{ jiraConnections { id } }`)).jiraConnections;

/** A port on this host that nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Every field of JiraConnection, with every scalar field of the objects it leads to: what a client could ask for. */
function everyConnectionField(): string {
  const doc = parse(readFileSync(new URL('../../../schema/issues.graphql', import.meta.url), 'utf8'));
  const types = new Map(doc.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION).map((d) => [d.name.value, d]));
  const named = (f: FieldDefinitionNode) => {
    let t = f.type;
    while (t.kind !== Kind.NAMED_TYPE) t = t.type;
    return t.name.value;
  };
  const select = (typeName: string, depth: number): string =>
    types
      .get(typeName)!
      .fields!.map((f) => {
        const inner = types.get(named(f));
        if (!inner) return f.name.value;
        return depth > 0 ? `${f.name.value} { ${select(named(f), depth - 1)} }` : null;
      })
      .filter(Boolean)
      .join(' ');
  return select('JiraConnection', 1);
}

beforeAll(async () => {
  database = await createTestDatabase();
  harness = await syncHarness(database);
  const ds = siteDataset('connections-site', 17, { sprints: 3, issuesPerSprint: 15, issues: 60 });
  site = siteFromDataset(ds);
  cloud = await startJiraSim({ site, flavor: 'CLOUD', searchPageSize: 5 });
  server = await startJiraSim({ site: siteFromDataset(ds), flavor: 'SERVER' });
});
afterAll(async () => {
  await cloud?.close();
  await server?.close();
  await harness?.runtime.jobs.close();
  await database?.close();
});

describe('a connection that cannot work is refused, saying what to fix', () => {
  test('credentials JIRA rejects', async () => {
    const error = await failure(create(cloudInput({ apiToken: 'revoked-token' })));
    expect(error).toEqual({
      code: 'BAD_USER_INPUT',
      message: `JIRA at ${new URL(cloud.url).hostname} rejected the credentials: check the email and API token`,
    });
    expect(error!.message).not.toContain('revoked-token');
    expect(await connectionsOf(TENANT)).toEqual([]);
  });

  test('a URL nothing listens on', async () => {
    const port = await closedPort();
    const error = await failure(create(cloudInput({ baseUrl: `http://127.0.0.1:${port}` })));
    // Private hosts are allowed in this file (the simulator): the message still names no port or error code.
    expect(error).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'JIRA at 127.0.0.1 could not be reached: check the URL, and that the site is reachable from this server',
    });
    expect(await connectionsOf(TENANT)).toEqual([]);
  });

  test('something that is not a URL', async () => {
    expect(await failure(create(cloudInput({ baseUrl: 'acme.atlassian' })))).toEqual({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('"acme.atlassian" is not a URL'),
    });
  });

  test('a JIRA Server given as Cloud (its personal access token as the API token)', async () => {
    const error = await failure(create(cloudInput({ baseUrl: server.url, apiToken: DEFAULT_SERVER_AUTH.pat })));
    expect(error).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringContaining('is JIRA Server/Data Center, not Cloud') });
    expect(await connectionsOf(TENANT)).toEqual([]);
  });

  test('a JIRA Cloud given as Server', async () => {
    const error = await failure(create(cloudInput({ flavor: 'SERVER' })));
    expect(error).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringContaining('is JIRA Cloud, not Server/Data Center') });
  });

  test('Cloud without the email the API token belongs to, refused before JIRA is asked', async () => {
    const asked = cloud.requests.length;
    const error = await failure(create(cloudInput({ email: null })));
    expect(error).toEqual({ code: 'BAD_USER_INPUT', message: 'JIRA Cloud needs the email of the account the API token belongs to' });
    expect(cloud.requests.length).toBe(asked);
  });
});

describe('testing credentials before a connection is made (testJiraConnection)', () => {
  const TEST = /* GraphQL */ `query Test($input: TestJiraConnectionInput!) { testJiraConnection(input: $input) {
    baseUrl flavor userName userAccount siteTimeZone boards { jiraBoardId name type projectKey } storyPointsField { id name source } warnings } }`;
  const test_ = (input: Record<string, unknown>) => harness.call(TENANT, TEST, { input });
  const testInput = (overrides: Record<string, unknown> = {}) => {
    const { name: _, syncIntervalMinutes: __, ...rest } = cloudInput(overrides);
    return rest;
  };
  // The subgraph client keeps only an error's code; the field and reason are read from the function the resolver calls.
  const direct = (input: Record<string, unknown>) => testConnection(harness.runtime, input as Parameters<typeof testConnection>[1]);
  /** The code, field, reason and words of a refusal. */
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (err: GraphQLError) => ({
        code: err.extensions?.code,
        field: err.extensions?.field,
        reason: err.extensions?.reason,
        message: err.message.replace(/^issues subgraph: /, ''),
      }),
    );

  test('shows the JIRA user, every board it sees and the story points field a sync would choose; stores nothing', async () => {
    const before = (await connectionsOf(TENANT)).length;
    const { testJiraConnection } = await test_(testInput({ baseUrl: `${cloud.url}/secure/Dashboard.jspa` }));
    expect(testJiraConnection).toMatchObject({
      baseUrl: cloud.url,
      flavor: 'CLOUD',
      warnings: [],
      storyPointsField: { id: 'customfield_10016', name: 'Story point estimate', source: 'BOARD' },
    });
    expect(testJiraConnection.userName).toEqual(expect.any(String));
    expect(testJiraConnection.siteTimeZone).toEqual(expect.any(String));
    expect(testJiraConnection.boards).toEqual(
      [...site.boards].sort((a, b) => a.name.localeCompare(b.name)).map((b) => ({ jiraBoardId: b.id, name: b.name, type: 'scrum', projectKey: b.projectKey })),
    );
    expect((await connectionsOf(TENANT)).length).toBe(before);
  });

  test('an override names the field it would use, or is refused at storyPointsField', async () => {
    const { testJiraConnection } = await test_(testInput({ storyPointsField: 'story points' }));
    expect(testJiraConnection.storyPointsField).toEqual({ id: 'customfield_10024', name: 'Story Points', source: 'OVERRIDE' });
    expect(await refusal(direct(testInput({ storyPointsField: 'Velocity of light' })))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'storyPointsField',
      message: expect.stringContaining('No JIRA field has the id or name "Velocity of light"'),
    });
  });

  test('Server/Data Center with a personal access token', async () => {
    const { testJiraConnection } = await test_({ baseUrl: server.url, flavor: 'SERVER', apiToken: DEFAULT_SERVER_AUTH.pat });
    expect(testJiraConnection).toMatchObject({ flavor: 'SERVER', boards: expect.arrayContaining([expect.objectContaining({ name: site.boards[0].name })]) });
  });

  test('a site of more boards than it examines: every board listed, the configurations of the first 50 only, "and N more" said', async () => {
    const extra = Array.from({ length: 70 }, (_, i) => ({ ...site.boards[0], id: 9000 + i, name: `Extra board ${String(i).padStart(2, '0')}` }));
    const big = await startJiraSim({ site: { ...site, boards: [...site.boards, ...extra] }, flavor: 'CLOUD' });
    try {
      const { testJiraConnection } = await test_(testInput({ baseUrl: big.url }));
      const total = site.boards.length + extra.length;
      expect(testJiraConnection.boards).toHaveLength(total);
      expect(big.requests.filter((r) => /\/board\/\d+\/configuration$/.test(r.path))).toHaveLength(TEST_LIMITS.boardsExamined);
      expect(testJiraConnection.storyPointsField).toMatchObject({ id: 'customfield_10016', source: 'BOARD' });
      expect(testJiraConnection.warnings).toEqual([
        `The story points field was chosen from the estimation fields of the first 50 boards, and ${total - 50} more were not examined: a sync reads them all`,
      ]);
    } finally {
      await big.close();
    }
  });

  test('board configurations are read a few at a time, and none is started after the deadline', async () => {
    let inFlight = 0;
    let most = 0;
    const seen = await mapLimited(
      Array.from({ length: 30 }, (_, i) => i),
      4,
      Date.now() + 60_000,
      async (i) => {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setImmediate(r));
        inFlight--;
        return i * 2;
      },
    );
    expect(seen).toEqual(Array.from({ length: 30 }, (_, i) => i * 2));
    expect(most).toBe(4);
    const started: number[] = [];
    expect(await mapLimited([1, 2, 3], 2, Date.now() - 1, async (i) => started.push(i))).toEqual([]);
    expect(started).toEqual([]);
  });

  test('refusals say what to fix, at the field, with a reason: bad credentials, wrong flavor, unreachable, not JIRA', async () => {
    expect(await failure(test_(testInput({ apiToken: 'revoked-token' })))).toEqual({
      code: 'BAD_USER_INPUT',
      message: `JIRA at ${new URL(cloud.url).hostname} rejected the credentials: check the email and API token`,
    });
    expect(await refusal(direct(testInput({ apiToken: 'revoked-token' })))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'apiToken',
      reason: 'BAD_CREDENTIALS',
      message: `JIRA at ${new URL(cloud.url).hostname} rejected the credentials: check the email and API token`,
    });
    expect(await refusal(direct({ baseUrl: server.url, flavor: 'CLOUD', email: 'x@example.com', apiToken: DEFAULT_SERVER_AUTH.pat }))).toMatchObject({
      field: 'flavor',
      reason: 'WRONG_FLAVOR',
    });
    const port = await closedPort();
    expect(await refusal(direct(testInput({ baseUrl: `http://127.0.0.1:${port}` })))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'baseUrl',
      reason: 'UNREACHABLE',
      message: 'JIRA at 127.0.0.1 could not be reached: check the URL, and that the site is reachable from this server',
    });
    // A web server that is not JIRA: every path 404s.
    const notJira = http.createServer((_, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not here</h1>'));
    await new Promise<void>((resolve) => notJira.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(notJira.address() as AddressInfo).port}`;
      expect(await refusal(direct(testInput({ baseUrl: url })))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'baseUrl',
        reason: 'NOT_JIRA',
        message: expect.stringContaining('does not answer like JIRA Cloud'),
      });
    } finally {
      await new Promise<void>((resolve) => notJira.close(() => resolve()));
    }
    expect(await refusal(direct(testInput({ email: null })))).toMatchObject({
      field: 'email',
      message: 'JIRA Cloud needs the email of the account the API token belongs to',
    });
  });
});

describe('credentials stay secret', () => {
  test('no field of a connection returns the API token or the webhook secret, and the database holds them sealed', async () => {
    const apiToken = DEFAULT_CLOUD_AUTH.apiToken;
    const webhookSecret = 'the-webhook-secret-7f3a';
    const { createJiraConnection } = await create(cloudInput({ name: 'Secret keeper', webhookSecret }));
    const { id } = createJiraConnection;

    const { jiraConnection } = await harness.call(TENANT, `query($id: ID!) { jiraConnection(id: $id) { ${everyConnectionField()} } }`, { id });
    expect(jiraConnection).toMatchObject({ id, hasWebhookSecret: true, email: DEFAULT_CLOUD_AUTH.email });
    const served = JSON.stringify(jiraConnection);
    expect(served).not.toContain(apiToken);
    expect(served).not.toContain(webhookSecret);

    const [row] = await withTenant(database.db, TENANT, (db) => db.select().from(issuesTables.jiraConnections).where(eq(issuesTables.jiraConnections.id, id)));
    expect(row.apiTokenSealed).not.toContain(apiToken);
    expect(row.webhookSecretSealed).not.toContain(webhookSecret);
    expect(JSON.stringify(row)).not.toContain(apiToken);
    expect(JSON.stringify(row)).not.toContain(webhookSecret);
    // Sealed, not lost: the sync can still use them.
    expect(harness.runtime.secrets!.open(row.apiTokenSealed)).toBe(apiToken);
  });
});

describe("one tenant's connections are invisible to another", () => {
  test('listing, reading, syncing and changing them', async () => {
    const { createJiraConnection } = await create(cloudInput({ name: 'Only mine' }));
    const { id } = createJiraConnection;
    expect((await connectionsOf(TENANT)).map((c) => c.id)).toContain(id);

    expect(await connectionsOf(OTHER)).toEqual([]);
    expect(await failure(harness.call(OTHER, `query($id: ID!) { jiraConnection(id: $id) { id } }`, { id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failure(harness.call(OTHER, START, { c: id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await failure(harness.call(OTHER, `mutation($id: ID!) { updateJiraConnection(id: $id, input: { name: "Mine now" }) { id } }`, { id })),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failure(harness.call(OTHER, `mutation($id: ID!) { deleteJiraConnection(id: $id) }`, { id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await connectionsOf(TENANT)).map((c) => c.id)).toContain(id);
  });
});

describe('syncs of a connection', () => {
  let connection: string;
  beforeAll(async () => {
    connection = (await create(cloudInput({ name: 'Sync target' }))).createJiraConnection.id;
  });

  test('one at a time: starting a sync while one is queued or running returns that one', async () => {
    // Slow answers keep the run going while it is asked for again.
    cloud.latencyMs = 25;
    let first: string;
    try {
      const firstRequest = new Promise((resolve) => cloud.once('request', resolve));
      const [a, b] = await Promise.all([harness.call(TENANT, START, { c: connection }), harness.call(TENANT, START, { c: connection })]);
      first = a.startSync.id;
      expect(b.startSync.id).toBe(first);
      await firstRequest; // the run is talking to JIRA now
      expect((await harness.call(TENANT, START, { c: connection, full: true })).startSync).toEqual({ id: first, status: 'RUNNING' });

      await harness.runtime.jobs.idle();
      expect((await harness.call(TENANT, RUN, { id: first })).syncRun).toMatchObject({ status: 'SUCCEEDED', issuesSynced: site.issues.length });
    } finally {
      cloud.latencyMs = 0;
    }
    // Finished: the next start is a new run.
    const { startSync } = await harness.call(TENANT, START, { c: connection });
    expect(startSync.id).not.toBe(first);
    await harness.runtime.jobs.idle();
    expect((await harness.call(TENANT, RUN, { id: startSync.id })).syncRun.status).toBe('SUCCEEDED');
  });

  test('cancelling a running sync stops it at its next page: CANCELLED, not every issue read', async () => {
    // Another tenant: one tenant's connections must not both sync one site (issue keys are unique in a tenant).
    const tenant = tenantNamed('connections-cancel');
    const fresh = (await create(cloudInput({ name: 'Cancel target' }), tenant)).createJiraConnection.id;
    let runId: string | undefined;
    let cancelled: Promise<unknown> | undefined;
    // Cancel as soon as the run has asked JIRA how many issues to expect: it is about to read the first page.
    const onRequest = (r: { path: string }) => {
      if (r.path.endsWith('/search/approximate-count') && runId && !cancelled)
        cancelled = harness.call(tenant, `mutation($id: ID!) { cancelSync(id: $id) { id } }`, { id: runId });
    };
    cloud.on('request', onRequest);
    cloud.latencyMs = 10;
    try {
      const { startSync } = await harness.call(tenant, START, { c: fresh });
      runId = startSync.id;
      await harness.runtime.jobs.idle();
      expect(cancelled).toBeDefined();
      await cancelled;
    } finally {
      cloud.off('request', onRequest);
      cloud.latencyMs = 0;
    }
    const { syncRun } = await harness.call(tenant, RUN, { id: runId });
    expect(syncRun).toMatchObject({ status: 'CANCELLED', phase: 'cancelled', errors: [] });
    expect(syncRun.finishedAt).not.toBeNull();
    expect(syncRun.issuesSynced).toBeLessThan(site.issues.length);

    // The connection is free again: the next sync runs to the end.
    const { startSync } = await harness.call(tenant, START, { c: fresh });
    expect(startSync.id).not.toBe(runId);
    await harness.runtime.jobs.idle();
    expect((await harness.call(tenant, RUN, { id: startSync.id })).syncRun).toMatchObject({
      errors: [],
      status: 'SUCCEEDED',
      issuesSynced: site.issues.length,
    });
  });
});
