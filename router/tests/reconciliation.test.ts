import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addIssue, addSprint, changeIssue, changeSprint, startJiraSim, type JiraSim, type JiraSite, type SimSprint } from '@sprint-reports/jira-sim';
import { connectJiraSim, seededRouter, simSite, syncThroughRouter, tenantNamed, type TestDatabase, type TestRouter } from '@sprint-reports/testing/router';

/**
 * Our analysis beside JIRA's own sprint report, through the supergraph. Two sprints are played out
 * in the JIRA simulator, which computes its sprint report by JIRA's rules on its own: one whose
 * figures agree issue by issue (MATCH), one where JIRA lists an issue the board's filter does not
 * show us, and an issue was done before the start (DIFFERS). The sync fetches JIRA's report of
 * each closed sprint once, again only when the sprint changes, and records a site's refusal.
 */
const TENANT = tenantNamed('reconciliation');
const at = (s: string) => new Date(`2026-${s}Z`);

let database: TestDatabase;
let router: TestRouter;
let sim: JiraSim;
let site: JiraSite;
let connectionId: string;
let matchSprint: SimSprint;
let differsSprint: SimSprint;
let reopenedSprint: SimSprint;
const keys: Record<string, string> = {};
/** The sprint report requests of the first sync. */
let firstSync: ReturnType<typeof reportRequests> = [];

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await router.query<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function sync() {
  const { status, errors } = await syncThroughRouter(router, connectionId);
  return { status, errors };
}

const reportRequests = (from = 0) => sim.requests.slice(from).filter((r) => r.path === '/rest/greenhopper/1.0/rapid/charts/sprintreport');

async function sprintId(jiraSprintId: number): Promise<string> {
  const { boards } = await gql(`{ boards { sprints { id jiraSprintId } } }`);
  return boards.flatMap((b: any) => b.sprints).find((s: any) => s.jiraSprintId === jiraSprintId).id;
}

const RECONCILIATION = /* GraphQL */ `
  query($id: ID!) {
    sprint(id: $id) {
      name
      analysis { committedPoints completedPoints notCompletedPoints removedPoints addedPoints completedOutsidePoints }
      jiraReport {
        committedPoints completedPoints notCompletedPoints puntedPoints addedPoints completedInAnotherSprintPoints
        completedIssues { key issue { key } initialEstimate currentEstimate }
        notCompletedIssues { key initialEstimate currentEstimate }
        puntedIssues { key } addedIssues { key } completedInAnotherSprintIssues { key issue { key } }
      }
      reconciliation { status reason differences { figure ours jira reason issues { key reason issue { key } } } }
    }
  }
`;
const reconciliationOf = async (jiraSprintId: number) => (await gql(RECONCILIATION, { id: await sprintId(jiraSprintId) })).sprint;

