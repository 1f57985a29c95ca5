import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_CLOUD_AUTH, startJiraSim, type JiraSim } from '@sprint-reports/jira-sim';
import { withTenant, type LiveEvent } from '@sprint-reports/core';
import { queuesData } from '@sprint-reports/queues';
import { reportsTables } from '@sprint-reports/drizzle';
import {
  liveClient,
  seededRouter,
  simSite,
  tenantNamed,
  type LiveClient,
  type TestDatabase,
  type TestRouter,
  type TestUser,
} from '@sprint-reports/testing/router';

/**
 * Subscribers of one operation with the same variables share one resolved answer only when their
 * permissions are the same (tenant, role, team roles). For every Subscription field, a manager of
 * team A, a manager of team B and a viewer subscribe with the same operation and variables, selecting
 * something only some of them may read (a report's deliveries: the managers of its team; a sync's
 * connection: managers), and each receives exactly what HTTP answers them for the same selection.
 */
const TENANT = tenantNamed('live-permissions');

let database: TestDatabase;
let router: TestRouter;
let sim: JiraSim;
const clients: LiveClient[] = [];
let ids: { board: string; sprint: string; connection: string; run: string; queue: string; teamA: string; report: string };
let users: { managerA: TestUser; managerA2: TestUser; managerB: TestUser; viewer: TestUser };

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await router.query<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

beforeAll(async () => {
  ({ database, router } = await seededRouter({}, { router: { tenantId: TENANT } }));
  sim = await startJiraSim({ site: simSite('live-permissions-site', 41, { sprints: 2, issuesPerSprint: 5, issues: 12 }), flavor: 'CLOUD' });
  const { createJiraConnection } = await gql(`mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id } }`, {
    input: { name: 'Sim', baseUrl: sim.url, flavor: 'CLOUD', email: DEFAULT_CLOUD_AUTH.email, apiToken: DEFAULT_CLOUD_AUTH.apiToken, syncIntervalMinutes: 0 },
  });
  const { startSync } = await gql(`mutation($c: ID!) { startSync(connectionId: $c) { id } }`, { c: createJiraConnection.id });
  await router.runtime.jobs.idle();
  const { boards } = await gql(`{ boards { id sprints { id state } } }`);
  const board = boards[0];
  const sprint = board.sprints.find((s: { state: string }) => s.state === 'ACTIVE') ?? board.sprints[0];
  const [{ createTeam: teamA }, { createTeam: teamB }] = [
    await gql(`mutation { createTeam(name: "A") { id } }`),
    await gql(`mutation { createTeam(name: "B") { id } }`),
  ];
  await gql(`mutation($b: ID!, $t: ID!) { setBoardTeam(boardId: $b, teamId: $t) { id } }`, { b: board.id, t: teamA.id });

  // Team A's report of the sprint, emailed once: its deliveries are for A's managers (and admins).
  const report = randomUUID();
  const queue = randomUUID();
  await withTenant(database.db, TENANT, async (tx) => {
    await tx
      .insert(reportsTables.reports)
      .values({ id: report, tenantId: TENANT, kind: 'SPRINT', format: 'CSV', status: 'QUEUED', sprintId: sprint.id, boardId: board.id, teamId: teamA.id });
    await tx.insert(reportsTables.deliveries).values({ id: randomUUID(), tenantId: TENANT, reportId: report, recipient: 'lead@a.test', status: 'SENT' });
    await queuesData.insertQueue(tx, { id: queue, tenantId: TENANT, sprintId: sprint.id, status: 'DRAFT', generatedAt: new Date() }, [], []);
  });
  ids = { board: board.id, sprint: sprint.id, connection: createJiraConnection.id, run: startSync.id, queue, teamA: teamA.id, report };
  users = {
    managerA: await router.signIn(TENANT, 'MANAGER', { teams: { [teamA.id]: 'MANAGER' } }),
    managerA2: await router.signIn(TENANT, 'MANAGER', { teams: { [teamA.id]: 'MANAGER' } }),
    managerB: await router.signIn(TENANT, 'MANAGER', { teams: { [teamB.id]: 'MANAGER' } }),
    viewer: await router.signIn(TENANT, 'VIEWER', { teams: { [teamA.id]: 'VIEWER' } }),
  };
}, 120_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await router?.stop();
  await sim?.close();
  await database?.close();
});

