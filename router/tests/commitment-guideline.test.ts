import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addIssue, addSprint, changeIssue, changeSprint, startJiraSim, type JiraSim } from '@sprint-reports/jira-sim';
import { connectJiraSim, seededRouter, simSite, syncThroughRouter, tenantNamed, type TestDatabase, type TestRouter } from '@sprint-reports/testing/router';

/**
 * JIRA's commitment and burndown guideline through the supergraph. Sprint "Rules 1" runs from
 * Monday 5 January 09:00 to Friday 16 January 17:00 (UTC), a weekend on the 10th and 11th:
 *   E 3 points, done on the 2nd, in the sprint at its start -> DONE_AT_START, completed outside;
 *   F 8 points, to do at the start, done on the 14th          -> the whole commitment: 8.
 * With the team's holiday on Tuesday the 13th, the guideline falls 1 point on each of the 8
 * working days after the first.
 */
const TENANT = tenantNamed('commitment-guideline');
const at = (s: string) => new Date(`2026-01-${s}Z`);

let database: TestDatabase;
let router: TestRouter;
let sim: JiraSim;
let boardId: string;
let sprintId: string;
const keys = { E: '', F: '' };

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await router.query<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const ANALYSIS = /* GraphQL */ `
  query($id: ID!) {
    sprint(id: $id) {
      holidays { date name }
      analysis {
        committedPoints completedPoints completedOutsidePoints sayDoRatio
        issues { key outcome commitment pointsCommitted pointsAtStart }
        completedOutsideIssues { key commitment }
        disciplineBreakdown { discipline committedPoints }
        burndown { date idealPoints workingDay remainingPoints }
        burnup { date idealPoints workingDay }
      }
    }
  }
`;
const analysis = async () => (await gql(ANALYSIS, { id: sprintId })).sprint;

beforeAll(async () => {
  ({ database, router } = await seededRouter({}, { router: { tenantId: TENANT } }));
  const site = simSite('rules-site', 7, { sprints: 2, issuesPerSprint: 3, issues: 10 });
  const board = site.boards[0];
  const rules1 = addSprint(site, { originBoardId: board.id, name: 'Rules 1' }, at('01T08:00:00'));
  const create = (summary: string, points: number) =>
    addIssue(site, { summary, boardId: board.id, points, issueType: 'Story', sprintId: rules1.id, status: 'To Do' }, at('01T09:00:00')).key;
  keys.E = create('E: done before the sprint started', 3);
  keys.F = create('F: to do at the start, done on the 14th', 8);
  changeIssue(site, keys.E, { status: 'Done' }, at('02T10:00:00'));
  changeSprint(site, rules1.id, { state: 'active', startDate: at('05T09:00:00').toISOString(), endDate: at('16T17:00:00').toISOString() }, at('05T09:00:00'));
  changeIssue(site, keys.F, { status: 'Done' }, at('14T10:00:00'));
  changeSprint(site, rules1.id, { state: 'closed', completeDate: at('16T17:30:00').toISOString() }, at('16T17:30:00'));

  sim = await startJiraSim({ site, flavor: 'CLOUD' });
  const connection = await connectJiraSim(router, sim, { name: 'Rules sim' });
  expect(await syncThroughRouter(router, connection.id)).toMatchObject({ status: 'SUCCEEDED', errors: [] });
  const { boards } = await gql(`{ boards { id sprints { id name } } }`);
  boardId = boards[0].id;
  sprintId = boards[0].sprints.find((s: { name: string }) => s.name === 'Rules 1').id;
});

afterAll(async () => {
  await router?.stop();
  await sim?.close();
  await database?.close();
});