beforeAll(async () => {
  ({ database, router } = await seededRouter({}, { router: { tenantId: TENANT } }));
  site = simSite('reconciliation-site', 5, { sprints: 4, issuesPerSprint: 4, issues: 16 });
  const board = site.boards[0];

  // "Match": 5-16 January. A done; B re-estimated 3 -> 5, not done, moved on at the close; C added and done; D taken out.
  matchSprint = addSprint(site, { originBoardId: board.id, name: 'Match' }, at('01-02T08:00:00'));
  const next = addSprint(site, { originBoardId: board.id, name: 'After match' }, at('01-02T08:00:00'));
  const create = (name: string, summary: string, points: number, sprintId?: number, status = 'To Do', when = at('01-05T08:00:00')) => {
    keys[name] = addIssue(site, { summary, boardId: board.id, points, sprintId, status }, when).key;
  };
  create('A', 'A: planned, done', 5, matchSprint.id);
  create('B', 'B: planned, re-estimated, not done', 3, matchSprint.id);
  create('C', 'C: added, done', 2);
  create('D', 'D: planned, taken out', 5, matchSprint.id);
  changeSprint(
    site,
    matchSprint.id,
    { state: 'active', startDate: at('01-05T09:00:00').toISOString(), endDate: at('01-16T17:00:00').toISOString() },
    at('01-05T09:00:00'),
  );
  changeIssue(site, keys.A, { status: 'In Progress' }, at('01-06T10:00:00'));
  changeIssue(site, keys.A, { status: 'Done' }, at('01-07T10:00:00'));
  changeIssue(site, keys.B, { points: 5 }, at('01-07T11:00:00'));
  changeIssue(site, keys.C, { addToSprint: matchSprint.id }, at('01-08T12:00:00'));
  changeIssue(site, keys.D, { removeFromSprint: matchSprint.id }, at('01-09T09:00:00'));
  changeIssue(site, keys.C, { status: 'Done' }, at('01-13T10:00:00'));
  changeSprint(site, matchSprint.id, { state: 'closed', completeDate: at('01-16T17:30:00').toISOString() }, at('01-16T17:30:00'));
  changeIssue(site, keys.B, { addToSprint: next.id }, at('01-16T17:30:05'));

  // "Differs": 2-13 February. E was done before the start; F planned and done; G, of a project the board's filter does not show, planned and not done.
  differsSprint = addSprint(site, { originBoardId: board.id, name: 'Differs' }, at('01-30T08:00:00'));
  create('E', 'E: done before the start', 3, differsSprint.id, 'Done', at('01-30T08:00:00'));
  create('F', 'F: planned, done', 2, differsSprint.id, 'To Do', at('01-30T08:00:00'));
  keys.G = addIssue(
    site,
    { summary: 'G: on the sprint, not on the board', projectKey: 'ZZZ', points: 8, sprintId: differsSprint.id },
    at('01-30T08:00:00'),
  ).key;
  changeSprint(
    site,
    differsSprint.id,
    { state: 'active', startDate: at('02-02T09:00:00').toISOString(), endDate: at('02-13T17:00:00').toISOString() },
    at('02-02T09:00:00'),
  );
  changeIssue(site, keys.F, { status: 'Done' }, at('02-05T10:00:00'));
  changeSprint(site, differsSprint.id, { state: 'closed', completeDate: at('02-13T17:30:00').toISOString() }, at('02-13T17:30:00'));

  // "Reopened": 2-13 March. H done at the start, reopened, done again; I planned, out before the start, done outside, back in done; J planned, not done.
  reopenedSprint = addSprint(site, { originBoardId: board.id, name: 'Reopened' }, at('02-25T08:00:00'));
  create('H', 'H: done at the start, reopened, done again', 5, reopenedSprint.id, 'To Do', at('02-26T08:00:00'));
  changeIssue(site, keys.H, { status: 'Done' }, at('02-27T09:00:00'));
  create('I', 'I: planned, out before the start, done outside, back in done', 8, reopenedSprint.id, 'To Do', at('02-26T08:00:00'));
  create('J', 'J: planned, not done', 3, reopenedSprint.id, 'To Do', at('02-26T08:00:00'));
  changeIssue(site, keys.I, { removeFromSprint: reopenedSprint.id }, at('02-27T08:00:00'));
  changeSprint(
    site,
    reopenedSprint.id,
    { state: 'active', startDate: at('03-02T09:00:00').toISOString(), endDate: at('03-13T17:00:00').toISOString() },
    at('03-02T09:00:00'),
  );
  changeIssue(site, keys.H, { status: 'In Progress' }, at('03-03T10:00:00'));
  changeIssue(site, keys.I, { status: 'Done' }, at('03-04T10:00:00'));
  changeIssue(site, keys.I, { addToSprint: reopenedSprint.id }, at('03-05T10:00:00'));
  changeIssue(site, keys.H, { status: 'Done' }, at('03-09T10:00:00'));
  changeSprint(site, reopenedSprint.id, { state: 'closed', completeDate: at('03-13T17:30:00').toISOString() }, at('03-13T17:30:00'));

  sim = await startJiraSim({ site, flavor: 'CLOUD' });
  connectionId = (await connectJiraSim(router, sim, { name: 'Reconciliation sim' })).id;
  expect(await sync()).toEqual({ status: 'SUCCEEDED', errors: [] });
  firstSync = reportRequests();
});

afterAll(async () => {
  await router?.stop();
  await sim?.close();
  await database?.close();
});

