import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addIssue, changeIssue, changeSprint, DEFAULT_CLOUD_AUTH, startJiraSim, type JiraSim, type JiraSite } from '@sprint-reports/jira-sim';
import { and, eq } from 'drizzle-orm';
import { withTenant } from '@sprint-reports/core';
import { queuesTables } from '@sprint-reports/drizzle';
import { generateQueue, PLANNER_VERSION, replanStaleQueues } from '@sprint-reports/queues';
import { seededRouter, simSite, tenantNamed, type TestDatabase, type TestRouter, type TestUser } from '@sprint-reports/testing/router';

/**
 * Next-sprint planning through the supergraph, as a team manager does it: the team's capacity set
 * through the capacity mutations, a backlog made in the JIRA simulator and synced, a queue generated,
 * adjusted (pins and moves) and accepted, and regenerated in the background when capacity or the
 * backlog changes. Every figure is worked out by hand below.
 *
 * Capacity of "Next" (Mon 2 to Fri 13 February 2026: ten weekdays, less the 6th, a team offsite: 9),
 * focus factor 0.5, 2 points per person-day (no analysed history: the team's default), so a
 * person-day gives 1 point:
 *   Backend: Ann 100 % (9 days) + Ben 100 % with 1 day off (8) = 17 points; the manager is at 0 %.
 *   Frontend: Cat 100 % = 9 points. QA: nobody.
 * Personal capacity: Ann 9, Ben 8, Cat 9.
 *
 * Candidates in board order (carry-over first, then rank): X1 (unfinished in the running sprint,
 * Backend 3), B1 Backend 5 (Ben), B2 Backend 5 (Ben, blocked by B3), B3 Backend 2, F1 Frontend 5,
 * F2 Frontend 5, F3 Frontend 3, Q1 QA 2, U1 Backend unestimated, C1/C2 Frontend 1 each blocking
 * each other, O1 Backend 1 blocked by OUT-1 (not synced here), B4 Backend 1, B5 Backend 2; D1 is done.
 *
 * Backend fills 3 (X1) + 5 (B1) + 2 + 5 (B3 pulled in for B2) + 1 (B4) = 16 of 17; B5 (2) does not fit.
 * Frontend: F1 5, F2 does not fit (10 > 9), F3 3: 8 of 9.
 */
const TENANT = tenantNamed('queues');
const at = (s: string) => new Date(`2026-${s}Z`);

