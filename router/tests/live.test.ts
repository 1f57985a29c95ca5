import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import WebSocket from 'ws';
import { DEFAULT_CLOUD_AUTH, startJiraSim, type JiraSim } from '@sprint-reports/jira-sim';
import { eq } from 'drizzle-orm';
import { createEventBus, createLogger, withTenant, type EventBus } from '@sprint-reports/core';
import { reportsTables } from '@sprint-reports/drizzle';
import { MAX_SUBSCRIPTIONS_PER_SOCKET } from '../src/live/server.ts';
import {
  liveClient,
  seededRouter,
  simSite,
  startTestRedis,
  startTestRouter,
  tenantNamed,
  type LiveClient,
  type TestDatabase,
  type TestRouter,
  type TestUser,
} from '@sprint-reports/testing/router';

/**
 * Live dashboards through the router: real graphql-ws clients on /graphql, events from real
 * changes (a JIRA webhook, a sync, mutations). With REDIS_URL the routers share a Redis event
 * stream (two of them here, each delivering); without, it is the embedded mode: one process, the
 * in-process bus.
 */
const TENANT = tenantNamed('live');
const OTHER = tenantNamed('live-other');
const redisUrl = process.env.REDIS_URL || undefined;
const log = createLogger(process.env.LOG_LEVEL ?? 'silent');
const prefix = `test-live-${randomUUID()}`;

let database: TestDatabase;
let router: TestRouter;
/** A second router over the same database and Redis (with Redis only). */
let second: TestRouter | undefined;
const buses: EventBus[] = [];
let sim: JiraSim;
let connectionId: string;
let webhookUrl: string;
let boardId: string;
let activeSprintId: string;
let viewer: TestUser;
const clients: LiveClient[] = [];

/** Resolves once `r` serves `n` more subscriptions than it did when `opened` was called. */
const opened = (r: TestRouter, n = 1) => r.router.live.reached(r.router.live.size + n);

const bus = () => {
  const b = createEventBus({ redisUrl, log, prefix });
  buses.push(b);
  return b;
};
const connect = (r: TestRouter, token: string | null, opts?: Parameters<typeof liveClient>[2]) => {
  const c = liveClient(r.wsUrl, token, opts);
  clients.push(c);
  return c;
};

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await router.query<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const ANALYSIS = /* GraphQL */ `
  subscription Dashboard($board: ID!) {
    sprintAnalysisUpdated(boardId: $board) {
      at
      board { name }
      sprint { id name analysis { committedPoints completedPoints notCompletedPoints } issues { key statusCategory } }
    }
  }
`;

beforeAll(async () => {
  ({ database, router } = await seededRouter({}, { router: { tenantId: TENANT, events: bus() } }));
  if (redisUrl) second = await startTestRouter(database, { tenantId: TENANT, events: bus() });
  sim = await startJiraSim({ site: simSite('live-site', 31, { sprints: 3, issuesPerSprint: 20, issues: 70 }), flavor: 'CLOUD' });
  const { createJiraConnection } = await gql(
    `mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id webhookPath webhookSecret } }`,
    {
      input: {
        name: 'Live sim',
        baseUrl: sim.url,
        flavor: 'CLOUD',
        email: DEFAULT_CLOUD_AUTH.email,
        apiToken: DEFAULT_CLOUD_AUTH.apiToken,
        syncIntervalMinutes: 0,
      },
    },
  );
  connectionId = createJiraConnection.id;
  webhookUrl = new URL(createJiraConnection.webhookPath, router.url).toString();
  // As an admin gives JIRA the secret the connection was made with: the sim's webhooks are signed with it.
  sim.registerWebhook(webhookUrl, createJiraConnection.webhookSecret);
  const { startSync } = await gql(`mutation($c: ID!) { startSync(connectionId: $c) { id } }`, { c: connectionId });
  await router.runtime.jobs.idle();
  expect((await gql(`query($id: ID!) { syncRun(id: $id) { status } }`, { id: startSync.id })).syncRun.status).toBe('SUCCEEDED');
  const { boards } = await gql(`{ boards { id sprints { id state } } }`);
  boardId = boards[0].id;
  activeSprintId = boards[0].sprints.find((s: { state: string }) => s.state === 'ACTIVE').id;
  viewer = await router.signIn(TENANT, 'VIEWER');
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await second?.stop();
  await router?.stop();
  await Promise.all(buses.map((b) => b.close()));
  await sim?.close();
  await database?.close();
});

