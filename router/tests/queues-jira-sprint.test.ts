import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addIssue, addSprint, changeSprint, startJiraSim, type JiraSim, type JiraSite } from '@sprint-reports/jira-sim';
import {
  connectJiraSim,
  seededRouter,
  simSite,
  syncThroughRouter,
  tenantNamed,
  type TestDatabase,
  type TestRouter,
  type TestUser,
} from '@sprint-reports/testing/router';

/**
 * A queue starts from what JIRA already has in the sprint (issue 18), through the supergraph.
 *
 * Capacity of "Next" (Mon 2 to Fri 13 February 2026: ten weekdays), focus factor 0.5 and 2 points
 * per person-day (no history: the default), so a person-day gives 1 point: Backend, Ann Archer
 * 100 % = 10 points; Frontend, Cat Cole 100 % = 10. The manager plans at 0 %.
 *
 * JIRA: the backlog B1 (Backend 1) and F1 (Frontend 2), ranked above everything; X1 (Backend 3,
 * Ann's) unfinished in the running sprint; in "Next" already: N2 (Backend 5, Ann's, ranked first
 * of them), N1 (Backend 5, Ann's), N3 (Backend 3), N4 (Backend, unestimated), NF1 (Frontend 3) and
 * NF2 (Frontend 1), blocked by the backlog's FU (Frontend, unestimated). In "Later", a future sprint
 * after it: L1 (Backend 1), that sprint's plan, so no candidate of Next's queue.
 *
 * Order: carry-over, then JIRA's sprint in rank order, then the backlog. Backend: X1 3 (7 left),
 * N2 5 (2 left); N1, N3 and N4 do not fit and stay: JIRA's sprint alone is 13 of 10, 3 over, and
 * 16 are queued in all, 6 over. B1 no longer fits. Frontend: NF1 3, NF2 1 (without FU: a conflict
 * says so), then F1 2: 6 of 10. Ann: X1, N2 and N1 = 13 points against her personal 10.
 */
const TENANT = tenantNamed('queues-jira-sprint');
const at = (s: string) => new Date(`2026-${s}Z`);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