describe("JIRA's commitment and guideline through the supergraph", () => {
  test('an issue done before the start is completed outside and not in the commitment, and says so', async () => {
    const { analysis: a } = await analysis();
    expect(a).toMatchObject({ committedPoints: 8, completedPoints: 8, completedOutsidePoints: 3, sayDoRatio: 1 });
    expect(a.issues).toEqual([
      { key: keys.E, outcome: 'COMPLETED_OUTSIDE', commitment: 'DONE_AT_START', pointsCommitted: 0, pointsAtStart: 3 },
      { key: keys.F, outcome: 'COMPLETED', commitment: 'IN_COMMITMENT', pointsCommitted: 8, pointsAtStart: 8 },
    ]);
    expect(a.completedOutsideIssues).toEqual([{ key: keys.E, commitment: 'DONE_AT_START' }]);
    expect(a.disciplineBreakdown.reduce((sum: number, d: { committedPoints: number }) => sum + d.committedPoints, 0)).toBe(8);
  });

  test("the guideline is flat over the weekend, and over the team's holiday once it is set", async () => {
    const dates = ['05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16'].map((d) => `2026-01-${d}`);
    const before = (await analysis()).analysis;
    expect(before.burndown.map((d: { date: string }) => d.date)).toEqual(dates);
    // No team yet: weekends only, 9 working days after the first. Flat on Saturday and Sunday.
    expect(before.burndown.map((d: { workingDay: boolean }) => d.workingDay)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(before.burndown[4].idealPoints).toBe(before.burndown[6].idealPoints);
    expect(before.burndown[8].idealPoints).toBeLessThan(before.burndown[7].idealPoints);

    // The board gets a team (re-analysed: no holidays yet, the same guideline)...
    const { createTeam } = await gql(`mutation { createTeam(name: "Rules team") { id } }`);
    await gql(`mutation($b: ID!, $t: ID) { setBoardTeam(boardId: $b, teamId: $t) { id } }`, { b: boardId, t: createTeam.id });
    await router.runtime.jobs.idle();
    expect((await analysis()).analysis.burndown).toEqual(before.burndown);
    // ...then takes Tuesday the 13th off: setting it re-analyses the sprint in the background.
    await gql(`mutation($t: ID!, $input: TeamCapacityInput!) { setTeamCapacity(teamId: $t, input: $input) { id } }`, {
      t: createTeam.id,
      input: { holidays: [{ date: '2026-01-13', name: 'Team day' }] },
    });
    await router.runtime.jobs.idle();

    const after = await analysis();
    expect(after.holidays).toEqual([{ date: '2026-01-13', name: 'Team day' }]);
    expect(after.analysis.burndown.map((d: { idealPoints: number }) => d.idealPoints)).toEqual([8, 7, 6, 5, 4, 4, 4, 3, 3, 2, 1, 0]);
    expect(after.analysis.burndown[8]).toMatchObject({ date: '2026-01-13', workingDay: false });
    // The burnup's guideline is the same line turned up, from zero to the commitment.
    expect(after.analysis.burnup.map((d: { idealPoints: number }) => d.idealPoints)).toEqual([0, 1, 2, 3, 4, 4, 4, 5, 5, 6, 7, 8]);
    // The figures themselves do not move with the calendar.
    expect(after.analysis.burndown.map((d: { remainingPoints: number }) => d.remainingPoints)).toEqual(
      before.burndown.map((d: { remainingPoints: number }) => d.remainingPoints),
    );

    // A day off of this sprint only (its capacity override), Thursday the 15th: flat there too.
    await gql(`mutation($s: ID!, $input: SprintCapacityInput!) { setSprintCapacity(sprintId: $s, input: $input) { id } }`, {
      s: sprintId,
      input: { holidays: [{ date: '2026-01-15', name: 'Offsite' }] },
    });
    await router.runtime.jobs.idle();
    const overridden = await analysis();
    expect(overridden.holidays.map((h: { date: string }) => h.date)).toEqual(['2026-01-13', '2026-01-15']);
    expect(overridden.analysis.burndown.map((d: { workingDay: boolean }) => d.workingDay)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      true,
      false,
      true,
      false,
      true,
    ]);
    expect(overridden.analysis.burndown[10].idealPoints).toBe(overridden.analysis.burndown[9].idealPoints);
    expect(overridden.analysis.burndown.at(-1).idealPoints).toBe(0);
  });
});