describe('a dashboard follows the sprint analysis', () => {
  test("a JIRA webhook's effect on the analysis reaches subscribers of every router, resolved across subgraphs", async () => {
    const { sprint: before } = await gql(
      `query($id: ID!) { sprint(id: $id) { analysis { completedPoints notCompletedPoints } issues { key statusCategory storyPoints } } }`,
      { id: activeSprintId },
    );
    const open = before.issues.find((i: { statusCategory: string; storyPoints: number | null }) => i.statusCategory !== 'DONE' && (i.storyPoints ?? 0) > 0);
    const routers = [router, ...(second ? [second] : [])];
    const ready = Promise.all([...routers.map((r) => opened(r)), opened(router, 3)]);
    const subscriptions = routers.map((r) => connect(r, viewer.accessToken).subscribe(ANALYSIS, { board: boardId }));
    // The same dashboard follows the board's issues and the sprint itself, on one socket.
    const socket = connect(router, viewer.accessToken);
    // A variable of the subscriber's inside the selection travels into the query each update runs.
    const issues = socket.subscribe(
      `subscription($b: ID!, $full: Boolean!) { issueUpdated(boardId: $b) { issueIds issues @include(if: $full) { id key statusCategory } } }`,
      { b: boardId, full: true },
    );
    const sprintItself = socket.subscribe(`subscription($s: ID!) { sprintUpdated(sprintId: $s) { sprint { id analysis { completedPoints } } } }`, {
      s: activeSprintId,
    });
    await ready;

    const sentAt = Date.now();
    expect(await sim.sendWebhook(webhookUrl, sim.updateIssue(open.key, { status: 'Done' }))).toBe(200);
    for (const subscription of subscriptions) {
      const { data, errors } = await subscription.next();
      expect(errors).toBeUndefined();
      const update = data!.sprintAnalysisUpdated;
      expect(update.sprint.id).toBe(activeSprintId);
      expect(update.board.name).toEqual(expect.any(String));
      expect(update.sprint.analysis.completedPoints).toBe(before.analysis.completedPoints + open.storyPoints);
      expect(update.sprint.analysis.notCompletedPoints).toBe(before.analysis.notCompletedPoints - open.storyPoints);
      expect(update.sprint.issues.find((i: { key: string }) => i.key === open.key).statusCategory).toBe('DONE');
      expect(Date.parse(update.at)).toBeGreaterThanOrEqual(sentAt - 1000);
    }
    log.info({ ms: Date.now() - sentAt }, 'webhook to dashboard');
    const { issueUpdated } = (await issues.next()).data!;
    expect(issueUpdated.issues).toEqual([{ id: issueUpdated.issueIds[0], key: open.key, statusCategory: 'DONE' }]);
    // The webhook wrote the issue (sprintUpdated: nothing of the sprint's own), then its analysis moved.
    expect((await sprintItself.next()).data!.sprintUpdated.sprint).toEqual({
      id: activeSprintId,
      analysis: { completedPoints: before.analysis.completedPoints + open.storyPoints },
    });
  });
});

/** Adds a report row of the tenant as the reports subgraph stores them (report generation has no API yet). */
async function insertReport(tenantId: string, status: 'QUEUED' | 'READY') {
  const id = randomUUID();
  await withTenant(database.db, tenantId, (tx) =>
    tx.insert(reportsTables.reports).values({ id, tenantId, kind: 'SPRINT', format: 'CSV', status, sprintId: activeSprintId }),
  );
  return id;
}
const REPORT_READY = /* GraphQL */ `subscription($id: ID!) { reportReady(reportId: $id) { __typename at report { id status sprint { id name } } } }`;