describe('reconciliation with JIRA through the supergraph', () => {
  test("the sync fetches JIRA's report of every closed sprint once; again only for a sprint that changed", async () => {
    const first = firstSync;
    const closed = site.sprints
      .filter((s) => s.state === 'closed')
      .map((s) => String(s.id))
      .sort();
    expect(first.map((r) => r.query.sprintId).sort()).toEqual(closed);
    expect(first.every((r) => r.query.rapidViewId === String(site.boards[0].id) && r.status === 200)).toBe(true);

    // Nothing changed: not asked again.
    let seen = sim.requests.length;
    expect(await sync()).toEqual({ status: 'SUCCEEDED', errors: [] });
    expect(reportRequests(seen)).toEqual([]);

    // An issue of "Match" changed in JIRA: that sprint's report alone is fetched again.
    seen = sim.requests.length;
    changeIssue(site, keys.A, { summary: 'A: planned, done (renamed)' });
    expect(await sync()).toEqual({ status: 'SUCCEEDED', errors: [] });
    expect(reportRequests(seen).map((r) => r.query.sprintId)).toEqual([String(matchSprint.id)]);

    // The sprint itself changed (renamed): fetched again.
    seen = sim.requests.length;
    changeSprint(site, differsSprint.id, { name: 'Differs (renamed)' });
    expect(await sync()).toEqual({ status: 'SUCCEEDED', errors: [] });
    expect(reportRequests(seen).map((r) => r.query.sprintId)).toEqual([String(differsSprint.id)]);
  });

  test("MATCH: JIRA's figures and lists agree with ours, issue by issue", async () => {
    const s = await reconciliationOf(matchSprint.id);
    expect(s.analysis).toEqual({ committedPoints: 13, completedPoints: 7, notCompletedPoints: 5, removedPoints: 5, addedPoints: 2, completedOutsidePoints: 0 });
    expect(s.jiraReport).toMatchObject({
      committedPoints: 13,
      completedPoints: 7,
      notCompletedPoints: 5,
      puntedPoints: 5,
      addedPoints: 2,
      completedInAnotherSprintPoints: 0,
    });
    expect(s.jiraReport.completedIssues).toEqual([
      { key: keys.A, issue: { key: keys.A }, initialEstimate: 5, currentEstimate: 5 },
      { key: keys.C, issue: { key: keys.C }, initialEstimate: 2, currentEstimate: 2 },
    ]);
    expect(s.jiraReport.notCompletedIssues).toEqual([{ key: keys.B, initialEstimate: 3, currentEstimate: 5 }]);
    expect(s.jiraReport.puntedIssues).toEqual([{ key: keys.D }]);
    expect(s.jiraReport.addedIssues).toEqual([{ key: keys.C }]);
    expect(s.reconciliation).toEqual({ status: 'MATCH', reason: null, differences: [] });
  });

  test('DIFFERS: every difference names its issues and says why', async () => {
    const s = await reconciliationOf(differsSprint.id);
    expect(s.jiraReport).toMatchObject({ committedPoints: 10, completedPoints: 2, notCompletedPoints: 8, completedInAnotherSprintPoints: 3 });
    expect(s.jiraReport.completedInAnotherSprintIssues).toEqual([{ key: keys.E, issue: { key: keys.E } }]);
    expect(s.reconciliation.status).toBe('DIFFERS');
    const byFigure = Object.fromEntries(s.reconciliation.differences.map((d: any) => [d.figure, d]));
    const notInOurs = `${keys.G} is in JIRA's report but not in our data of the sprint (the board's filter does not show it, or it is not synced yet)`;
    expect(byFigure.NOT_COMPLETED).toEqual({
      figure: 'NOT_COMPLETED',
      ours: 0,
      jira: 8,
      reason: notInOurs,
      issues: [{ key: keys.G, reason: notInOurs, issue: null }],
    });
    expect(byFigure.COMMITTED).toMatchObject({ ours: s.analysis.committedPoints, jira: 10 });
    expect(byFigure.COMMITTED.issues).toContainEqual({ key: keys.G, reason: notInOurs, issue: null });
    // Today our commitment counts E, done before the start; where it does, the reason says so in JIRA's terms.
    for (const i of byFigure.COMMITTED.issues.filter((x: any) => x.key === keys.E)) {
      expect(i).toEqual({ key: keys.E, reason: `${keys.E} was done before the start: JIRA leaves it out of the commitment`, issue: { key: keys.E } });
    }
    expect(byFigure.COMPLETED).toBeUndefined();
    expect(byFigure.COMPLETED_OUTSIDE).toBeUndefined();
  });

  test('a site that refuses the report (404, 403, another shape) gives UNAVAILABLE with the reason; the sync succeeds', async () => {
    const cases = [
      { faults: { notFound: true, only: /greenhopper/ }, reason: /404.*undocumented/ },
      { faults: { forbidden: true, only: /greenhopper/ }, reason: /403/ },
      { faults: { wrongShape: true, only: /greenhopper/ }, reason: /unexpected shape: contents\.completedIssues/ },
    ];
    for (const [i, c] of cases.entries()) {
      sim.faults = c.faults;
      changeSprint(site, differsSprint.id, { name: `Differs ${i}` });
      expect(await sync()).toEqual({ status: 'SUCCEEDED', errors: [] });
      const s = await reconciliationOf(differsSprint.id);
      expect(s.jiraReport).toBeNull();
      expect(s.reconciliation).toMatchObject({ status: 'UNAVAILABLE', differences: [] });
      expect(s.reconciliation.reason).toMatch(c.reason);
      // The other sprint's stored report stands.
      expect((await reconciliationOf(matchSprint.id)).reconciliation.status).toBe('MATCH');
    }
    sim.faults = {};
    changeSprint(site, differsSprint.id, { name: 'Differs' });
    expect(await sync()).toEqual({ status: 'SUCCEEDED', errors: [] });
    expect((await reconciliationOf(differsSprint.id)).reconciliation.status).toBe('DIFFERS');
  });

  test('a 403 is asked again at the next sync (permission may be granted later); a 404 stands until the sprint changes', async () => {
    sim.faults = { forbidden: true, only: /greenhopper/ };
    changeSprint(site, differsSprint.id, { name: 'Differs (403)' });
    expect(await sync()).toEqual({ status: 'SUCCEEDED', errors: [] });
    expect((await reconciliationOf(differsSprint.id)).reconciliation).toMatchObject({ status: 'UNAVAILABLE', reason: expect.stringMatching(/403/) });
    // An admin grants the permission; nothing else changed: the next sync asks again and gets it.
    sim.faults = {};
    let seen = sim.requests.length;
    expect(await sync()).toEqual({ status: 'SUCCEEDED', errors: [] });
    expect(reportRequests(seen).map((r) => r.query.sprintId)).toEqual([String(differsSprint.id)]);
    expect((await reconciliationOf(differsSprint.id)).reconciliation.status).toBe('DIFFERS');

    sim.faults = { notFound: true, only: /greenhopper/ };
    changeSprint(site, differsSprint.id, { name: 'Differs (404)' });
    expect(await sync()).toEqual({ status: 'SUCCEEDED', errors: [] });
    sim.faults = {};
    seen = sim.requests.length;
    expect(await sync()).toEqual({ status: 'SUCCEEDED', errors: [] });
    expect(reportRequests(seen)).toEqual([]);
    expect((await reconciliationOf(differsSprint.id)).reconciliation).toMatchObject({ status: 'UNAVAILABLE', reason: expect.stringMatching(/404/) });
    changeSprint(site, differsSprint.id, { name: 'Differs' });
    expect(await sync()).toEqual({ status: 'SUCCEEDED', errors: [] });
    expect((await reconciliationOf(differsSprint.id)).reconciliation.status).toBe('DIFFERS');
  });

  test('MATCH with an issue done at the start, reopened and done again, and one done outside then dragged back in done', async () => {
    const r = await reconciliationOf(reopenedSprint.id);
    const [h, i, j] = [keys.H, keys.I, keys.J];
    // H is out of both commitments (done at the start: the KB rule), completed on both sides; I is completed outside and added.
    expect(r.analysis).toEqual({ committedPoints: 3, completedPoints: 5, notCompletedPoints: 3, removedPoints: 0, addedPoints: 8, completedOutsidePoints: 8 });
    expect(r.jiraReport).toMatchObject({ committedPoints: 3, completedPoints: 5, notCompletedPoints: 3, addedPoints: 8, completedInAnotherSprintPoints: 8 });
    expect(r.jiraReport.completedIssues.map((x: any) => x.key)).toEqual([h]);
    expect(r.jiraReport.completedInAnotherSprintIssues.map((x: any) => x.key)).toEqual([i]);
    expect(r.jiraReport.notCompletedIssues.map((x: any) => x.key)).toEqual([j]);
    expect(r.reconciliation).toEqual({ status: 'MATCH', reason: null, differences: [] });
  });

  test('a sprint that is not closed has no reconciliation and no JIRA report', async () => {
    const { boards } = await gql(`{ boards { sprints { state jiraReport { completedPoints } reconciliation { status } } } }`);
    const open = boards.flatMap((b: any) => b.sprints).filter((s: any) => s.state !== 'CLOSED');
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((s: any) => s.jiraReport === null && s.reconciliation === null)).toBe(true);
  });
});