/** Resolves once the router serves no subscription (those a test ended are gone: the next counts from zero). */
const drained = () =>
  new Promise<void>((resolve) => {
    const hub = router.router.live;
    if (!hub.size) return resolve();
    const listener = (size: number) => size === 0 && (hub.changes.off('size', listener), resolve());
    hub.changes.on('size', listener);
  });

const connect = (user: TestUser) => {
  const c = liveClient(router.wsUrl, user.accessToken);
  clients.push(c);
  return c;
};

// Reached from each payload's entity: a team A report's deliveries (team A's managers), or a sync's connection (managers).
const DELIVERIES = 'reports { id deliveries { recipient status } }';
const SPRINT = `id team { id ${DELIVERIES} }`;

/**
 * Each Subscription field: its argument, the payload entity selected, the root Query field HTTP reads
 * it with, the selection, and the event that makes it deliver.
 */
const FIELDS: Record<string, { arg: () => string; entity: string; root: string; id: () => string; selection: string; event: () => LiveEvent }> = {
  sprintAnalysisUpdated: {
    arg: () => ids.board,
    entity: 'sprint',
    root: 'sprint',
    id: () => ids.sprint,
    selection: SPRINT,
    event: () => ({ type: 'SPRINT_ANALYSIS_UPDATED', tenantId: TENANT, boardId: ids.board, sprintId: ids.sprint }),
  },
  sprintUpdated: {
    arg: () => ids.sprint,
    entity: 'sprint',
    root: 'sprint',
    id: () => ids.sprint,
    selection: SPRINT,
    event: () => ({ type: 'SPRINT_UPDATED', tenantId: TENANT, boardId: ids.board, sprintId: ids.sprint }),
  },
  issueUpdated: {
    arg: () => ids.board,
    entity: 'board',
    root: 'board',
    id: () => ids.board,
    selection: `id team { id ${DELIVERIES} }`,
    event: () => ({ type: 'ISSUES_UPDATED', tenantId: TENANT, boardId: ids.board, issueIds: [] }),
  },
  syncProgress: {
    arg: () => ids.connection,
    entity: 'run',
    root: 'syncRun',
    id: () => ids.run,
    selection: 'id status connection { id name }',
    event: () => ({ type: 'SYNC_PROGRESS', tenantId: TENANT, connectionId: ids.connection, runId: ids.run }),
  },
  queueUpdated: {
    arg: () => ids.sprint,
    entity: 'queue',
    root: 'queue',
    id: () => ids.queue,
    selection: `id sprint { ${SPRINT} }`,
    event: () => ({ type: 'QUEUE_UPDATED', tenantId: TENANT, sprintId: ids.sprint, queueId: ids.queue }),
  },
  capacityUpdated: {
    arg: () => ids.teamA,
    entity: 'team',
    root: 'team',
    id: () => ids.teamA,
    selection: `id ${DELIVERIES}`,
    event: () => ({ type: 'CAPACITY_UPDATED', tenantId: TENANT, teamId: ids.teamA, sprintId: null }),
  },
  reportReady: {
    arg: () => ids.report,
    entity: 'report',
    root: 'report',
    id: () => ids.report,
    selection: 'id status deliveries { recipient status }',
    event: () => ({ type: 'REPORT_READY', tenantId: TENANT, reportId: ids.report }),
  },
  reportProgress: {
    arg: () => ids.report,
    entity: 'report',
    root: 'report',
    id: () => ids.report,
    selection: 'id deliveries { recipient status }',
    event: () => ({ type: 'REPORT_PROGRESS', tenantId: TENANT, reportId: ids.report }),
  },
};
const ARGS: Record<string, string> = {
  sprintAnalysisUpdated: 'boardId',
  sprintUpdated: 'sprintId',
  issueUpdated: 'boardId',
  syncProgress: 'connectionId',
  queueUpdated: 'sprintId',
  capacityUpdated: 'teamId',
  reportReady: 'reportId',
  reportProgress: 'reportId',
};
const subscription = (field: string) => `subscription($id: ID!) { ${field}(${ARGS[field]}: $id) { ${FIELDS[field].entity} { ${FIELDS[field].selection} } } }`;