describe('reportReady', () => {
  test('delivers once when the report is announced ready, then completes', async () => {
    const id = await insertReport(TENANT, 'QUEUED');
    const ready = opened(router);
    const subscription = connect(router, viewer.accessToken).subscribe(REPORT_READY, { id });
    await ready;
    await withTenant(database.db, TENANT, (tx) => tx.update(reportsTables.reports).set({ status: 'READY' }).where(eq(reportsTables.reports.id, id)));
    await router.runtime.events.publish({ type: 'REPORT_READY', tenantId: TENANT, reportId: id });
    const { data } = await subscription.next();
    expect(data!.reportReady).toMatchObject({
      __typename: 'ReportReady',
      report: { id, status: 'READY', sprint: { id: activeSprintId, name: expect.any(String) } },
    });
    expect(await subscription.ended).toBeUndefined(); // completed, not failed
  });

  test('answers at once for a report that was ready before the subscription began', async () => {
    const id = await insertReport(TENANT, 'READY');
    const subscription = connect(router, viewer.accessToken).subscribe(REPORT_READY, { id });
    expect((await subscription.next()).data!.reportReady.report).toMatchObject({ id, status: 'READY' });
    await subscription.ended;
  });
});

describe('capacityUpdated', () => {
  test("a team's members changing (the users subgraph's TEAM_MEMBERS_CHANGED) reaches the team's followers as a change of every sprint", async () => {
    const { createTeam } = await gql(`mutation { createTeam(name: "Live members") { id } }`);
    const { createUser } = await gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { email: `member-${randomUUID()}@live.test`, displayName: 'Mia Member' },
    });
    const ready = opened(router);
    const updates = connect(router, viewer.accessToken).subscribe(
      `subscription($t: ID!) { capacityUpdated(teamId: $t) { team { members { user { displayName } } } sprint { id } } }`,
      { t: createTeam.id },
    );
    await ready;
    await gql(`mutation($t: ID!, $u: ID!) { addTeamMember(teamId: $t, userId: $u, discipline: "Backend", allocationPercent: 50) { id } }`, {
      t: createTeam.id,
      u: createUser.id,
    });
    const { data } = await updates.next();
    expect(data!.capacityUpdated).toEqual({ team: { members: [{ user: { displayName: 'Mia Member' } }] }, sprint: null });
  });
});

