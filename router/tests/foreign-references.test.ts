import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { asSystem, stableId, withTenant } from '@sprint-reports/core';
import { issuesTables } from '@sprint-reports/drizzle';
import type { Dataset } from '@sprint-reports/demo-data';
import { SCHEDULES_JOB } from '@sprint-reports/reports';
import { createTestDatabase, seededRouter, smallTeam, type TestRouter, type TestUser } from '@sprint-reports/testing/router';

/**
 * Every id a write names must exist in the caller's tenant. Two tenants, A and B, seeded through the
 * real write path; an ADMIN of A names B's entities (and random UUIDs) in every mutation that takes
 * an id, through a real router with every subgraph in-process. Each attempt is NOT_FOUND, naming
 * what was not found, and leaves every row of both tenants as it was. Where the id is another
 * subgraph's (a board's team, a queue's issue, a member's user, a report's sprint), the mutation asks
 * that subgraph as the caller's tenant. The same mutations with A's own ids still work.
 *
 * The defect: setBoardTeam stored another tenant's team id, and the board's team then failed every
 * read ("Cannot return null for non-nullable field Team.name").
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let router: TestRouter;
let a: Dataset;
let b: Dataset;
let bAdmin: TestUser;
/** B's rows no seeding writes: a queue, a report, a schedule, a JIRA connection and a sync run. */
const bRows = { queue: '', report: '', schedule: '', connection: '', run: '' };
let aQueue: { id: string; items: { issue: { id: string } }[] };

const future = (ds: Dataset) => ds.sprints.find((s) => s.state === 'FUTURE')!;
const active = (ds: Dataset) => ds.sprints.find((s) => s.state === 'ACTIVE')!;
const closed = (ds: Dataset) => ds.sprints.find((s) => s.state === 'CLOSED')!;
/** A user of the tenant in no team: the seeded members are the team's. */
const memberOf = (ds: Dataset) => ds.members[0].userId;

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}, as?: TestUser): Promise<T> {
  const res = as ? await router.as(as)<T>(query, variables) : await router.query<T>(query, variables);
  expect(res.errors, query).toBeUndefined();
  return res.data!;
}

