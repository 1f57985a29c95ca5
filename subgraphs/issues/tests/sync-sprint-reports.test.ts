import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addIssue, addSprint, changeIssue, changeSprint, startJiraSim, type JiraSim, type JiraSite, type SimSprint } from '@sprint-reports/jira-sim';
import { adHoc, createTestDatabase, simSite, syncHarness, tenantNamed } from '@sprint-reports/testing';

/**
 * JIRA's sprint report through the sync on Server/DC (the same undocumented endpoint as Cloud), and
 * a failure worth retrying: recorded UNAVAILABLE without failing the run, and asked again at the
 * next sync although the sprint did not change.
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let harness: Awaited<ReturnType<typeof syncHarness>>;
let sim: JiraSim;
let site: JiraSite;
let sprint: SimSprint;
const TENANT = tenantNamed('sync-sprint-reports');
const at = (s: string) => new Date(`2026-01-${s}Z`);

const reportRequests = (from: number) => sim.requests.slice(from).filter((r) => r.path.endsWith('/rapid/charts/sprintreport'));

async function reconciliation() {
  const data = await harness.runtime.client.execute(
    'sprints',
    TENANT,
    adHoc<any>(`{ boards { sprints { jiraSprintId reconciliation { status reason } jiraReport { committedPoints completedPoints } } } }`),
  );
  return data.boards.flatMap((b: any) => b.sprints).find((s: any) => s.jiraSprintId === sprint.id);
}

beforeAll(async () => {
  database = await createTestDatabase();
  harness = await syncHarness(database);
  site = simSite('sync-sprint-reports', 3, { sprints: 3, issuesPerSprint: 3, issues: 9 });
  const board = site.boards[0];
  sprint = addSprint(site, { originBoardId: board.id, name: 'Server sprint' }, at('02T08:00:00'));
  const a = addIssue(site, { summary: 'A', boardId: board.id, points: 5, sprintId: sprint.id, status: 'To Do' }, at('05T08:00:00')).key;
  addIssue(site, { summary: 'B', boardId: board.id, points: 3, sprintId: sprint.id, status: 'To Do' }, at('05T08:00:00'));
  changeSprint(site, sprint.id, { state: 'active', startDate: at('05T09:00:00').toISOString(), endDate: at('16T17:00:00').toISOString() }, at('05T09:00:00'));
  changeIssue(site, a, { status: 'Done' }, at('07T10:00:00'));
  changeSprint(site, sprint.id, { state: 'closed', completeDate: at('16T17:30:00').toISOString() }, at('16T17:30:00'));
  sim = await startJiraSim({ site, flavor: 'SERVER' });
});

afterAll(async () => {
  await sim?.close();
  await harness?.runtime.jobs.close();
  await database?.close();
});

describe("JIRA's sprint report through the sync", () => {
  test('Server/DC: fetched and reconciled; a transient failure is UNAVAILABLE, never a failed run, and asked again next time', async () => {
    const connection = await harness.connect(TENANT, sim);
    // Rate limited on every attempt (no wait): the client gives up, the run goes on.
    sim.faults = { rateLimit: { every: 1, retryAfterSeconds: 0 }, only: /greenhopper/ };
    let seen = sim.requests.length;
    expect(await harness.sync(TENANT, connection)).toMatchObject({ status: 'SUCCEEDED', errors: [] });
    expect(reportRequests(seen).length).toBeGreaterThan(0);
    expect(await reconciliation()).toMatchObject({
      jiraReport: null,
      reconciliation: { status: 'UNAVAILABLE', reason: expect.stringMatching(/rate-limiting/) },
    });

    // Nothing changed in JIRA, but a transient failure is asked again; now it answers.
    sim.faults = {};
    seen = sim.requests.length;
    expect(await harness.sync(TENANT, connection)).toMatchObject({ status: 'SUCCEEDED', errors: [] });
    expect(reportRequests(seen).map((r) => r.query.sprintId)).toContain(String(sprint.id));
    expect(await reconciliation()).toEqual({
      jiraSprintId: sprint.id,
      jiraReport: { committedPoints: 8, completedPoints: 5 },
      reconciliation: { status: 'MATCH', reason: null },
    });

    // And then not again.
    seen = sim.requests.length;
    expect(await harness.sync(TENANT, connection)).toMatchObject({ status: 'SUCCEEDED' });
    expect(reportRequests(seen)).toEqual([]);
  });
});
