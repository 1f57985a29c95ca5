import { afterEach, describe, expect, test } from 'vitest';
import { addIssue, addSprint, changeIssue, changeSprint, type JiraSim, type JiraSite } from '../src/index.ts';
import { call, smallSite, withSim } from './helpers.ts';

/**
 * JIRA's sprint report worked out by hand from a sprint played out in the sim: each issue's list,
 * its estimate at the start (or when it joined) and at the close, and JIRA's sums.
 */
let sim: JiraSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const at = (s: string) => new Date(`2026-01-${s}Z`);

function story(site: JiraSite) {
  const board = site.boards[0];
  const s = addSprint(site, { originBoardId: board.id, name: 'Story sprint' }, at('02T08:00:00'));
  const next = addSprint(site, { originBoardId: board.id, name: 'Next' }, at('02T08:00:00'));
  const create = (summary: string, points: number | null, sprintId?: number, status = 'To Do') =>
    addIssue(site, { summary, boardId: board.id, points, sprintId, status }, at('05T08:00:00')).key;
  const k = {
    done: create('planned, done, re-estimated 3 -> 5 on the way', 3, s.id),
    open: create('planned, not done, moved on at the close', 8, s.id),
    punted: create('planned, taken out', 5, s.id),
    added: create('added on the 8th, done', 2),
    early: create('done before the start', 3, s.id, 'Done'),
    bare: create('planned, no estimate, not done', null, s.id),
  };
  changeSprint(site, s.id, { state: 'active', startDate: at('05T09:00:00').toISOString(), endDate: at('16T17:00:00').toISOString() }, at('05T09:00:00'));
  changeIssue(site, k.done, { points: 5 }, at('06T10:00:00'));
  changeIssue(site, k.done, { status: 'Done' }, at('07T10:00:00'));
  changeIssue(site, k.added, { addToSprint: s.id }, at('08T12:00:00'));
  changeIssue(site, k.punted, { points: 8 }, at('08T13:00:00'));
  changeIssue(site, k.punted, { removeFromSprint: s.id }, at('09T09:00:00'));
  changeIssue(site, k.added, { points: 3 }, at('10T09:00:00'));
  changeIssue(site, k.added, { status: 'Done' }, at('13T10:00:00'));
  changeSprint(site, s.id, { state: 'closed', completeDate: at('16T17:30:00').toISOString() }, at('16T17:30:00'));
  changeIssue(site, k.open, { addToSprint: next.id }, at('16T17:30:05'));
  // After the close: the report keeps the estimate at the close.
  changeIssue(site, k.done, { points: 13 }, at('20T10:00:00'));
  return { board, sprint: s, k };
}

const est = (e: any) => e.statFieldValue.value ?? null;
const summary = (list: any[]) => list.map((i) => ({ key: i.key, initial: est(i.estimateStatistic), current: est(i.currentEstimateStatistic), done: i.done }));