let database: TestDatabase;
let router: TestRouter;
let sim: JiraSim;
let site: JiraSite;
let teamId: string;
let manager: TestUser;
let nextSprintId: string;
const keys: Record<string, string> = {};
const key = (name: string) => keys[name];

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, as: TestUser | null = null): Promise<T> {
  const res = as ? await router.as(as)<T>(query, variables) : await router.query<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const QUEUE = /* GraphQL */ `
  fragment Q on Queue {
    items { position issue { key } discipline points reason }
    utilisation { discipline capacityPoints plannedPoints }
    leftOut { issue { key } reason }
    conflicts { kind message issues { key } }
  }
`;
const plan = (q: { items: { issue: { key: string }; reason: string }[] }) => q.items.map((i) => `${i.issue.key}:${i.reason}`);

beforeAll(async () => {
  ({ database, router } = await seededRouter({}, { router: { tenantId: TENANT } }));

  const { createTeam } = await gql(`mutation { createTeam(name: "Sprint starters") { id } }`);
  teamId = createTeam.id;
  const people = { ann: ['Ann Archer', 'Backend'], cat: ['Cat Cole', 'Frontend'] } as const;
  for (const [login, [displayName, discipline]] of Object.entries(people)) {
    const { createUser } = await gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { email: `${login}@jira-sprint.test`, displayName, role: 'MEMBER', jiraAccountId: `jira-${login}` },
    });
    await gql(`mutation($t: ID!, $u: ID!, $d: String!) { addTeamMember(teamId: $t, userId: $u, discipline: $d) { id } }`, {
      t: teamId,
      u: createUser.id,
      d: discipline,
    });
  }
  manager = await router.signIn(TENANT, 'MANAGER', { teams: { [teamId]: 'MANAGER' } });
  await gql(`mutation($t: ID!, $u: ID!) { addTeamMember(teamId: $t, userId: $u, role: MANAGER, discipline: "Backend", allocationPercent: 0) { id } }`, {
    t: teamId,
    u: manager.id,
  });

  site = simSite('queues-jira-sprint-site', 12, { sprints: 2, issuesPerSprint: 0, issues: 0 });
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
  const create = (name: string, points: number | null, component: string, more: { sprintId?: number; status?: string; ann?: boolean } = {}) => {
    const assignee = more.ann ? { accountId: 'jira-ann', displayName: 'Ann Archer', emailAddress: 'ann@jira-sprint.test' } : null;
    const issue = addIssue(site, { summary: name, boardId: board.id, points, sprintId: more.sprintId, status: more.status, assignee }, at('01-20T08:00:00'));
    issue.fields.components = [{ id: component, name: component }];
    keys[name] = issue.key;
    return issue;
  };
  create('B1', 1, 'Backend');
  create('F1', 2, 'Frontend');
  create('X1', 3, 'Backend', { sprintId: running.id, status: 'In Progress', ann: true });
  create('N1', 5, 'Backend', { sprintId: next.id, ann: true });
  const n2 = create('N2', 5, 'Backend', { sprintId: next.id, ann: true });
  n2.fields.customfield_10019 = '0|a00001:'; // ranked first of JIRA's sprint
  create('N3', 3, 'Backend', { sprintId: next.id });
  create('N4', null, 'Backend', { sprintId: next.id });
  create('NF1', 3, 'Frontend', { sprintId: next.id });
  const nf2 = create('NF2', 1, 'Frontend', { sprintId: next.id });
  const fu = create('FU', null, 'Frontend');
  const blocks = { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' };
  nf2.fields.issuelinks = [{ id: '1', type: blocks, inwardIssue: { key: fu.key } }];
  fu.fields.issuelinks = [{ id: '1', type: blocks, outwardIssue: { key: nf2.key } }];
  const later = addSprint(
    site,
    { originBoardId: board.id, name: 'Later', startDate: at('02-16T09:00:00').toISOString(), endDate: at('02-27T17:00:00').toISOString() },
    at('01-19T09:00:00'),
  );
  create('L1', 1, 'Backend', { sprintId: later.id });

  sim = await startJiraSim({ site, flavor: 'CLOUD' });
  const connection = await connectJiraSim(router, sim, { name: 'Sprint sim' });
  expect((await syncThroughRouter(router, connection.id)).status).toBe('SUCCEEDED');

  const { boards } = await gql(`{ boards { id sprints { id name } } }`);
  await gql(`mutation($b: ID!, $t: ID!) { setBoardTeam(boardId: $b, teamId: $t) { id } }`, { b: boards[0].id, t: teamId });
  await gql(`mutation($t: ID!) { setTeamCapacity(teamId: $t, input: { focusFactor: 0.5, defaultPointsPerDay: 2 }) { id } }`, { t: teamId }, manager);
  await router.runtime.jobs.idle();
  nextSprintId = boards[0].sprints.find((s: { name: string }) => s.name === 'Next').id;
});

afterAll(async () => {
  await router?.stop();
  await sim?.close();
  await database?.close();
});