type Errors = { message: string; path?: readonly (string | number)[]; extensions?: { code?: unknown } }[] | undefined;
/** Errors as a person compares them: code and where, from the entity down (the subscription's path has its field in front). */
const errorsOf = (errors: Errors, depth: number) =>
  (errors ?? []).map((e) => ({ code: e.extensions?.code, path: e.path?.slice(depth) })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe("live answers follow each subscriber's permissions", () => {
  test('subscribers with the same permissions share one resolution; different team roles or roles do not', async () => {
    expect(router.router.live.groups).toBe(0);
    const ready = router.router.live.reached(4);
    const subs = [users.managerA, users.managerA2, users.managerB, users.viewer].map((u) =>
      connect(u).subscribe(subscription('sprintUpdated'), { id: ids.sprint }),
    );
    await ready;
    // managerA and managerA2 (two people, the same permissions) share; managerB and the viewer each have their own.
    expect(router.router.live.groups).toBe(3);
    subs.forEach((s) => s.unsubscribe());
    await drained();
  });

  test('the cases below cover every Subscription field of the supergraph', async () => {
    const { __schema } = await gql(`{ __schema { subscriptionType { fields { name } } } }`);
    expect(__schema.subscriptionType.fields.map((f: { name: string }) => f.name).sort()).toEqual(Object.keys(FIELDS).sort());
  });

  test.each(Object.keys(FIELDS))('%s: each subscriber gets what HTTP gives them for the same selection', async (field) => {
    const { root, id, selection, entity, arg, event } = FIELDS[field];
    const people = [users.managerA, users.managerB, users.viewer];
    const ready = router.router.live.reached(people.length);
    // One socket each, the same operation and variables, subscribed one after the other.
    const subs = people.map((u) => connect(u).subscribe(subscription(field), { id: arg() }));
    await ready;
    // Ready only now: a report ready before would be delivered at subscribe time, to whoever had subscribed so far.
    if (field === 'reportReady')
      await withTenant(database.db, TENANT, (tx) => tx.update(reportsTables.reports).set({ status: 'READY' }).where(eq(reportsTables.reports.id, ids.report)));
    await router.runtime.events.publish(event());

    const answers = [];
    for (const [i, user] of people.entries()) {
      const live = await subs[i].next();
      const http = await router.query(`query($id: ID!) { ${root}(id: $id) { ${selection} } }`, { id: id() }, { token: user.accessToken });
      expect((live.data as Record<string, Record<string, unknown> | null> | null)?.[field]?.[entity] ?? null).toEqual(http.data![root] ?? null);
      expect(errorsOf(live.errors as Errors, 2)).toEqual(errorsOf(http.errors, 1));
      answers.push({ data: http.data, errors: errorsOf(http.errors, 1) });
      subs[i].unsubscribe();
    }
    await drained();
    // The selection does tell them apart: someone reads what another is refused.
    const [managerA, managerB, viewer] = answers;
    expect(managerA.errors).toEqual([]);
    expect([...managerB.errors, ...viewer.errors].map((e) => e.code)).toContain('FORBIDDEN');
    expect(JSON.stringify(managerA.data)).toMatch(field === 'syncProgress' ? /"connection":\{"id"/ : /lead@a\.test/);
  });
});