/** The six schemas' tenant-owned tables, with the column their tenant_isolation policy compares. */
async function isolatedTables() {
  const rows = await asSystem(database.db, (db) =>
    db.execute(sql`select schemaname || '.' || tablename as name, qual from pg_policies where policyname = 'tenant_isolation' order by 1`),
  );
  const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as { name: string; qual: string }[];
  return list.map(({ name, qual }) => ({ name, column: /^\(\(?(\w+) = /.exec(qual)![1] }));
}

/** Every row of both tenants in every table, hashed: to show that a refused write stored nothing anywhere. */
async function fingerprint() {
  await router.runtime.jobs.idle();
  const tables = await isolatedTables();
  return asSystem(database.db, async (db) => {
    const out: Record<string, unknown> = {};
    for (const t of tables) {
      const table = sql.raw(
        t.name
          .split('.')
          .map((p) => `"${p}"`)
          .join('.'),
      );
      const result = await db.execute(
        sql`select ${sql.identifier(t.column)}::text as tenant, count(*)::int as n, md5(string_agg(x::text, '|' order by x::text)) as hash
            from ${table} x where ${sql.identifier(t.column)} in (${a.tenant.id}::uuid, ${b.tenant.id}::uuid) group by 1 order by 1`,
      );
      out[t.name] = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
    }
    return out;
  });
}

beforeAll(async () => {
  // Schedules are created, never fired here: no SMTP server is ever reached.
  ({
    database,
    router,
    tenants: { 'references-a': a, 'references-b': b },
  } = await seededRouter(
    {
      'references-a': [smallTeam('Atlas', { sprints: 4, issuesPerSprint: 10, issues: 60 })],
      'references-b': [smallTeam('Zeta', { sprints: 4, issuesPerSprint: 10, issues: 60 })],
    },
    { router: { config: { smtpUrl: 'smtp://127.0.0.1:9' } } },
  ));
  await router.runtime.jobs.unrepeat(SCHEDULES_JOB, 'tick');
  bAdmin = await router.signIn(b.tenant.id, 'ADMIN');

  bRows.queue = (await ok(`mutation($s: ID!) { generateQueue(sprintId: $s) { id } }`, { s: future(b).id }, bAdmin)).generateQueue.id;
  bRows.report = (
    await ok(`mutation($s: ID) { generateReport(input: { kind: SPRINT, format: CSV, sprintId: $s }) { id } }`, { s: closed(b).id }, bAdmin)
  ).generateReport.id;
  bRows.schedule = (
    await ok(
      `mutation($t: ID!) { createReportSchedule(input: { teamId: $t, kind: VELOCITY, format: CSV, recipients: ["b@example.test"], atSprintClose: true }) { id } }`,
      { t: b.teams[0].id },
      bAdmin,
    )
  ).createReportSchedule.id;
  bRows.connection = stableId(b.tenant.id, 'references', 'connection');
  bRows.run = stableId(b.tenant.id, 'references', 'run');
  await withTenant(database.db, b.tenant.id, async (db) => {
    await db.insert(issuesTables.jiraConnections).values({
      id: bRows.connection,
      tenantId: b.tenant.id,
      name: 'B JIRA',
      baseUrl: 'https://b.atlassian.net',
      flavor: 'CLOUD',
      email: 'jira@b.test',
      apiTokenSealed: 'sealed',
      syncIntervalMinutes: 0,
    });
    await db.insert(issuesTables.syncRuns).values({ id: bRows.run, tenantId: b.tenant.id, connectionId: bRows.connection, full: true, status: 'QUEUED' });
  });
  aQueue = (await ok(`mutation($s: ID!) { generateQueue(sprintId: $s) { id items { issue { id } } } }`, { s: future(a).id })).generateQueue;
  await router.runtime.jobs.idle();
}, 180_000);

afterAll(async () => {
  await router?.stop();
  await database?.close();
});

/**
 * One write naming one id of the wrong tenant: `foreign` gives B's id, `what` the name of its kind in
 * the message; `variables(id)` puts it where the mutation takes it (the rest are A's own ids).
 */
interface Case {
  mutation: string;
  what: string;
  foreign: () => string;
  variables: (id: string) => Record<string, unknown>;
}

const cases: Record<string, Case> = {
  // users: its own ids
  'updateUser: the user': {
    mutation: `mutation($id: ID!) { updateUser(id: $id, input: { displayName: "Taken" }) { id } }`,
    what: 'User',
    foreign: () => b.users[0].id,
    variables: (id) => ({ id }),
  },
  'addTeamMember: the user': {
    mutation: `mutation($t: ID!, $u: ID!) { addTeamMember(teamId: $t, userId: $u, discipline: "Backend") { id } }`,
    what: 'User',
    foreign: () => b.users[0].id,
    variables: (u) => ({ t: a.teams[0].id, u }),
  },
  'addTeamMember: the team': {
    mutation: `mutation($t: ID!, $u: ID!) { addTeamMember(teamId: $t, userId: $u, discipline: "Backend") { id } }`,
    what: 'Team',
    foreign: () => b.teams[0].id,
    variables: (t) => ({ t, u: a.users[0].id }),
  },
  'updateTeamMember: the user': {
    mutation: `mutation($t: ID!, $u: ID!) { updateTeamMember(teamId: $t, userId: $u, input: { allocationPercent: 10 }) { id } }`,
    what: 'User',
    foreign: () => memberOf(b),
    variables: (u) => ({ t: a.teams[0].id, u }),
  },
  'removeTeamMember: the user': {
    mutation: `mutation($t: ID!, $u: ID!) { removeTeamMember(teamId: $t, userId: $u) }`,
    what: 'User',
    foreign: () => memberOf(b),
    variables: (u) => ({ t: a.teams[0].id, u }),
  },
  'removeTeamMember: the team': {
    mutation: `mutation($t: ID!, $u: ID!) { removeTeamMember(teamId: $t, userId: $u) }`,
    what: 'Team',
    foreign: () => b.teams[0].id,
    variables: (t) => ({ t, u: memberOf(a) }),
  },
  // sprints: the team is the users subgraph's
  'setBoardTeam: the team': {
    mutation: `mutation($b: ID!, $t: ID) { setBoardTeam(boardId: $b, teamId: $t) { id } }`,
    what: 'Team',
    foreign: () => b.teams[0].id,
    variables: (t) => ({ b: a.boards[0].id, t }),
  },
  'setBoardTeam: the board': {
    mutation: `mutation($b: ID!, $t: ID) { setBoardTeam(boardId: $b, teamId: $t) { id } }`,
    what: 'Board',
    foreign: () => b.boards[0].id,
    variables: (id) => ({ b: id, t: a.teams[0].id }),
  },
  'updateBoardSettings: the board': {
    mutation: `mutation($b: ID!) { updateBoardSettings(boardId: $b, settings: { timeZone: "UTC" }) { id } }`,
    what: 'Board',
    foreign: () => b.boards[0].id,
    variables: (id) => ({ b: id }),
  },
  // issues: its own ids
  'updateJiraConnection: the connection': {
    mutation: `mutation($id: ID!) { updateJiraConnection(id: $id, input: { name: "Mine now" }) { id } }`,
    what: 'JIRA connection',
    foreign: () => bRows.connection,
    variables: (id) => ({ id }),
  },
  'deleteJiraConnection: the connection': {
    mutation: `mutation($id: ID!) { deleteJiraConnection(id: $id) }`,
    what: 'JIRA connection',
    foreign: () => bRows.connection,
    variables: (id) => ({ id }),
  },
  'startSync: the connection': {
    mutation: `mutation($id: ID!) { startSync(connectionId: $id) { id } }`,
    what: 'JIRA connection',
    foreign: () => bRows.connection,
    variables: (id) => ({ id }),
  },
  'cancelSync: the run': {
    mutation: `mutation($id: ID!) { cancelSync(id: $id) { id } }`,
    what: 'Sync run',
    foreign: () => bRows.run,
    variables: (id) => ({ id }),
  },
  // capacity: teams are the users subgraph's, sprints the sprints subgraph's, members' users the users subgraph's
  'setTeamCapacity: the team': {
    mutation: `mutation($t: ID!) { setTeamCapacity(teamId: $t, input: { focusFactor: 0.5 }) { id } }`,
    what: 'Team',
    foreign: () => b.teams[0].id,
    variables: (t) => ({ t }),
  },
  'setSprintCapacity: the sprint': {
    mutation: `mutation($s: ID!) { setSprintCapacity(sprintId: $s, input: { focusFactor: 0.5 }) { id } }`,
    what: 'Sprint',
    foreign: () => active(b).id,
    variables: (s) => ({ s }),
  },
  'setMemberAvailability: the user': {
    mutation: `mutation($s: ID!, $u: ID!) { setMemberAvailability(sprintId: $s, userId: $u, daysOff: 1) { id } }`,
    what: 'User',
    foreign: () => memberOf(b),
    variables: (u) => ({ s: active(a).id, u }),
  },
  'setMemberAvailability: the sprint': {
    mutation: `mutation($s: ID!, $u: ID!) { setMemberAvailability(sprintId: $s, userId: $u, daysOff: 1) { id } }`,
    what: 'Sprint',
    foreign: () => active(b).id,
    variables: (s) => ({ s, u: memberOf(a) }),
  },
  // queues: sprints are the sprints subgraph's, issues the issues subgraph's
  'generateQueue: the sprint': {
    mutation: `mutation($s: ID!) { generateQueue(sprintId: $s) { id } }`,
    what: 'Sprint',
    foreign: () => future(b).id,
    variables: (s) => ({ s }),
  },
  'pinQueueItem: the issue': {
    mutation: `mutation($q: ID!, $i: ID!) { pinQueueItem(queueId: $q, issueId: $i) { id } }`,
    what: 'Issue',
    foreign: () => b.issues[0].id,
    variables: (i) => ({ q: aQueue.id, i }),
  },
  'pinQueueItem: the queue': {
    mutation: `mutation($q: ID!, $i: ID!) { pinQueueItem(queueId: $q, issueId: $i) { id } }`,
    what: 'Queue',
    foreign: () => bRows.queue,
    variables: (q) => ({ q, i: aQueue.items[0].issue.id }),
  },
  'moveQueueItem: the issue': {
    mutation: `mutation($q: ID!, $i: ID!) { moveQueueItem(queueId: $q, issueId: $i, position: 1) { id } }`,
    what: 'Issue',
    foreign: () => b.issues[0].id,
    variables: (i) => ({ q: aQueue.id, i }),
  },
  'unpinQueueItem: the issue': {
    mutation: `mutation($q: ID!, $i: ID!) { unpinQueueItem(queueId: $q, issueId: $i) { id } }`,
    what: 'Issue',
    foreign: () => b.issues[0].id,
    variables: (i) => ({ q: aQueue.id, i }),
  },
  'acceptQueue: the queue': {
    mutation: `mutation($q: ID!) { acceptQueue(queueId: $q) { id } }`,
    what: 'Queue',
    foreign: () => bRows.queue,
    variables: (q) => ({ q }),
  },
  // reports: sprints and boards are the sprints subgraph's, teams the users subgraph's
  'generateReport: the sprint': {
    mutation: `mutation($s: ID) { generateReport(input: { kind: SPRINT, format: CSV, sprintId: $s }) { id } }`,
    what: 'Sprint',
    foreign: () => closed(b).id,
    variables: (s) => ({ s }),
  },
  'generateReport: the board': {
    mutation: `mutation($b: ID) { generateReport(input: { kind: VELOCITY, format: CSV, boardId: $b }) { id } }`,
    what: 'Board',
    foreign: () => b.boards[0].id,
    variables: (id) => ({ b: id }),
  },
  'generateReport: the team': {
    mutation: `mutation($t: ID) { generateReport(input: { kind: CAPACITY, format: CSV, teamId: $t }) { id } }`,
    what: 'Team',
    foreign: () => b.teams[0].id,
    variables: (t) => ({ t }),
  },
  'emailReport: the report': {
    mutation: `mutation($r: ID!) { emailReport(reportId: $r, to: ["a@example.test"]) { id } }`,
    what: 'Report',
    foreign: () => bRows.report,
    variables: (r) => ({ r }),
  },
  'createReportSchedule: the team': {
    mutation: `mutation($t: ID!) { createReportSchedule(input: { teamId: $t, kind: VELOCITY, format: CSV, recipients: ["a@example.test"], atSprintClose: true }) { id } }`,
    what: 'Team',
    foreign: () => b.teams[0].id,
    variables: (t) => ({ t }),
  },
  'updateReportSchedule: the schedule': {
    mutation: `mutation($id: ID!) { updateReportSchedule(id: $id, input: { paused: true }) { id } }`,
    what: 'ReportSchedule',
    foreign: () => bRows.schedule,
    variables: (id) => ({ id }),
  },
  'runReportSchedule: the schedule': {
    mutation: `mutation($id: ID!) { runReportSchedule(id: $id) { id } }`,
    what: 'ReportSchedule',
    foreign: () => bRows.schedule,
    variables: (id) => ({ id }),
  },
  'deleteReportSchedule: the schedule': {
    mutation: `mutation($id: ID!) { deleteReportSchedule(id: $id) }`,
    what: 'ReportSchedule',
    foreign: () => bRows.schedule,
    variables: (id) => ({ id }),
  },
};

describe("a write naming another tenant's id, or an id nobody has: NOT_FOUND, and nothing stored", () => {
  test.each(Object.keys(cases))('%s', async (name) => {
    const { mutation, what, foreign, variables } = cases[name];
    const before = await fingerprint();
    for (const id of [foreign(), randomUUID()]) {
      const res = await router.query(mutation, variables(id));
      expect(res.data ?? null, `${name} with ${id}`).toBeNull();
      expect(res.errors?.map((e) => ({ code: e.extensions?.code, message: e.message }))).toEqual([
        { code: 'NOT_FOUND', message: `${what} ${id} was not found` },
      ]);
    }
    expect(await fingerprint()).toEqual(before);
  });
});

describe('the same writes with ids of the tenant still work', () => {
  const TEAM = `query($b: ID!) { board(id: $b) { team { id name } } }`;

  test("setBoardTeam: the board takes a team of the tenant, and reads it back with the team's name", async () => {
    const board = a.boards[0].id;
    const { createTeam } = await ok(`mutation { createTeam(name: "Atlas Two") { id name } }`);
    await ok(`mutation($b: ID!, $t: ID) { setBoardTeam(boardId: $b, teamId: $t) { id } }`, { b: board, t: createTeam.id });
    expect((await ok(TEAM, { b: board })).board.team).toEqual(createTeam);
    await ok(`mutation($b: ID!, $t: ID) { setBoardTeam(boardId: $b, teamId: $t) { id } }`, { b: board, t: a.teams[0].id });
    expect((await ok(TEAM, { b: board })).board.team).toEqual({ id: a.teams[0].id, name: a.teams[0].name });
  });

  test("after B's team was refused, A's board still reads its own team (no dangling reference)", async () => {
    const res = await router.query(`mutation($b: ID!, $t: ID) { setBoardTeam(boardId: $b, teamId: $t) { id } }`, { b: a.boards[0].id, t: b.teams[0].id });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await ok(TEAM, { b: a.boards[0].id })).board.team).toEqual({ id: a.teams[0].id, name: a.teams[0].name });
  });

  test('setMemberAvailability: a member of the team gets days off; a user of the tenant outside the team is BAD_USER_INPUT', async () => {
    const sprint = active(a).id;
    const set = await ok(`mutation($s: ID!, $u: ID!) { setMemberAvailability(sprintId: $s, userId: $u, daysOff: 1.5) { daysOff { user { id } days } } }`, {
      s: sprint,
      u: memberOf(a),
    });
    expect(set.setMemberAvailability.daysOff).toContainEqual({ user: { id: memberOf(a) }, days: 1.5 });
    const outsider = (await router.signIn(a.tenant.id, 'VIEWER')).id;
    const res = await router.query(`mutation($s: ID!, $u: ID!) { setMemberAvailability(sprintId: $s, userId: $u, daysOff: 1) { id } }`, {
      s: sprint,
      u: outsider,
    });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  test('pin, move and unpin a candidate of the queue; an issue of the tenant that is no candidate is BAD_USER_INPUT', async () => {
    const issue = aQueue.items[1].issue.id;
    const pinned = await ok(`mutation($q: ID!, $i: ID!) { pinQueueItem(queueId: $q, issueId: $i, position: 1) { items { position issue { id } pinned } } }`, {
      q: aQueue.id,
      i: issue,
    });
    expect(pinned.pinQueueItem.items[0]).toEqual({ position: 1, issue: { id: issue }, pinned: true });
    const moved = await ok(`mutation($q: ID!, $i: ID!) { moveQueueItem(queueId: $q, issueId: $i, position: 2) { items { position issue { id } } } }`, {
      q: aQueue.id,
      i: issue,
    });
    expect(moved.moveQueueItem.items[1]).toEqual({ position: 2, issue: { id: issue } });
    const unpinned = await ok(`mutation($q: ID!, $i: ID!) { unpinQueueItem(queueId: $q, issueId: $i) { items { issue { id } pinned } } }`, {
      q: aQueue.id,
      i: issue,
    });
    expect(unpinned.unpinQueueItem.items.find((x: { issue: { id: string } }) => x.issue.id === issue)?.pinned ?? false).toBe(false);

    const { queue } = await ok(`query($q: ID!) { queue(id: $q) { items { issue { id } } leftOut { issue { id } } } }`, { q: aQueue.id });
    const known = new Set([...queue.items, ...queue.leftOut].map((x: { issue: { id: string } }) => x.issue.id));
    const outsider = a.issues.find((i) => !known.has(i.id))!;
    const res = await router.query(`mutation($q: ID!, $i: ID!) { pinQueueItem(queueId: $q, issueId: $i) { id } }`, { q: aQueue.id, i: outsider.id });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  test('removeTeamMember: false for a user of the tenant who is no member, true for a member', async () => {
    const user = (await router.signIn(a.tenant.id, 'VIEWER')).id;
    const remove = `mutation($t: ID!, $u: ID!) { removeTeamMember(teamId: $t, userId: $u) }`;
    expect(await ok(remove, { t: a.teams[0].id, u: user })).toEqual({ removeTeamMember: false });
    await ok(`mutation($t: ID!, $u: ID!) { addTeamMember(teamId: $t, userId: $u, discipline: "Backend", allocationPercent: 0) { id } }`, {
      t: a.teams[0].id,
      u: user,
    });
    expect(await ok(remove, { t: a.teams[0].id, u: user })).toEqual({ removeTeamMember: true });
  });

  test("capacity, queues and reports take the tenant's team, sprint and board", async () => {
    await ok(`mutation($t: ID!) { setTeamCapacity(teamId: $t, input: { focusFactor: 0.7 }) { id } }`, { t: a.teams[0].id });
    await ok(`mutation($s: ID!) { setSprintCapacity(sprintId: $s, input: { focusFactor: 0.6 }) { id } }`, { s: active(a).id });
    await ok(`mutation($s: ID!) { generateQueue(sprintId: $s) { id } }`, { s: future(a).id });
    const { generateReport } = await ok(`mutation($b: ID) { generateReport(input: { kind: VELOCITY, format: CSV, boardId: $b }) { id board { id } } }`, {
      b: a.boards[0].id,
    });
    expect(generateReport.board).toEqual({ id: a.boards[0].id });
    const { createReportSchedule } = await ok(
      `mutation($t: ID!) { createReportSchedule(input: { teamId: $t, kind: CAPACITY, format: CSV, recipients: ["a@example.test"], atSprintClose: true }) { id team { id name } } }`,
      { t: a.teams[0].id },
    );
    expect(createReportSchedule.team).toEqual({ id: a.teams[0].id, name: a.teams[0].name });
    await router.runtime.jobs.idle();
  });
});
