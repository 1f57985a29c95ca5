import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addIssue, addSprint, changeIssue, changeSprint, startJiraSim, type JiraSim } from '@sprint-reports/jira-sim';
import { connectJiraSim, seededRouter, simSite, syncThroughRouter, tenantNamed, type TestDatabase, type TestRouter } from '@sprint-reports/testing/router';

/**
 * The status an issue was created in, through a sync and the supergraph. JIRA records no change
 * item for it: only the first status change's "from" says what it was. Sprint "Creation" runs from
 * Monday 5 January 09:00 to Friday 16 January 17:00 (UTC):
 *   G 3 points, created in Done, reopened on the 7th -> DONE_AT_START, not in the commitment;
 *   H 5 points, to do at the start, done on the 14th -> the whole commitment: 5;
 *   I outside the sprint, created In Progress on the 1st at 09:00, done on the 2nd at 09:00 -> 24 hours' cycle time.
 */
const TENANT = tenantNamed('status-at-creation');
const at = (s: string) => new Date(`2026-01-${s}Z`);

let database: TestDatabase;
let router: TestRouter;
let sim: JiraSim;
let sprintId: string;
let reopenItem: unknown;
const keys = { G: '', H: '', I: '' };

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await router.query<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

beforeAll(async () => {
  ({ database, router } = await seededRouter({}, { router: { tenantId: TENANT } }));
  const site = simSite('creation-site', 11, { sprints: 2, issuesPerSprint: 3, issues: 10 });
  const board = site.boards[0];
  const sprint = addSprint(site, { originBoardId: board.id, name: 'Creation' }, at('01T08:00:00'));
  const create = (summary: string, points: number, status: string) =>
    addIssue(site, { summary, boardId: board.id, points, issueType: 'Story', sprintId: sprint.id, status }, at('01T09:00:00')).key;
  keys.G = create('G: created in Done, reopened during the sprint', 3, 'Done');
  keys.H = create('H: to do at the start, done on the 14th', 5, 'To Do');
  keys.I = addIssue(
    site,
    { summary: 'I: created in progress', boardId: board.id, points: 2, issueType: 'Story', status: 'In Progress' },
    at('01T09:00:00'),
  ).key;
  changeIssue(site, keys.I, { status: 'Done' }, at('02T09:00:00'));
  changeSprint(site, sprint.id, { state: 'active', startDate: at('05T09:00:00').toISOString(), endDate: at('16T17:00:00').toISOString() }, at('05T09:00:00'));
  reopenItem = changeIssue(site, keys.G, { status: 'In Progress' }, at('07T10:00:00')).history.items.find((i) => i.field === 'status');
  changeIssue(site, keys.H, { status: 'Done' }, at('14T10:00:00'));
  changeSprint(site, sprint.id, { state: 'closed', completeDate: at('16T17:30:00').toISOString() }, at('16T17:30:00'));
  const done = site.statuses.find((s) => s.name === 'Done' && !s.scope)!;
  // As JIRA writes it: the status left, by id and by name.
  expect(reopenItem).toMatchObject({ field: 'status', from: done.id, fromString: 'Done', toString: 'In Progress' });

  sim = await startJiraSim({ site, flavor: 'CLOUD' });
  const connection = await connectJiraSim(router, sim, { name: 'Creation sim' });
  expect(await syncThroughRouter(router, connection.id)).toMatchObject({ status: 'SUCCEEDED', errors: [] });
  const { boards } = await gql(`{ boards { id sprints { id name } } }`);
  sprintId = boards[0].sprints.find((s: { name: string }) => s.name === 'Creation').id;
});

afterAll(async () => {
  await router?.stop();
  await sim?.close();
  await database?.close();
});

describe('the status at creation through a sync', () => {
  test('an issue created in Done and reopened after the start was done at the start: not in the commitment', async () => {
    const { sprint } = await gql(
      `query($id: ID!) { sprint(id: $id) { analysis { committedPoints issues { key commitment pointsCommitted pointsAtStart } } } }`,
      { id: sprintId },
    );
    expect(sprint.analysis.committedPoints).toBe(5);
    expect(sprint.analysis.issues).toEqual([
      { key: keys.G, commitment: 'DONE_AT_START', pointsCommitted: 0, pointsAtStart: 3 },
      { key: keys.H, commitment: 'IN_COMMITMENT', pointsCommitted: 5, pointsAtStart: 5 },
    ]);
  });

  test('cycle and lead time count from creation for an issue created in progress', async () => {
    const { issue } = await gql(`query($k: String!) { issue(key: $k) { cycleTime { hours from } leadTime { hours } } }`, { k: keys.I });
    expect(issue).toEqual({ cycleTime: { hours: 24, from: at('01T09:00:00').toISOString() }, leadTime: { hours: 24 } });
  });
});
