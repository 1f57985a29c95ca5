import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addIssue, addSprint, changeIssue, changeSprint, DEFAULT_CLOUD_AUTH, startJiraSim, type JiraSim } from '@sprint-reports/jira-sim';
import { seededRouter, simSite, tenantNamed, type TestDatabase, type TestRouter } from '@sprint-reports/testing/router';

/**
 * A sprint played out in the JIRA simulator the way a team plays it in JIRA (issues created,
 * started, re-estimated, added, taken out, finished, the sprint closed with one issue moved on),
 * synced through the router, and read back through the supergraph: every figure below is worked
 * out by hand from the story in `beforeAll`.
 */
const TENANT = tenantNamed('sprint-analysis');
const at = (s: string) => new Date(`2026-01-${s}Z`);

let database: TestDatabase;
let router: TestRouter;
let sim: JiraSim;
let boardId: string;
let handSprintId: string;
let nextSprintId: string;
const keys: Record<'A' | 'B' | 'C' | 'D', string> = { A: '', B: '', C: '', D: '' };

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string | null): Promise<T> {
  const res = await router.query<T>(query, variables, token === undefined ? {} : { token });
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const ANALYSIS = /* GraphQL */ `
  query($id: ID!) {
    sprint(id: $id) {
      name
      analysis {
        statistic committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints
        completionRate sayDoRatio scopeChangeRate issueCount
        completedIssues { key issue { key } } addedIssues { key } removedIssues { key } notCompletedIssues { key pointsAtStart pointsAtEnd }
        completedOutsideIssues { key } cancelledIssues { key }
        issues { key outcome discipline cycleTimeHours leadTimeHours }
        estimateChanges { issue { key } from to }
        scopeChanges { key kind points at }
        burndown { date remainingPoints completedPoints scopePoints idealPoints }
        burnup { date completedPoints scopePoints idealPoints }
        cycleTime { count p50 p85 p95 }
        leadTime { count p50 p85 p95 }
        disciplineBreakdown { discipline committedPoints completedPoints sayDoRatio issueCount }
        computedAt
      }
      carryOver { key sprintCount carriedIn carriedOut points sprints { name } issue { key } }
    }
  }
`;
const analysis = async (id: string) => (await gql(ANALYSIS, { id })).sprint;

beforeAll(async () => {
  ({ database, router } = await seededRouter({}, { router: { tenantId: TENANT } }));
  const site = simSite('analysis-site', 5, { sprints: 5, issuesPerSprint: 4, issues: 20 });
  const board = site.boards[0];

  // The story, in JIRA. Sprint "Hand 1" runs 5-16 January; "Hand 2" follows.
  const hand1 = addSprint(site, { originBoardId: board.id, name: 'Hand 1' }, at('02T08:00:00'));
  const hand2 = addSprint(site, { originBoardId: board.id, name: 'Hand 2' }, at('02T08:00:00'));
  const create = (summary: string, points: number, issueType: string, sprintId?: number) =>
    addIssue(site, { summary, boardId: board.id, points, issueType, sprintId, status: 'To Do' }, at('05T08:00:00')).key;
  keys.A = create('A: planned, done on the 7th', 5, 'Bug', hand1.id);
  keys.B = create('B: planned, re-estimated 3 -> 5, not done, moved on', 3, 'Story', hand1.id);
  keys.C = create('C: added on the 8th, done on the 13th', 2, 'Story');
  keys.D = create('D: planned, taken out on the 9th', 5, 'Story', hand1.id);
  changeSprint(site, hand1.id, { state: 'active', startDate: at('05T09:00:00').toISOString(), endDate: at('16T17:00:00').toISOString() }, at('05T09:00:00'));
  changeIssue(site, keys.A, { status: 'In Progress' }, at('06T10:00:00'));
  changeIssue(site, keys.A, { status: 'Done' }, at('07T10:00:00'));
  changeIssue(site, keys.B, { points: 5 }, at('07T11:00:00'));
  changeIssue(site, keys.C, { addToSprint: hand1.id }, at('08T12:00:00'));
  changeIssue(site, keys.D, { removeFromSprint: hand1.id }, at('09T09:00:00'));
  changeIssue(site, keys.C, { status: 'In Progress' }, at('12T10:00:00'));
  changeIssue(site, keys.C, { status: 'Done' }, at('13T10:00:00'));
  changeSprint(site, hand1.id, { state: 'closed', completeDate: at('16T17:30:00').toISOString() }, at('16T17:30:00'));
  // Completing the sprint moves the unfinished B to the next one, a moment after the close.
  changeIssue(site, keys.B, { addToSprint: hand2.id }, at('16T17:30:05'));
  changeSprint(site, hand2.id, { state: 'active', startDate: at('19T09:00:00').toISOString(), endDate: at('30T17:00:00').toISOString() }, at('19T09:00:00'));

  sim = await startJiraSim({ site, flavor: 'CLOUD' });
  const { createJiraConnection } = await gql(`mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id } }`, {
    input: {
      name: 'Analysis sim',
      baseUrl: sim.url,
      flavor: 'CLOUD',
      email: DEFAULT_CLOUD_AUTH.email,
      apiToken: DEFAULT_CLOUD_AUTH.apiToken,
      syncIntervalMinutes: 0,
    },
  });
  const { startSync } = await gql(`mutation($c: ID!) { startSync(connectionId: $c) { id } }`, { c: createJiraConnection.id });
  await router.runtime.jobs.idle();
  expect((await gql(`query($id: ID!) { syncRun(id: $id) { status errors } }`, { id: startSync.id })).syncRun).toEqual({ status: 'SUCCEEDED', errors: [] });

  const { boards } = await gql(`{ boards { id sprints { id name } } }`);
  boardId = boards[0].id;
  handSprintId = boards[0].sprints.find((s: { name: string }) => s.name === 'Hand 1').id;
  nextSprintId = boards[0].sprints.find((s: { name: string }) => s.name === 'Hand 2').id;
});

afterAll(async () => {
  await router?.stop();
  await sim?.close();
  await database?.close();
});

describe("a sprint's analysis through the supergraph, from JIRA's history", () => {
  test("JIRA's sprint report: committed at the start, completed at the close, added, removed, not completed", async () => {
    const { analysis: a } = await analysis(handSprintId);
    // Committed: A 5 + B 3 (its estimate at the start) + D 5. Completed: A 5 + C 2. Added: C 2. Removed: D 5. Not completed: B at 5.
    expect(a).toMatchObject({
      statistic: 'STORY_POINTS',
      committedPoints: 13,
      completedPoints: 7,
      addedPoints: 2,
      removedPoints: 5,
      notCompletedPoints: 5,
      completedOutsidePoints: 0,
      sayDoRatio: 0.54,
      completionRate: 0.58,
      scopeChangeRate: 0.54,
      issueCount: 4,
    });
    expect(a.completedIssues).toEqual([
      { key: keys.A, issue: { key: keys.A } },
      { key: keys.C, issue: { key: keys.C } },
    ]);
    expect(a.addedIssues).toEqual([{ key: keys.C }]);
    expect(a.removedIssues).toEqual([{ key: keys.D }]);
    expect(a.notCompletedIssues).toEqual([{ key: keys.B, pointsAtStart: 3, pointsAtEnd: 5 }]);
    expect(a.completedOutsideIssues).toEqual([]);
    expect(a.cancelledIssues).toEqual([]);
    expect(a.estimateChanges).toEqual([{ issue: { key: keys.B }, from: 3, to: 5 }]);
  });

  test('burndown and burnup day by day, with the scope changes that move the scope line', async () => {
    const { analysis: a } = await analysis(handSprintId);
    expect(a.burndown.map((d: { date: string }) => d.date)).toEqual(
      ['05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16'].map((d) => `2026-01-${d}`),
    );
    // 7th: A done, B raised to 5 -> 5 + 5 left. 8th: C added -> 12. 9th: D out -> 7. 13th: C done -> 5.
    expect(a.burndown.map((d: { remainingPoints: number }) => d.remainingPoints)).toEqual([13, 13, 10, 12, 7, 7, 7, 7, 5, 5, 5, 5]);
    expect(a.burnup.map((d: { completedPoints: number }) => d.completedPoints)).toEqual([0, 0, 5, 5, 5, 5, 5, 5, 7, 7, 7, 7]);
    expect(a.burnup.map((d: { scopePoints: number }) => d.scopePoints)).toEqual([13, 13, 15, 17, 12, 12, 12, 12, 12, 12, 12, 12]);
    expect([a.burndown[0].idealPoints, a.burndown.at(-1).idealPoints, a.burnup[0].idealPoints, a.burnup.at(-1).idealPoints]).toEqual([13, 0, 0, 13]);
    expect(a.scopeChanges).toEqual([
      { key: keys.B, kind: 'ESTIMATE_CHANGED', points: 2, at: '2026-01-07T11:00:00.000Z' },
      { key: keys.C, kind: 'ADDED', points: 2, at: '2026-01-08T12:00:00.000Z' },
      { key: keys.D, kind: 'REMOVED', points: -5, at: '2026-01-09T09:00:00.000Z' },
    ]);
  });

  test('cycle time and lead time per issue and as percentiles; the same times on the issue itself', async () => {
    const { analysis: a } = await analysis(handSprintId);
    const times = Object.fromEntries(
      a.issues.map((i: { key: string; cycleTimeHours: number; leadTimeHours: number }) => [i.key, [i.cycleTimeHours, i.leadTimeHours]]),
    );
    // A: in progress 6th 10:00, done 7th 10:00 (24 h), created 5th 08:00 (50 h). C: 12th 10:00 -> 13th 10:00 (24 h), 194 h since creation.
    expect(times).toEqual({ [keys.A]: [24, 50], [keys.B]: [null, null], [keys.C]: [24, 194], [keys.D]: [null, null] });
    expect(a.cycleTime).toEqual({ count: 2, p50: 24, p85: 24, p95: 24 });
    expect(a.leadTime).toEqual({ count: 2, p50: 50, p85: 194, p95: 194 });
    const { issue } = await gql(`query($key: String!) { issue(key: $key) { cycleTime { hours days } leadTime { hours } } }`, { key: keys.A });
    expect(issue).toEqual({ cycleTime: { hours: 24, days: 1 }, leadTime: { hours: 50 } });
  });

  test('carry-over: B spilled out of Hand 1 into Hand 2, with its chain of sprints', async () => {
    const hand1 = await analysis(handSprintId);
    expect(hand1.carryOver).toEqual([
      { key: keys.B, sprintCount: 2, carriedIn: false, carriedOut: true, points: 5, sprints: [{ name: 'Hand 1' }, { name: 'Hand 2' }], issue: { key: keys.B } },
    ]);
    const hand2 = await analysis(nextSprintId);
    expect(hand2.carryOver).toMatchObject([{ key: keys.B, carriedIn: true, carriedOut: false, sprintCount: 2 }]);
    const { issue } = await gql(`query($key: String!) { issue(key: $key) { sprintHistory { sprint { name } removedAt } } }`, { key: keys.B });
    expect(issue.sprintHistory.map((m: { sprint: { name: string } }) => m.sprint.name)).toEqual(['Hand 1', 'Hand 2']);
  });

  test('velocity over any number of closed sprints, with rolling averages and predictability', async () => {
    const { board } = await gql(
      `query($id: ID!) { board(id: $id) {
        all: velocity(last: null) { sprint { name } committedPoints completedPoints sayDoRatio rollingAverage3 rollingAverage5 }
        recent: velocity(last: 2) { sprint { name } rollingAverage3 }
        predictability(last: null) { sprints averageCompletedPoints averageSayDoRatio predictability }
      } }`,
      { id: boardId },
    );
    expect(board.all.at(-1)).toMatchObject({ sprint: { name: 'Hand 1' }, committedPoints: 13, completedPoints: 7, sayDoRatio: 0.54 });
    const completed = board.all.map((v: { completedPoints: number }) => v.completedPoints);
    const mean = (xs: number[]) => Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 100) / 100;
    expect(board.all.at(-1).rollingAverage3).toBe(mean(completed.slice(-3)));
    expect(board.all[1].rollingAverage3).toBeNull();
    // A short window keeps the averages of the whole history.
    expect(board.recent).toEqual(
      board.all.slice(-2).map((v: { sprint: unknown; rollingAverage3: number }) => ({ sprint: v.sprint, rollingAverage3: v.rollingAverage3 })),
    );
    expect(board.predictability).toMatchObject({ sprints: board.all.length, averageCompletedPoints: mean(completed) });
  });

  test('board settings: a manager switches to issue count and maps disciplines; every sprint of the board is re-analysed at once', async () => {
    const UPDATE = `mutation($id: ID!, $s: BoardSettingsInput!) { updateBoardSettings(boardId: $id, settings: $s) {
      settings { estimationStatistic estimationStatisticOverridden subtaskPolicy disciplineRules { discipline issueTypes } timeZone } } }`;

    // A viewer may not; a bad time zone is refused and changes nothing.
    const viewer = await router.signIn(TENANT, 'VIEWER');
    const refused = await router.query(UPDATE, { id: boardId, s: { estimationStatistic: 'ISSUE_COUNT' } }, { token: viewer.accessToken });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await router.query(UPDATE, { id: boardId, s: { estimationStatistic: 'ISSUE_COUNT', timeZone: 'Mars/Olympus' } });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect((await analysis(handSprintId)).analysis.statistic).toBe('STORY_POINTS');

    const manager = await router.signIn(TENANT, 'MANAGER');
    const { updateBoardSettings } = await gql(
      UPDATE,
      { id: boardId, s: { estimationStatistic: 'ISSUE_COUNT', disciplineRules: [{ discipline: 'Backend', issueTypes: ['bug'] }] } },
      manager.accessToken,
    );
    expect(updateBoardSettings.settings).toEqual({
      estimationStatistic: 'ISSUE_COUNT',
      estimationStatisticOverridden: true,
      subtaskPolicy: 'EXCLUDE',
      disciplineRules: [{ discipline: 'Backend', issueTypes: ['bug'] }],
      timeZone: 'UTC',
    });
    const { analysis: a } = await analysis(handSprintId);
    // Issues: committed A, B, D; completed A, C; added C; removed D; not completed B.
    expect(a).toMatchObject({
      statistic: 'ISSUE_COUNT',
      committedPoints: 3,
      completedPoints: 2,
      addedPoints: 1,
      removedPoints: 1,
      notCompletedPoints: 1,
      estimateChanges: [],
    });
    expect(a.disciplineBreakdown).toEqual([
      { discipline: 'Backend', committedPoints: 1, completedPoints: 1, sayDoRatio: 1, issueCount: 1 },
      { discipline: 'Unassigned', committedPoints: 2, completedPoints: 1, sayDoRatio: 0.5, issueCount: 3 },
    ]);

    // Back to JIRA's estimation field.
    await gql(UPDATE, { id: boardId, s: { estimationStatistic: null, disciplineRules: [] } }, manager.accessToken);
    expect((await analysis(handSprintId)).analysis).toMatchObject({ statistic: 'STORY_POINTS', committedPoints: 13 });
  });

  test("an active sprint's analysis is a stored row while fresh; once older than the TTL a read serves it and a job recomputes it", async () => {
    await router.runtime.jobs.idle();
    const first = (await analysis(nextSprintId)).analysis.computedAt;
    expect((await analysis(nextSprintId)).analysis.computedAt).toBe(first);
    router.runtime.config.analysisTtlSeconds = 0;
    try {
      // The read answers at once with what is stored, and queues the recomputation.
      expect((await analysis(nextSprintId)).analysis.computedAt).toBe(first);
      await router.runtime.jobs.idle();
      router.runtime.config.analysisTtlSeconds = 60;
      const again = (await analysis(nextSprintId)).analysis.computedAt;
      expect(new Date(again).getTime()).toBeGreaterThan(new Date(first).getTime());
      router.runtime.config.analysisTtlSeconds = 0;
      // A closed sprint's analysis does not move with time.
      const closed = (await analysis(handSprintId)).analysis.computedAt;
      await router.runtime.jobs.idle();
      expect((await analysis(handSprintId)).analysis.computedAt).toBe(closed);
    } finally {
      router.runtime.config.analysisTtlSeconds = 60;
    }
  });
});