let database: TestDatabase;
let router: TestRouter;
let sim: JiraSim;
let site: JiraSite;
let connectionId: string;
let teamId: string;
let manager: TestUser;
let nextSprintId: string;
let activeSprintId: string;
const people: Record<'ann' | 'ben' | 'cat' | 'dan', string> = { ann: '', ben: '', cat: '', dan: '' };
const keys: Record<string, string> = {};
const ids: Record<string, string> = {};

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, as: TestUser | null = null): Promise<T> {
  const res = as ? await router.as(as)<T>(query, variables) : await router.query<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function refused(query: string, variables: Record<string, unknown>, as: TestUser | null) {
  const res = as ? await router.as(as)(query, variables) : await router.query(query, variables);
  expect(res.data ?? null).toBeNull();
  return { code: res.errors?.[0]?.extensions?.code, message: res.errors?.[0]?.message ?? '' };
}

const QUEUE = /* GraphQL */ `
  fragment Q on Queue {
    id status trigger generatedAt outdatedAt generatedBy { id } acceptedBy { id } options { includeCarryOver }
    items { position issue { key } discipline points reason pinned }
    utilisation { discipline capacityPoints plannedPoints }
    leftOut { issue { key } reason }
    conflicts { kind message issues { key } }
  }
`;
const sprintQueue = async () => (await gql(`${QUEUE} query($id: ID!) { sprint(id: $id) { queue { ...Q } } }`, { id: nextSprintId })).sprint.queue;
const plan = (q: { items: { issue: { key: string }; reason: string }[] }) => q.items.map((i) => `${i.issue.key}:${i.reason}`);
const key = (name: string) => keys[name];

async function sync() {
  const { startSync } = await gql(`mutation($c: ID!) { startSync(connectionId: $c) { id } }`, { c: connectionId });
  await router.runtime.jobs.idle();
  expect((await gql(`query($id: ID!) { syncRun(id: $id) { status errors } }`, { id: startSync.id })).syncRun).toEqual({ status: 'SUCCEEDED', errors: [] });
}

beforeAll(async () => {
  ({ database, router } = await seededRouter({}, { router: { tenantId: TENANT } }));

  // People: the team, its members with their disciplines and JIRA accounts (assignees map to them).
  const { createTeam } = await gql(`mutation { createTeam(name: "Planners") { id } }`);
  teamId = createTeam.id;
  for (const name of ['ann', 'ben', 'cat', 'dan'] as const) {
    const { createUser } = await gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { email: `${name}@queues.test`, displayName: name, role: 'MEMBER', jiraAccountId: `jira-${name}` },
    });
    people[name] = createUser.id;
    if (name === 'dan') continue; // in the organisation, not in the team
    await gql(`mutation($t: ID!, $u: ID!, $d: String!) { addTeamMember(teamId: $t, userId: $u, discipline: $d) { id } }`, {
      t: teamId,
      u: createUser.id,
      d: name === 'cat' ? 'Frontend' : 'Backend',
    });
  }
  manager = await router.signIn(TENANT, 'MANAGER', { teams: { [teamId]: 'MANAGER' } });
  // The manager plans; their own time is not the team's.
  await gql(`mutation($t: ID!, $u: ID!) { addTeamMember(teamId: $t, userId: $u, role: MANAGER, discipline: "Backend", allocationPercent: 0) { id } }`, {
    t: teamId,
    u: manager.id,
  });

  // JIRA: a board with a running sprint and the next one, and the backlog above.
  site = simSite('queues-site', 11, { sprints: 2, issuesPerSprint: 0, issues: 0 });
  const board = site.boards[0];
  const [running, next] = site.sprints;
  changeSprint(
    site,
    running.id,
    { name: 'Now', startDate: at('01-19T09:00:00').toISOString(), endDate: at('01-30T17:00:00').toISOString() },
    at('01-19T09:00:00'),
  );
  changeSprint(
    site,
    next.id,
    { name: 'Next', startDate: at('02-02T09:00:00').toISOString(), endDate: at('02-13T17:00:00').toISOString() },
    at('01-19T09:00:00'),
  );
  const account = (name: 'ann' | 'ben' | 'cat') => ({ accountId: `jira-${name}`, displayName: name, emailAddress: `${name}@queues.test` });
  const create = (
    name: string,
    points: number | null,
    component: string,
    more: { sprintId?: number; status?: string; assignee?: 'ann' | 'ben' | 'cat'; priority?: string } = {},
  ) => {
    const issue = addIssue(
      site,
      { summary: name, boardId: board.id, points, sprintId: more.sprintId, status: more.status, assignee: more.assignee ? account(more.assignee) : null },
      at('01-20T08:00:00'),
    );
    issue.fields.components = [{ id: component, name: component }];
    if (more.priority) issue.fields.priority = { id: '2', name: more.priority };
    keys[name] = issue.key;
    return issue;
  };
  create('X1', 3, 'Backend', { sprintId: running.id, status: 'In Progress', assignee: 'ann' });
  create('B1', 5, 'Backend', { assignee: 'ben', priority: 'High' });
  const b2 = create('B2', 5, 'Backend', { assignee: 'ben' });
  const b3 = create('B3', 2, 'Backend');
  create('F1', 5, 'Frontend');
  create('F2', 5, 'Frontend');
  create('F3', 3, 'Frontend');
  create('Q1', 2, 'QA');
  create('U1', null, 'Backend');
  const c1 = create('C1', 1, 'Frontend');
  const c2 = create('C2', 1, 'Frontend');
  const o1 = create('O1', 1, 'Backend');
  create('B4', 1, 'Backend');
  create('B5', 2, 'Backend');
  create('D1', 3, 'Backend', { status: 'Done' });
  const blocks = { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' };
  b2.fields.issuelinks = [{ id: '1', type: blocks, inwardIssue: { key: b3.key } }];
  b3.fields.issuelinks = [{ id: '1', type: blocks, outwardIssue: { key: b2.key } }];
  c1.fields.issuelinks = [
    { id: '2', type: blocks, outwardIssue: { key: c2.key } },
    { id: '3', type: blocks, inwardIssue: { key: c2.key } },
  ];
  c2.fields.issuelinks = [
    { id: '2', type: blocks, inwardIssue: { key: c1.key } },
    { id: '3', type: blocks, outwardIssue: { key: c1.key } },
  ];
  o1.fields.issuelinks = [{ id: '4', type: blocks, inwardIssue: { key: 'OUT-1' } }];

  sim = await startJiraSim({ site, flavor: 'CLOUD' });
  const { createJiraConnection } = await gql(`mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id } }`, {
    input: {
      name: 'Queue sim',
      baseUrl: sim.url,
      flavor: 'CLOUD',
      email: DEFAULT_CLOUD_AUTH.email,
      apiToken: DEFAULT_CLOUD_AUTH.apiToken,
      syncIntervalMinutes: 0,
    },
  });
  connectionId = createJiraConnection.id;
  await sync();

  const { boards } = await gql(`{ boards { id sprints { id name state } } }`);
  await gql(`mutation($b: ID!, $t: ID!) { setBoardTeam(boardId: $b, teamId: $t) { id } }`, { b: boards[0].id, t: teamId });
  await router.runtime.jobs.idle();
  nextSprintId = boards[0].sprints.find((s: { name: string }) => s.name === 'Next').id;
  activeSprintId = boards[0].sprints.find((s: { name: string }) => s.name === 'Now').id;
  const { sprint } = await gql(`query($id: ID!) { sprint(id: $id) { issues { id key } } }`, { id: activeSprintId });
  expect(sprint.issues.map((i: { key: string }) => i.key)).toEqual([key('X1')]);
  for (const name of Object.keys(keys)) {
    const { issue } = await gql(`query($k: String!) { issue(key: $k) { id } }`, { k: keys[name] });
    ids[name] = issue.id;
  }
});