describe("a queue starts from JIRA's sprint", () => {
  test('carry-over, then what JIRA has in the sprint in its rank, then the backlog; JIRA work over capacity stays, and the conflict says by how much', async () => {
    const { sprint } = await gql(`query($id: ID!) { sprint(id: $id) { issues { key } capacity { byDiscipline { discipline points pointsPerDaySource } } } }`, {
      id: nextSprintId,
    });
    expect(sprint.issues.map((i: { key: string }) => i.key).sort()).toEqual(['N1', 'N2', 'N3', 'N4', 'NF1', 'NF2'].map(key).sort());
    expect(sprint.capacity.byDiscipline).toEqual([
      { discipline: 'Backend', points: 10, pointsPerDaySource: 'DEFAULT' },
      { discipline: 'Frontend', points: 10, pointsPerDaySource: 'DEFAULT' },
    ]);

    const { generateQueue: q } = await gql(`${QUEUE} mutation($s: ID!) { generateQueue(sprintId: $s) { ...Q } }`, { s: nextSprintId }, manager);
    expect(plan(q)).toEqual([
      `${key('X1')}:CARRY_OVER`,
      `${key('N2')}:PLANNED_IN_JIRA`,
      `${key('N1')}:PLANNED_IN_JIRA`,
      `${key('N3')}:PLANNED_IN_JIRA`,
      `${key('N4')}:PLANNED_IN_JIRA`,
      `${key('NF1')}:PLANNED_IN_JIRA`,
      `${key('NF2')}:PLANNED_IN_JIRA`,
      `${key('F1')}:RANK`,
    ]);
    // Every issue JIRA has in the sprint is in the queue.
    const queued = new Set(q.items.map((i: { issue: { key: string } }) => i.issue.key));
    for (const { key: k } of sprint.issues) expect(queued.has(k)).toBe(true);
    // L1 is planned in JIRA for Later: neither queued nor left out here.
    expect(q.leftOut).toEqual([
      { issue: { key: key('B1') }, reason: 'CAPACITY' },
      { issue: { key: key('FU') }, reason: 'UNESTIMATED' },
    ]);
    expect(q.utilisation).toEqual([
      { discipline: 'Backend', capacityPoints: 10, plannedPoints: 16 },
      { discipline: 'Frontend', capacityPoints: 10, plannedPoints: 6 },
    ]);
    expect(q.conflicts).toEqual([
      {
        kind: 'OVER_CAPACITY',
        message: `Backend: planned in JIRA 13 points, capacity 10 points — 3 over; 16 points queued in all, 6 over (carried over 3 points: ${key('X1')}; planned in JIRA: ${['N2', 'N1', 'N3', 'N4'].map(key).join(', ')})`,
        issues: ['X1', 'N2', 'N1', 'N3', 'N4'].map((n) => ({ key: key(n) })),
      },
      { kind: 'UNESTIMATED', message: `2 issues have no estimate: ${key('N4')}, ${key('FU')}`, issues: [{ key: key('N4') }, { key: key('FU') }] },
      {
        kind: 'BLOCKED_OUTSIDE_QUEUE',
        message: `${key('NF2')} (planned in JIRA) is blocked by ${key('FU')}, which is not in the queue`,
        issues: [{ key: key('NF2') }, { key: key('FU') }],
      },
      {
        kind: 'ASSIGNEE_OVER_CAPACITY',
        message: `Ann Archer: 13 points assigned in the queue, personal capacity 10 points (${['X1', 'N2', 'N1'].map(key).join(', ')})`,
        issues: ['X1', 'N2', 'N1'].map((n) => ({ key: key(n) })),
      },
    ]);
    // People by name and issues by key: no id in any message a lead reads.
    for (const c of q.conflicts) expect(c.message).not.toMatch(UUID);
  });

  test('without carry-over, JIRA work goes first and still stays over capacity', async () => {
    // Backend: N2 5 and N1 5 fill the 10; N3 and N4 stay over it: 13 of 10.
    const { generateQueue: q } = await gql(
      `${QUEUE} mutation($s: ID!) { generateQueue(sprintId: $s, options: { includeCarryOver: false }) { ...Q } }`,
      { s: nextSprintId },
      manager,
    );
    expect(plan(q).slice(0, 5)).toEqual(['N2', 'N1', 'N3', 'N4', 'NF1'].map((n) => `${key(n)}:PLANNED_IN_JIRA`));
    expect(q.conflicts.find((c: { kind: string }) => c.kind === 'OVER_CAPACITY').message).toMatch(
      /^Backend: planned in JIRA 13 points, capacity 10 points — 3 over \(/,
    );
    for (const c of q.conflicts) expect(c.message).not.toMatch(UUID);
  });
});

describe('capacity through the supergraph: the factor applied is visible', () => {
  test("a sprint's own focus factor: the default rate takes it, and the adjustment a measured rate would take is shown", async () => {
    await gql(`mutation($s: ID!) { setSprintCapacity(sprintId: $s, input: { focusFactor: 0.4 }) { id } }`, { s: nextSprintId }, manager);
    const query = `query($id: ID!) { sprint(id: $id) { capacity { focusFactor adjustment history { id } historyAverageCompletedPoints
      byDiscipline { discipline pointsPerDaySource factor points historyAverageCompletedPoints } } } }`;
    const { sprint } = await gql(query, { id: nextSprintId });
    // No history here: 10 person-days × 2 points × 0.4 = 8 per discipline; 0.4 ÷ the team's 0.5 = 0.8.
    expect(sprint.capacity).toEqual({
      focusFactor: 0.4,
      adjustment: 0.8,
      history: [],
      historyAverageCompletedPoints: null,
      byDiscipline: [
        { discipline: 'Backend', pointsPerDaySource: 'DEFAULT', factor: 0.4, points: 8, historyAverageCompletedPoints: null },
        { discipline: 'Frontend', pointsPerDaySource: 'DEFAULT', factor: 0.4, points: 8, historyAverageCompletedPoints: null },
      ],
    });
    await gql(`mutation($s: ID!) { setSprintCapacity(sprintId: $s, input: { focusFactor: null }) { id } }`, { s: nextSprintId }, manager);
    expect((await gql(query, { id: nextSprintId })).sprint.capacity).toMatchObject({ focusFactor: 0.5, adjustment: 1 });
    await router.runtime.jobs.idle();
  });
});