describe("the sprint report (greenhopper's rapid/charts/sprintreport)", () => {
  test.each(['CLOUD', 'SERVER'] as const)('%s: every list, estimate and sum by JIRA’s rules', async (flavor) => {
    const site = smallSite();
    const { board, sprint, k } = story(site);
    sim = await withSim({ flavor, site });
    const r = await call(sim, `/rest/greenhopper/1.0/rapid/charts/sprintreport?rapidViewId=${board.id}&sprintId=${sprint.id}`);
    expect(r.status).toBe(200);
    const c = r.json.contents;
    expect(summary(c.completedIssues)).toEqual(
      [
        { key: k.done, initial: 3, current: 5, done: true },
        { key: k.added, initial: 2, current: 3, done: true },
      ].sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true })),
    );
    expect(summary(c.issuesNotCompletedInCurrentSprint)).toEqual([
      { key: k.open, initial: 8, current: 8, done: false },
      { key: k.bare, initial: null, current: null, done: false },
    ]);
    expect(summary(c.puntedIssues)).toEqual([{ key: k.punted, initial: 5, current: 8, done: false }]);
    expect(summary(c.issuesCompletedInAnotherSprint)).toEqual([{ key: k.early, initial: 3, current: 3, done: true }]);
    expect(c.issueKeysAddedDuringSprint).toEqual({ [k.added]: true });
    expect(c.completedIssuesEstimateSum).toEqual({ value: 8, text: '8' });
    expect(c.completedIssuesInitialEstimateSum).toEqual({ value: 5, text: '5' });
    expect(c.issuesNotCompletedEstimateSum).toEqual({ value: 8, text: '8' });
    expect(c.puntedIssuesEstimateSum).toEqual({ value: 8, text: '8' });
    expect(c.puntedIssuesInitialEstimateSum).toEqual({ value: 5, text: '5' });
    expect(c.issuesCompletedInAnotherSprintEstimateSum).toEqual({ value: 3, text: '3' });
    expect(c.allIssuesEstimateSum).toEqual({ value: 16, text: '16' });
    expect(c.completedIssues[0]).toMatchObject({ statusId: expect.any(String), statusName: 'Done', summary: expect.any(String), typeName: expect.any(String) });
    expect(r.json.sprint).toMatchObject({
      id: sprint.id,
      name: 'Story sprint',
      state: 'CLOSED',
      isoStartDate: '2026-01-05T09:00:00+0000',
      isoCompleteDate: '2026-01-16T17:30:00+0000',
    });
  });

  test('the last move into done decides: done at the start, reopened and done again is completed; done while out and dragged back done is completed outside', async () => {
    const site = smallSite();
    const board = site.boards[0];
    const s = addSprint(site, { originBoardId: board.id, name: 'Reopen sprint' }, at('02T08:00:00'));
    const redone = addIssue(
      site,
      { summary: 'done at the start, reopened, done again', boardId: board.id, points: 5, sprintId: s.id, status: 'Done' },
      at('03T08:00:00'),
    ).key;
    const b1 = addIssue(
      site,
      { summary: 'planned, out before the start, done outside, back in done', boardId: board.id, points: 8, sprintId: s.id },
      at('03T08:00:00'),
    ).key;
    changeIssue(site, b1, { removeFromSprint: s.id }, at('04T08:00:00'));
    changeSprint(site, s.id, { state: 'active', startDate: at('05T09:00:00').toISOString(), endDate: at('16T17:00:00').toISOString() }, at('05T09:00:00'));
    changeIssue(site, redone, { status: 'In Progress' }, at('06T10:00:00'));
    changeIssue(site, redone, { status: 'Done' }, at('08T10:00:00'));
    changeIssue(site, b1, { status: 'Done' }, at('09T10:00:00'));
    changeIssue(site, b1, { addToSprint: s.id }, at('10T10:00:00'));
    changeSprint(site, s.id, { state: 'closed', completeDate: at('16T17:30:00').toISOString() }, at('16T17:30:00'));
    sim = await withSim({ flavor: 'CLOUD', site });
    const c = (await call(sim, `/rest/greenhopper/1.0/rapid/charts/sprintreport?rapidViewId=${board.id}&sprintId=${s.id}`)).json.contents;
    expect(summary(c.completedIssues)).toEqual([{ key: redone, initial: 5, current: 5, done: true }]);
    expect(summary(c.issuesCompletedInAnotherSprint)).toEqual([{ key: b1, initial: 8, current: 8, done: true }]);
    expect(c.issueKeysAddedDuringSprint).toEqual({ [b1]: true });
  });

  test('an unknown board or sprint is a 404; a sum with nothing estimated is {text: "null"}', async () => {
    const site = smallSite();
    const { board } = story(site);
    const empty = addSprint(site, { originBoardId: board.id, name: 'Empty' }, at('02T08:00:00'));
    changeSprint(site, empty.id, { state: 'active', startDate: at('19T09:00:00').toISOString() }, at('19T09:00:00'));
    changeSprint(site, empty.id, { state: 'closed', completeDate: at('19T10:00:00').toISOString() }, at('19T10:00:00'));
    sim = await withSim({ flavor: 'CLOUD', site });
    expect((await call(sim, `/rest/greenhopper/1.0/rapid/charts/sprintreport?rapidViewId=999&sprintId=${empty.id}`)).status).toBe(404);
    expect((await call(sim, `/rest/greenhopper/1.0/rapid/charts/sprintreport?rapidViewId=${board.id}&sprintId=99999`)).status).toBe(404);
    const r = await call(sim, `/rest/greenhopper/1.0/rapid/charts/sprintreport?rapidViewId=${board.id}&sprintId=${empty.id}`);
    expect(r.json.contents).toMatchObject({ completedIssues: [], completedIssuesEstimateSum: { text: 'null' }, issueKeysAddedDuringSprint: {} });
  });

  test('faults: a site without the endpoint (404), one that refuses it (403), one that answers another shape', async () => {
    const site = smallSite();
    const { board, sprint } = story(site);
    const path = `/rest/greenhopper/1.0/rapid/charts/sprintreport?rapidViewId=${board.id}&sprintId=${sprint.id}`;
    sim = await withSim({ flavor: 'SERVER', site, faults: { notFound: true, only: /greenhopper/ } });
    expect((await call(sim, path)).status).toBe(404);
    expect((await call(sim, '/rest/api/2/myself')).status).toBe(200);
    sim.faults = { forbidden: true, only: /greenhopper/ };
    expect((await call(sim, path)).status).toBe(403);
    sim.faults = { wrongShape: true, only: /greenhopper/ };
    const r = await call(sim, path);
    expect(r.status).toBe(200);
    expect(r.json.contents.completedIssues).toBe('unavailable');
  });
});