afterAll(async () => {
  await router?.stop();
  await sim?.close();
  await database?.close();
});

describe('team capacity through the supergraph', () => {
  test('a team manager sets the defaults, the sprint offsite and a day off; Sprint.capacity follows by hand', async () => {
    const { setTeamCapacity } = await gql(
      `mutation($t: ID!, $i: TeamCapacityInput!) { setTeamCapacity(teamId: $t, input: $i) { id sprint { id } focusFactor defaultPointsPerDay hoursPerDay } }`,
      { t: teamId, i: { focusFactor: 0.5, defaultPointsPerDay: 2 } },
      manager,
    );
    expect(setTeamCapacity).toMatchObject({ sprint: null, focusFactor: 0.5, defaultPointsPerDay: 2, hoursPerDay: null });
    await gql(
      `mutation($s: ID!, $i: SprintCapacityInput!) { setSprintCapacity(sprintId: $s, input: $i) { id } }`,
      { s: nextSprintId, i: { holidays: [{ date: '2026-02-06', name: 'Offsite' }] } },
      manager,
    );
    const { setMemberAvailability } = await gql(
      `mutation($s: ID!, $u: ID!) { setMemberAvailability(sprintId: $s, userId: $u, daysOff: 1) { sprint { id } holidays { date name } daysOff { user { id } days } } }`,
      { s: nextSprintId, u: people.ben },
      manager,
    );
    expect(setMemberAvailability).toEqual({
      sprint: { id: nextSprintId },
      holidays: [{ date: '2026-02-06', name: 'Offsite' }],
      daysOff: [{ user: { id: people.ben }, days: 1 }],
    });

    const { sprint } = await gql(
      `query($id: ID!) { sprint(id: $id) { capacity {
      workingDays holidays { date } focusFactor totalDays totalHours totalPoints
      byDiscipline { discipline members availableDays hours pointsPerDay pointsPerDaySource points }
      members { user { id } discipline daysOff availableDays points } } } }`,
      { id: nextSprintId },
    );
    expect(sprint.capacity).toMatchObject({
      workingDays: 9,
      holidays: [{ date: '2026-02-06' }],
      focusFactor: 0.5,
      totalDays: 26,
      totalHours: 104,
      totalPoints: 26,
    });
    expect(sprint.capacity.byDiscipline).toEqual([
      { discipline: 'Backend', members: 2, availableDays: 17, hours: 68, pointsPerDay: 2, pointsPerDaySource: 'DEFAULT', points: 17 },
      { discipline: 'Frontend', members: 1, availableDays: 9, hours: 36, pointsPerDay: 2, pointsPerDaySource: 'DEFAULT', points: 9 },
    ]);
    const personal = Object.fromEntries(sprint.capacity.members.map((m: { user: { id: string }; points: number }) => [m.user.id, m.points]));
    expect(personal).toEqual({ [people.ann]: 9, [people.ben]: 8, [people.cat]: 9, [manager.id]: 0 });
    // The team's settings: the defaults, then the sprint's overrides.
    const { team } = await gql(`query($t: ID!) { team(id: $t) { capacitySettings { sprint { id } focusFactor } } }`, { t: teamId });
    expect(team.capacitySettings).toEqual([
      { sprint: null, focusFactor: 0.5 },
      { sprint: { id: nextSprintId }, focusFactor: null },
    ]);
  });

  test('bad input is refused with its field and nothing changes', async () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      [
        `mutation($s: ID!, $u: ID!) { setMemberAvailability(sprintId: $s, userId: $u, daysOff: -1) { id } }`,
        { s: nextSprintId, u: people.ann },
        /cannot be negative/,
      ],
      [
        `mutation($s: ID!, $u: ID!) { setMemberAvailability(sprintId: $s, userId: $u, daysOff: 12) { id } }`,
        { s: nextSprintId, u: people.ann },
        /has 9 working days/,
      ],
      [
        `mutation($s: ID!, $u: ID!) { setMemberAvailability(sprintId: $s, userId: $u, daysOff: 1.3) { id } }`,
        { s: nextSprintId, u: people.ann },
        /whole or half days/,
      ],
      [`mutation($s: ID!, $u: ID!) { setMemberAvailability(sprintId: $s, userId: $u, daysOff: 1) { id } }`, { s: nextSprintId, u: people.dan }, /not a member/],
      [
        `mutation($s: ID!) { setSprintCapacity(sprintId: $s, input: { holidays: [{ date: "2026-03-02", name: "Later" }] }) { id } }`,
        { s: nextSprintId },
        /not within the sprint/,
      ],
      [
        `mutation($s: ID!) { setSprintCapacity(sprintId: $s, input: { holidays: [{ date: "2026-02-30", name: "No such day" }] }) { id } }`,
        { s: nextSprintId },
        /Not a date/,
      ],
      [`mutation($t: ID!) { setTeamCapacity(teamId: $t, input: { focusFactor: 1.5 }) { id } }`, { t: teamId }, /at most 1/],
      [`mutation($t: ID!) { setTeamCapacity(teamId: $t, input: { historySprints: 0 }) { id } }`, { t: teamId }, /1 to 20/],
    ];
    for (const [query, variables, message] of cases) {
      const error = await refused(query, variables, manager);
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(message);
    }
    const { sprint } = await gql(`query($id: ID!) { sprint(id: $id) { capacity { workingDays totalPoints members { daysOff } } } }`, { id: nextSprintId });
    expect(sprint.capacity.workingDays).toBe(9);
    expect(sprint.capacity.totalPoints).toBe(26);
  });

  test('only team managers and admins change capacity', async () => {
    const member = await router.signIn(TENANT, 'MEMBER');
    const other = await gql(`mutation { createTeam(name: "Others") { id } }`);
    const otherManager = await router.signIn(TENANT, 'MANAGER', { teams: { [other.createTeam.id]: 'MANAGER' } });
    for (const who of [member, otherManager]) {
      const error = await refused(`mutation($t: ID!) { setTeamCapacity(teamId: $t, input: { focusFactor: 0.9 }) { id } }`, { t: teamId }, who);
      expect(error.code).toBe('FORBIDDEN');
      expect((await refused(`mutation($s: ID!) { generateQueue(sprintId: $s) { id } }`, { s: nextSprintId }, who)).code).toBe('FORBIDDEN');
    }
  });
});

