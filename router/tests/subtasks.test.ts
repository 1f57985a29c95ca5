import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addIssue, addSprint, changeIssue, changeSprint, startJiraSim, type JiraSim } from '@sprint-reports/jira-sim';
import { connectJiraSim, seededRouter, simSite, syncThroughRouter, tenantNamed, type TestDatabase, type TestRouter } from '@sprint-reports/testing/router';

/**
 * Sub-tasks have no Sprint history of their own in JIRA: they are in their parent's sprint (the
 * sub-task's Sprint field mirrors the parent's; its changelog has no Sprint items). Played in the
 * simulator, which behaves so: story P joins the running sprint on the 6th and leaves it on the
 * 8th; its sub-task T (created before) goes in and out with it, and its sub-task U, created on the
 * 7th while P was in the sprint, joins at its creation. Synced, read through the supergraph with
 * the board counting sub-tasks (INCLUDE); then P moves to the next sprint by webhook and takes its
 * sub-tasks along.
 */
const TENANT = tenantNamed('subtasks');
const SECRET = 'subtasks-webhook-secret';
const at = (s: string) => new Date(`2026-01-${s}Z`);
const iso = (s: string) => at(s).toISOString();

let database: TestDatabase;
let router: TestRouter;
let sim: JiraSim;
let webhookUrl: string;
let sprintId: string;
let nextSprint: { id: string; jiraSprintId: number };
const keys = { P: '', T: '', U: '' };

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await router.query<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const history = async (key: string) =>
  (await gql(`query($k: String!) { issue(key: $k) { sprintHistory { sprint { id } addedAt removedAt } } }`, { k: key })).issue.sprintHistory;
const analysis = async (id: string) =>
  (await gql(`query($id: ID!) { sprint(id: $id) { issues { key } analysis { addedPoints removedPoints addedIssues { key } removedIssues { key } } } }`, { id }))
    .sprint;

beforeAll(async () => {
  ({ database, router } = await seededRouter({}, { router: { tenantId: TENANT } }));
  const site = simSite('subtask-site', 13, { sprints: 3, issuesPerSprint: 3, issues: 12 });
  const board = site.boards[0];
  const sprint = addSprint(site, { originBoardId: board.id, name: 'With sub-tasks' }, at('02T08:00:00'));
  addSprint(site, { originBoardId: board.id, name: 'After sub-tasks' }, at('02T08:00:00'));
  keys.P = addIssue(site, { summary: 'P: a story with sub-tasks', boardId: board.id, points: 5, status: 'To Do' }, at('02T09:00:00')).key;
  keys.T = addIssue(site, { summary: 'T: sub-task made before', parentKey: keys.P, points: 2, status: 'To Do' }, at('03T09:00:00')).key;
  changeSprint(site, sprint.id, { state: 'active', startDate: iso('05T09:00:00'), endDate: iso('16T17:00:00') }, at('05T09:00:00'));
  changeIssue(site, keys.P, { addToSprint: sprint.id }, at('06T10:00:00'));
  keys.U = addIssue(site, { summary: 'U: sub-task made while P was in the sprint', parentKey: keys.P, points: 1, status: 'To Do' }, at('07T12:00:00')).key;
  changeIssue(site, keys.P, { removeFromSprint: sprint.id }, at('08T10:00:00'));
  changeSprint(site, sprint.id, { state: 'closed' }, at('16T17:30:00'));

  sim = await startJiraSim({ site, flavor: 'CLOUD' });
  const c = await connectJiraSim(router, sim, { name: 'Sub-task sim', webhookSecret: SECRET });
  webhookUrl = new URL(c.webhookPath, router.url).toString();
  expect(await syncThroughRouter(router, c.id)).toMatchObject({ status: 'SUCCEEDED', errors: [] });

  const { boards } = await gql(`{ boards { id sprints { id name jiraSprintId } } }`);
  sprintId = boards[0].sprints.find((s: { name: string }) => s.name === 'With sub-tasks').id;
  nextSprint = boards[0].sprints.find((s: { name: string }) => s.name === 'After sub-tasks');
  await gql(`mutation($id: ID!) { updateBoardSettings(boardId: $id, settings: { subtaskPolicy: INCLUDE }) { id } }`, { id: boards[0].id });
  await router.runtime.jobs.idle();
});

afterAll(async () => {
  await router?.stop();
  await sim?.close();
  await database?.close();
});

describe('the simulator, like JIRA', () => {
  test("a sub-task's Sprint field mirrors its parent's, with no Sprint history of its own", () => {
    const t = sim.site.issues.find((i) => i.key === keys.T)!;
    expect(t.fields.issuetype).toMatchObject({ subtask: true });
    expect(t.fields.parent).toMatchObject({ key: keys.P });
    expect(t.histories.flatMap((h) => h.items).filter((i) => i.field === 'Sprint')).toEqual([]);
    expect(() => changeIssue(sim.site, keys.T, { addToSprint: 1 })).toThrow(/sub-task/);
  });
});

describe("a sub-task follows its parent's sprint", () => {
  test('into and out of the sprint with its parent; one created while the parent was in it joins at its creation', async () => {
    expect(await history(keys.P)).toEqual([{ sprint: { id: sprintId }, addedAt: iso('06T10:00:00'), removedAt: iso('08T10:00:00') }]);
    expect(await history(keys.T)).toEqual([{ sprint: { id: sprintId }, addedAt: iso('06T10:00:00'), removedAt: iso('08T10:00:00') }]);
    expect(await history(keys.U)).toEqual([{ sprint: { id: sprintId }, addedAt: iso('07T12:00:00'), removedAt: iso('08T10:00:00') }]);
  });

  test("with sub-tasks counted, the sprint's analysis has them added and removed with their parent", async () => {
    const { analysis: a } = await analysis(sprintId);
    const moved = [keys.P, keys.T, keys.U].sort().map((key) => ({ key }));
    expect(a.addedIssues).toEqual(moved);
    expect(a.removedIssues).toEqual(moved);
    // P 5 + T 2 + U 1, in and out.
    expect(a).toMatchObject({ addedPoints: 8, removedPoints: 8 });
  });

  test('the parent moved to the next sprint by webhook takes its sub-tasks along', async () => {
    const movedAt = new Date();
    const body = sim.updateIssue(keys.P, { addToSprint: nextSprint.jiraSprintId }, movedAt);
    expect(await sim.sendWebhook(webhookUrl, body, SECRET)).toBe(200);
    await router.runtime.jobs.idle();
    for (const key of [keys.P, keys.T, keys.U]) {
      expect((await history(key)).at(-1)).toEqual({ sprint: { id: nextSprint.id }, addedAt: movedAt.toISOString(), removedAt: null });
    }
    expect((await analysis(nextSprint.id)).issues.map((i: { key: string }) => i.key)).toEqual(expect.arrayContaining([keys.P, keys.T, keys.U]));
  });

  test("a change to the sub-task itself, by webhook, keeps it in its parent's sprints", async () => {
    const before = await history(keys.T);
    expect(await sim.sendWebhook(webhookUrl, sim.updateIssue(keys.T, { status: 'In Progress' }, new Date()), SECRET)).toBe(200);
    await router.runtime.jobs.idle();
    expect(await history(keys.T)).toEqual(before);
  });
});