describe('the WebSocket endpoint', () => {
  test('answers queries too, as the signed-in user', async () => {
    const c = connect(router, viewer.accessToken);
    const result = await new Promise<any>((resolve, reject) =>
      c.client.subscribe({ query: '{ me { email role } }' }, { next: resolve, error: reject, complete: () => {} }),
    );
    expect(result.data.me).toEqual({ email: viewer.email, role: 'VIEWER' });
  });

  test('closes with 4401 without a token, or with a refused one', async () => {
    expect(await connect(router, null).closed).toMatchObject({ code: 4401, reason: expect.stringMatching(/Sign in/) });
    expect(await connect(router, 'not-a-jwt').closed).toMatchObject({ code: 4401, reason: expect.stringMatching(/malformed/) });
  });

  test('refuses subscriptions it cannot serve with coded errors', async () => {
    const c = connect(router, viewer.accessToken);
    const error = async (query: string, variables: Record<string, unknown> = {}) => {
      const s = c.subscribe(query, variables);
      const ended = (await s.ended) as { extensions?: { code?: string }; message: string }[];
      expect(s.results).toEqual([]);
      return ended[0];
    };
    expect(await error(ANALYSIS, { board: 'nope' })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(await error(ANALYSIS, { board: randomUUID() })).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(await error(`subscription { sprintUpdated(sprintId: "${activeSprintId}") { nope } }`)).toMatchObject({
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(await error(`subscription { sprintUpdated(sprintId: `)).toMatchObject({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(await error(`subscription { sprintUpdated(sprintId: "${activeSprintId}") @skip(if: true) { at } }`)).toMatchObject({
      extensions: { code: 'BAD_REQUEST' },
    });
    // What each update runs must pass the edge's limits too: refused now, not failing at every update.
    // (15 aliases are allowed; the router's own `run: syncRun(...)` would be the 16th.)
    const aliases = Array.from({ length: 15 }, (_, i) => `a${i}: status`).join(' ');
    expect(await error(`subscription($c: ID!) { syncProgress(connectionId: $c) { run { ${aliases} } } }`, { c: connectionId })).toMatchObject({
      message: expect.stringMatching(/^As the router runs it for each update: .*Aliases limit of 15/),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  test(`one socket holds at most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions`, async () => {
    const c = connect(router, viewer.accessToken);
    const ready = opened(router, MAX_SUBSCRIPTIONS_PER_SOCKET);
    const held = Array.from({ length: MAX_SUBSCRIPTIONS_PER_SOCKET }, () =>
      c.subscribe(`subscription($c: ID!) { syncProgress(connectionId: $c) { at } }`, { c: connectionId }),
    );
    await ready;
    const extra = c.subscribe(`subscription($c: ID!) { syncProgress(connectionId: $c) { at } }`, { c: connectionId });
    expect(await extra.ended).toMatchObject([{ message: expect.stringMatching(/At most/), extensions: { code: 'BAD_REQUEST' } }]);
    held.forEach((s) => s.unsubscribe());
  });

  test('refused tokens count against the sign-in limit: over it, 4429', async () => {
    const r = await startTestRouter(database, { tenantId: TENANT, config: { rateLimitLoginPerMinute: 1 } });
    try {
      expect(await connect(r, 'not-a-jwt').closed).toMatchObject({ code: 4401 });
      expect(await connect(r, 'not-a-jwt').closed).toMatchObject({ code: 4429, reason: expect.stringMatching(/Too many sign-in attempts/) });
    } finally {
      await r.stop();
    }
  });

  test('a subscription over HTTP is refused with a pointer to WebSocket', async () => {
    const res = await router.request(`subscription { sprintUpdated(sprintId: "${activeSprintId}") { at } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors![0]).toMatchObject({ message: expect.stringMatching(/WebSocket/), extensions: { code: 'BAD_REQUEST' } });
  });

  test('another tenant cannot follow what is not theirs, and receives none of its events', async () => {
    const stranger = await router.signIn(OTHER, 'ADMIN');
    const c = connect(router, stranger.accessToken);
    const refused = c.subscribe(ANALYSIS, { board: boardId });
    expect(await refused.ended).toMatchObject([{ extensions: { code: 'NOT_FOUND' } }]);
    // syncProgress takes any id (no check): the stranger follows our connection, we sync, they get nothing.
    const both = opened(router, 2);
    const theirs = c.subscribe(`subscription($c: ID!) { syncProgress(connectionId: $c) { run { id status } } }`, { c: connectionId });
    const ours = connect(router, viewer.accessToken).subscribe(`subscription($c: ID!) { syncProgress(connectionId: $c) { run { id status phase } } }`, {
      c: connectionId,
    });
    await both;
    const { startSync } = await gql(`mutation($c: ID!) { startSync(connectionId: $c) { id } }`, { c: connectionId });
    await router.runtime.jobs.idle();
    let last;
    do last = (await ours.next()).data!.syncProgress.run;
    while (last.status !== 'SUCCEEDED');
    expect(last).toMatchObject({ id: startSync.id, phase: 'done' });
    // A report of the stranger's own, announced after ours: the first thing they receive.
    const own = await insertReport(OTHER, 'QUEUED');
    const ready = opened(router);
    const mine = c.subscribe(REPORT_READY, { id: own });
    await ready;
    await router.runtime.events.publish({ type: 'REPORT_READY', tenantId: OTHER, reportId: own });
    expect((await mine.next()).data!.reportReady.report.id).toBe(own);
    expect(theirs.results).toEqual([]);
  });
});

describe('connections', () => {
  test('keep-alive: the router pings; a client that does not answer is dropped, one that does stays', async () => {
    const r = await startTestRouter(database, { tenantId: TENANT, edge: { keepAliveMs: 100 } });
    try {
      const raw = (autoPong: boolean) => {
        const socket = new WebSocket(r.wsUrl, 'graphql-transport-ws', { autoPong });
        socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${viewer.accessToken}` } })));
        return socket;
      };
      const silent = raw(false);
      const closed = new Promise<number>((resolve) => silent.on('close', (code) => resolve(code)));
      const healthy = raw(true);
      let pings = 0;
      // Three pings answered, while the silent one (pinged as often) is cut off after its first.
      await new Promise<void>((resolve) => healthy.on('ping', () => ++pings === 3 && resolve()));
      expect(await closed).toBe(1006); // terminated: no close frame
      expect(healthy.readyState).toBe(WebSocket.OPEN);
      healthy.close();
    } finally {
      await r.stop();
    }
  });

  test('a stopping router closes its sockets with 1001 (going away): clients reconnect elsewhere', async () => {
    const r = await startTestRouter(database, { tenantId: TENANT });
    const c = connect(r, viewer.accessToken);
    const ready = opened(r);
    c.subscribe(ANALYSIS, { board: boardId });
    await ready;
    await r.stop();
    expect(await c.closed).toMatchObject({ code: 1001 });
  });

  test('the socket closes with 4401 when its access token expires', async () => {
    // This router's clock is two seconds short of the token's expiry.
    const token = await router.signIn(TENANT, 'VIEWER');
    const skew = token.expiresAt.getTime() - Date.now() - 2000;
    const r = await startTestRouter(database, { tenantId: TENANT, edge: { now: () => Date.now() + skew } });
    try {
      const c = connect(r, token.accessToken);
      c.subscribe(ANALYSIS, { board: boardId });
      expect(await c.closed).toMatchObject({ code: 4401, reason: expect.stringMatching(/expired/) });
    } finally {
      await r.stop();
    }
  });
});

describe.runIf(!!redisUrl)('Redis restart', () => {
  test('after a restart of its Redis, a router delivers again, including what changed while Redis was down', async () => {
    const own = await startTestRedis();
    const events = createEventBus({ redisUrl: own.url, log, prefix });
    const r = await startTestRouter(database, { tenantId: TENANT, events });
    try {
      const { createTeam } = await gql(`mutation { createTeam(name: "Restarts") { id } }`);
      const setFocus = async (focusFactor: number) =>
        expect(
          (
            await r.query(`mutation($t: ID!, $f: Float!) { setTeamCapacity(teamId: $t, input: { focusFactor: $f }) { focusFactor } }`, {
              t: createTeam.id,
              f: focusFactor,
            })
          ).errors,
        ).toBeUndefined();
      const ready = opened(r);
      const updates = connect(r, viewer.accessToken).subscribe(
        `subscription($t: ID!) { capacityUpdated(teamId: $t) { team { capacitySettings { focusFactor } } } }`,
        { t: createTeam.id },
      );
      await ready;
      const focus = async () => (await updates.next()).data!.capacityUpdated.team.capacitySettings[0].focusFactor;
      await setFocus(0.9);
      expect(await focus()).toBe(0.9);
      await events.flush();

      await own.kill();
      await setFocus(0.8); // committed while Redis is down: its event waits in the publisher
      await own.start();
      expect(await focus()).toBe(0.8);
      await setFocus(0.7);
      expect(await focus()).toBe(0.7);
    } finally {
      await r.stop();
      await events.close();
      await own.stop();
    }
  });
});