describe('queue generation through the supergraph', () => {
  test('the queue fills each discipline in board order, pulls blockers forward, and leaves out what cannot go', async () => {
    const { generateQueue: q } = await gql(`${QUEUE} mutation($s: ID!) { generateQueue(sprintId: $s) { ...Q } }`, { s: nextSprintId }, manager);
    expect(q).toMatchObject({ status: 'DRAFT', trigger: 'REQUESTED', generatedBy: { id: manager.id }, options: { includeCarryOver: true } });
    expect(plan(q)).toEqual([
      `${key('X1')}:CARRY_OVER`,
      `${key('B1')}:RANK`,
      `${key('B3')}:DEPENDENCY`,
      `${key('B2')}:RANK`,
      `${key('F1')}:RANK`,
      `${key('F3')}:RANK`,
      `${key('B4')}:RANK`,
    ]);
    expect(q.items.map((i: { position: number }) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(q.items[0]).toMatchObject({ discipline: 'Backend', points: 3, pinned: false });
    expect(q.utilisation).toEqual([
      { discipline: 'Backend', capacityPoints: 17, plannedPoints: 16 },
      { discipline: 'Frontend', capacityPoints: 9, plannedPoints: 8 },
    ]);
    const leftOut = Object.fromEntries(q.leftOut.map((l: { issue: { key: string }; reason: string }) => [l.issue.key, l.reason]));
    expect(leftOut).toEqual({
      [key('F2')]: 'CAPACITY',
      [key('Q1')]: 'NO_CAPACITY',
      [key('U1')]: 'UNESTIMATED',
      [key('C1')]: 'DEPENDENCY_CYCLE',
      [key('C2')]: 'DEPENDENCY_CYCLE',
      [key('O1')]: 'BLOCKED_OUTSIDE_QUEUE',
      [key('B5')]: 'CAPACITY',
    });
    const conflicts = Object.fromEntries(q.conflicts.map((c: { kind: string; issues: { key: string }[] }) => [c.kind, c.issues.map((i) => i.key)]));
    expect(conflicts).toEqual({
      NO_CAPACITY: [key('Q1')],
      UNESTIMATED: [key('U1')],
      DEPENDENCY_CYCLE: [key('C1'), key('C2')],
      BLOCKED_OUTSIDE_QUEUE: [key('O1')],
      // Ben's B1 and B2: 10 points against his 8.
      ASSIGNEE_OVER_CAPACITY: [key('B1'), key('B2')],
    });
    expect(q.conflicts.find((c: { kind: string }) => c.kind === 'BLOCKED_OUTSIDE_QUEUE').message).toMatch(/OUT-1/);

    // The sprint now holds the queue's plan against its capacity.
    const { sprint } = await gql(
      `query($id: ID!) { sprint(id: $id) { capacity { committedPoints utilisation byDiscipline { discipline committedPoints utilisation } } } }`,
      { id: nextSprintId },
    );
    expect(sprint.capacity).toEqual({
      committedPoints: 24,
      utilisation: 0.92,
      byDiscipline: [
        { discipline: 'Backend', committedPoints: 16, utilisation: 0.94 },
        { discipline: 'Frontend', committedPoints: 8, utilisation: 0.89 },
      ],
    });
  });

  test('the same inputs give the same queue', async () => {
    const before = await sprintQueue();
    const { generateQueue: again } = await gql(`${QUEUE} mutation($s: ID!) { generateQueue(sprintId: $s) { ...Q } }`, { s: nextSprintId }, manager);
    expect(again.id).toBe(before.id);
    expect({ ...again, generatedAt: null }).toEqual({ ...before, generatedAt: null });
  });

  test('without carry-over, the running sprint is left to itself', async () => {
    const { generateQueue: q } = await gql(
      `${QUEUE} mutation($s: ID!) { generateQueue(sprintId: $s, options: { includeCarryOver: false }) { ...Q } }`,
      { s: nextSprintId },
      manager,
    );
    expect(plan(q)[0]).toBe(`${key('B1')}:RANK`);
    expect(q.items.some((i: { issue: { key: string } }) => i.issue.key === key('X1'))).toBe(false);
    await gql(`mutation($s: ID!) { generateQueue(sprintId: $s, options: { includeCarryOver: true }) { id } }`, { s: nextSprintId }, manager);
  });

  test('pins keep their place, can push a discipline over capacity, and moves pin', async () => {
    const queue = await sprintQueue();
    // F2 pinned second: it goes in before the others and takes F1's room.
    const { pinQueueItem: p1 } = await gql(
      `${QUEUE} mutation($q: ID!, $i: ID!) { pinQueueItem(queueId: $q, issueId: $i, position: 2) { ...Q } }`,
      { q: queue.id, i: ids.F2 },
      manager,
    );
    expect(p1.trigger).toBe('PINS_CHANGED');
    expect(p1.items[1]).toMatchObject({ position: 2, issue: { key: key('F2') }, reason: 'PINNED', pinned: true });
    expect(p1.leftOut).toContainEqual({ issue: { key: key('F1') }, reason: 'CAPACITY' });
    // F1 pinned too: 10 Frontend points against 9.
    const { pinQueueItem: p2 } = await gql(
      `${QUEUE} mutation($q: ID!, $i: ID!) { pinQueueItem(queueId: $q, issueId: $i) { ...Q } }`,
      { q: queue.id, i: ids.F1 },
      manager,
    );
    expect(p2.utilisation).toContainEqual({ discipline: 'Frontend', capacityPoints: 9, plannedPoints: 10 });
    expect(p2.conflicts.find((c: { kind: string }) => c.kind === 'OVER_CAPACITY')).toMatchObject({
      message: expect.stringMatching(/Frontend/),
      issues: [{ key: key('F1') }, { key: key('F2') }],
    });
    // Unpinning both gives the plan back.
    await gql(`mutation($q: ID!, $i: ID!) { unpinQueueItem(queueId: $q, issueId: $i) { id } }`, { q: queue.id, i: ids.F1 }, manager);
    const { unpinQueueItem: back } = await gql(
      `${QUEUE} mutation($q: ID!, $i: ID!) { unpinQueueItem(queueId: $q, issueId: $i) { ...Q } }`,
      { q: queue.id, i: ids.F2 },
      manager,
    );
    expect(plan(back)).toEqual(plan(queue));

    // B2 moved to the top: pinned there, before B3 that blocks it.
    const { moveQueueItem: moved } = await gql(
      `${QUEUE} mutation($q: ID!, $i: ID!) { moveQueueItem(queueId: $q, issueId: $i, position: 1) { ...Q } }`,
      { q: queue.id, i: ids.B2 },
      manager,
    );
    expect(plan(moved).slice(0, 2)).toEqual([`${key('B2')}:PINNED`, `${key('X1')}:CARRY_OVER`]);
    expect(moved.conflicts.find((c: { kind: string }) => c.kind === 'PINNED_BEFORE_BLOCKER')?.issues.map((i: { key: string }) => i.key)).toEqual([
      key('B2'),
      key('B3'),
    ]);

    const outside = await refused(
      `mutation($q: ID!, $i: ID!) { moveQueueItem(queueId: $q, issueId: $i, position: 99) { id } }`,
      { q: queue.id, i: ids.B4 },
      manager,
    );
    expect(outside).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/outside the queue/) });
    const notCandidate = await refused(`mutation($q: ID!, $i: ID!) { pinQueueItem(queueId: $q, issueId: $i) { id } }`, { q: queue.id, i: ids.D1 }, manager);
    expect(notCandidate).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/not a candidate/) });
    await gql(`mutation($q: ID!, $i: ID!) { unpinQueueItem(queueId: $q, issueId: $i) { id } }`, { q: queue.id, i: ids.B2 }, manager);
    expect(plan(await sprintQueue())).toEqual(plan(queue));
  });

  test('a capacity change regenerates the draft queue in the background, and says so', async () => {
    const before = await sprintQueue();
    // Ann takes 4 days off: Backend has 13 points. X1 and B1 take 8; B2 with B3 (7) no longer
    // fits; B3 (2), B4 (1) and B5 (2) do.
    await gql(`mutation($s: ID!, $u: ID!) { setMemberAvailability(sprintId: $s, userId: $u, daysOff: 4) { id } }`, { s: nextSprintId, u: people.ann }, manager);
    await router.runtime.jobs.idle();
    const after = await sprintQueue();
    expect(after).toMatchObject({ trigger: 'CAPACITY_CHANGED', generatedBy: null, status: 'DRAFT' });
    expect(new Date(after.generatedAt).getTime()).toBeGreaterThan(new Date(before.generatedAt).getTime());
    expect(after.utilisation).toContainEqual({ discipline: 'Backend', capacityPoints: 13, plannedPoints: 13 });
    expect(plan(after)).toEqual([
      `${key('X1')}:CARRY_OVER`,
      `${key('B1')}:RANK`,
      `${key('B3')}:RANK`,
      `${key('F1')}:RANK`,
      `${key('F3')}:RANK`,
      `${key('B4')}:RANK`,
      `${key('B5')}:RANK`,
    ]);
    expect(after.leftOut).toContainEqual({ issue: { key: key('B2') }, reason: 'CAPACITY' });
    await gql(`mutation($s: ID!, $u: ID!) { setMemberAvailability(sprintId: $s, userId: $u, daysOff: 0) { id } }`, { s: nextSprintId, u: people.ann }, manager);
    await router.runtime.jobs.idle();
  });

  test("a member's allocation changed in the team regenerates it too", async () => {
    // Cat gives the team half her time: Frontend has 4.5 points; only F3 (3) fits.
    await gql(
      `mutation($t: ID!, $u: ID!) { updateTeamMember(teamId: $t, userId: $u, input: { allocationPercent: 50 }) { id } }`,
      { t: teamId, u: people.cat },
      manager,
    );
    await router.runtime.jobs.idle();
    const q = await sprintQueue();
    expect(q.trigger).toBe('CAPACITY_CHANGED');
    expect(q.utilisation).toContainEqual({ discipline: 'Frontend', capacityPoints: 4.5, plannedPoints: 3 });
    await gql(
      `mutation($t: ID!, $u: ID!) { updateTeamMember(teamId: $t, userId: $u, input: { allocationPercent: 100 }) { id } }`,
      { t: teamId, u: people.cat },
      manager,
    );
    await router.runtime.jobs.idle();
    expect((await sprintQueue()).utilisation).toContainEqual({ discipline: 'Frontend', capacityPoints: 9, plannedPoints: 8 });
  });

  test('a backlog change in JIRA regenerates it after the sync', async () => {
    const f0 = addIssue(site, { summary: 'F0', boardId: site.boards[0].id, points: 1 }, new Date());
    f0.fields.components = [{ id: 'Frontend', name: 'Frontend' }];
    changeIssue(site, f0.key, { summary: 'F0: small and last' }, new Date());
    await sync();
    const q = await sprintQueue();
    expect(q.trigger).toBe('BACKLOG_CHANGED');
    // Frontend had 1 point left: F0 fills it.
    expect(plan(q)).toContain(`${f0.key}:RANK`);
    expect(q.utilisation).toContainEqual({ discipline: 'Frontend', capacityPoints: 9, plannedPoints: 9 });
  });

  test('a draft planned by an older planner is re-planned once at start-up, keeping its trigger: no stale message stays', async () => {
    const before = await sprintQueue();
    const { queues, queueConflicts } = queuesTables;
    // As stored before people were named: an id in the message, and no planner version.
    await withTenant(router.runtime.db, TENANT, async (db) => {
      await db.update(queues).set({ plannerVersion: 0 }).where(eq(queues.id, before.id));
      await db
        .update(queueConflicts)
        .set({ message: `Assignee ${people.ben}: 10 points assigned` })
        .where(and(eq(queueConflicts.queueId, before.id), eq(queueConflicts.kind, 'ASSIGNEE_OVER_CAPACITY')));
    });
    expect((await sprintQueue()).conflicts.map((c: { message: string }) => c.message)).toContain(`Assignee ${people.ben}: 10 points assigned`);
    expect(await replanStaleQueues(router.runtime)).toBe(1);
    const after = await sprintQueue();
    expect(after).toMatchObject({ id: before.id, status: 'DRAFT', trigger: before.trigger, generatedBy: before.generatedBy });
    expect(plan(after)).toEqual(plan(before));
    expect(after.conflicts).toEqual(before.conflicts);
    expect(after.conflicts.find((c: { kind: string }) => c.kind === 'ASSIGNEE_OVER_CAPACITY').message).toMatch(/^ben: /);
    const [row] = await withTenant(router.runtime.db, TENANT, (db) => db.select({ v: queues.plannerVersion }).from(queues).where(eq(queues.id, before.id)));
    expect(row.v).toBe(PLANNER_VERSION);
    // Once: nothing is stale now.
    expect(await replanStaleQueues(router.runtime)).toBe(0);
  });

  test('an accepted queue stays as accepted, and is marked outdated when its inputs change', async () => {
    const queue = await sprintQueue();
    const { acceptQueue } = await gql(`${QUEUE} mutation($q: ID!) { acceptQueue(queueId: $q) { ...Q acceptedAt } }`, { q: queue.id }, manager);
    expect(acceptQueue).toMatchObject({ status: 'ACCEPTED', acceptedBy: { id: manager.id }, outdatedAt: null });
    await gql(`mutation($t: ID!) { setTeamCapacity(teamId: $t, input: { focusFactor: 0.25 }) { id } }`, { t: teamId }, manager);
    await router.runtime.jobs.idle();
    const after = await sprintQueue();
    expect(after.status).toBe('ACCEPTED');
    expect(plan(after)).toEqual(plan(queue));
    expect(after.outdatedAt).not.toBeNull();
    // A background regeneration for a change from before the acceptance (one that was already
    // queued) leaves it alone: it finds the queue accepted, holding its row.
    const skipped = await withTenant(router.runtime.db, TENANT, (db) =>
      generateQueue({ db, client: router.runtime.client }, TENANT, nextSprintId, { trigger: 'BACKLOG_CHANGED', userId: null, changedAt: Date.now() }),
    );
    expect(skipped).toBeNull();
    expect(plan(await sprintQueue())).toEqual(plan(queue));
    // Asking again re-plans it as a draft.
    const { generateQueue: replanned } = await gql(`${QUEUE} mutation($s: ID!) { generateQueue(sprintId: $s) { ...Q } }`, { s: nextSprintId }, manager);
    expect(replanned).toMatchObject({ status: 'DRAFT', outdatedAt: null, acceptedBy: null });
  });

  test('only future sprints of a team are planned', async () => {
    const started = await refused(`mutation($s: ID!) { generateQueue(sprintId: $s) { id } }`, { s: activeSprintId }, manager);
    expect(started).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/started/) });
    const missing = await refused(`mutation { generateQueue(sprintId: "00000000-0000-4000-8000-000000000000") { id } }`, {}, manager);
    expect(missing.code).toBe('NOT_FOUND');
  });
});
