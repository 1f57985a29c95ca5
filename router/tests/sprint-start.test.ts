import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addIssue, addSprint, changeIssue, changeSprint, startJiraSim, type JiraSim } from '@sprint-reports/jira-sim';
import { connectJiraSim, seededRouter, simSite, syncThroughRouter, tenantNamed, type TestDatabase, type TestRouter } from '@sprint-reports/testing/router';

/**
 * When a sprint starts, by flavour. Server/Data Center keep two dates: the planned start
 * (startDate) and the moment someone pressed Start (activatedDate); Cloud keeps the one. The same
 * story is played on a Cloud and a Server site: the sprint is planned for Monday 5 January 09:00
 * but started on Tuesday the 6th at 14:00, and in between an issue joins it and another is
 * re-estimated. On Server the sprint starts at the activation, so both belong to the commitment
 * (as JIRA Server/DC's own reports count it); on Cloud it starts at its start date, so they are
 * scope changes. Figures worked out by hand below.
 */
const TENANT = tenantNamed('sprint-start');
const SECRET = 'sprint-start-webhook-secret';
const at = (s: string) => new Date(`2026-01-${s}Z`);
const PLANNED = at('05T09:00:00');
const ACTIVATED = at('06T14:00:00');

let database: TestDatabase;
let router: TestRouter;
const sims: Partial<Record<Flavor, JiraSim>> = {};
const webhookUrls: Partial<Record<Flavor, string>> = {};
const keys: Record<Flavor, Record<'A' | 'B' | 'C', string>> = { CLOUD: { A: '', B: '', C: '' }, SERVER: { A: '', B: '', C: '' } };
const webhookSprint: Partial<Record<Flavor, number>> = {};
type Flavor = 'CLOUD' | 'SERVER';

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await router.query<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const SPRINT = /* GraphQL */ `
  query($id: ID!) {
    sprint(id: $id) {
      name state startDate plannedStartDate
      reconciliation { status differences { figure ours jira reason } }
      analysis { committedPoints addedPoints notCompletedPoints addedIssues { key } estimateChanges { issue { key } from to } notCompletedIssues { key pointsAtStart } }
    }
  }
`;

/** The sprint of that name, through the supergraph. */
async function sprintNamed(name: string) {
  const { boards } = await gql<{ boards: { sprints: { id: string; name: string }[] }[] }>(`{ boards { sprints { id name } } }`);
  const id = boards.flatMap((b) => b.sprints).find((s) => s.name === name)!.id;
  return (await gql(SPRINT, { id })).sprint;
}

async function connect(flavor: Flavor) {
  const site = simSite(`start-${flavor.toLowerCase()}`, 9, { sprints: 3, issuesPerSprint: 3, issues: 12 });
  const board = site.boards[0];
  // The story, in JIRA: planned for the 5th at 09:00, started on the 6th at 14:00, closed on the 16th.
  const sprint = addSprint(
    site,
    { originBoardId: board.id, name: `${flavor} late start`, startDate: PLANNED.toISOString(), endDate: at('16T17:00:00').toISOString() },
    at('02T08:00:00'),
  );
  const create = (summary: string, points: number, sprintId?: number) =>
    addIssue(site, { summary, boardId: board.id, points, sprintId, status: 'To Do' }, at('02T09:00:00')).key;
  keys[flavor].A = create('A: planned, 5', 5, sprint.id);
  keys[flavor].B = create('B: joins on the 6th at 10:00, before Start is pressed, 3', 3);
  keys[flavor].C = create('C: planned at 2, raised to 8 on the 6th at 11:00', 2, sprint.id);
  changeIssue(site, keys[flavor].B, { addToSprint: sprint.id }, at('06T10:00:00'));
  changeIssue(site, keys[flavor].C, { points: 8 }, at('06T11:00:00'));
  changeSprint(site, sprint.id, { state: 'active' }, ACTIVATED);
  changeSprint(site, sprint.id, { state: 'closed' }, at('16T17:30:00'));
  // Started after the sync, through a webhook: planned for the 19th.
  webhookSprint[flavor] = addSprint(
    site,
    { originBoardId: board.id, name: `${flavor} webhook start`, startDate: at('19T09:00:00').toISOString(), endDate: at('30T17:00:00').toISOString() },
    at('16T18:00:00'),
  ).id;

  const sim = await startJiraSim({ site, flavor });
  sims[flavor] = sim;
  const c = await connectJiraSim(router, sim, { webhookSecret: SECRET });
  webhookUrls[flavor] = new URL(c.webhookPath, router.url).toString();
  expect(await syncThroughRouter(router, c.id)).toMatchObject({ status: 'SUCCEEDED', errors: [] });
}

beforeAll(async () => {
  ({ database, router } = await seededRouter({}, { router: { tenantId: TENANT } }));
  await connect('SERVER');
  await connect('CLOUD');
});

afterAll(async () => {
  await router?.stop();
  await Promise.all(Object.values(sims).map((s) => s.close()));
  await database?.close();
});

describe('Server/Data Center: the sprint starts when Start was pressed', () => {
  test('startDate is the activation and plannedStartDate the plan', async () => {
    const s = await sprintNamed('SERVER late start');
    expect(s).toMatchObject({ state: 'CLOSED', startDate: ACTIVATED.toISOString(), plannedStartDate: PLANNED.toISOString() });
  });

  test('the commitment is measured at the activation: what joined or changed before it is committed, at its estimate then', async () => {
    const { analysis: a } = await sprintNamed('SERVER late start');
    const k = keys.SERVER;
    // In at 14:00 on the 6th: A 5, B 3, C at 8. Nothing was added or re-estimated after it.
    expect(a).toMatchObject({ committedPoints: 16, addedPoints: 0, notCompletedPoints: 16, addedIssues: [], estimateChanges: [] });
    expect(a.notCompletedIssues).toEqual([
      { key: k.A, pointsAtStart: 5 },
      { key: k.B, pointsAtStart: 3 },
      { key: k.C, pointsAtStart: 8 },
    ]);
  });

  test('a sprint_started webhook carries the activation: startDate is when Start was pressed, the plan stays', async () => {
    const sim = sims.SERVER!;
    // Started now: news older than the sync's read of the sprint would be ignored.
    const startedAt = new Date();
    const body = sim.updateSprint(webhookSprint.SERVER!, { state: 'active' }, startedAt);
    expect(body.sprint).toMatchObject({ startDate: at('19T09:00:00').toISOString(), activatedDate: startedAt.toISOString() });
    expect(await sim.sendWebhook(webhookUrls.SERVER!, body, SECRET)).toBe(200);
    await router.runtime.jobs.idle();
    expect(await sprintNamed('SERVER webhook start')).toMatchObject({
      state: 'ACTIVE',
      startDate: startedAt.toISOString(),
      plannedStartDate: at('19T09:00:00').toISOString(),
    });
  });
});

describe('Cloud: the sprint starts at its start date (Cloud keeps no activation)', () => {
  test("startDate and plannedStartDate are both JIRA's start date", async () => {
    expect(await sprintNamed('CLOUD late start')).toMatchObject({ state: 'CLOSED', startDate: PLANNED.toISOString(), plannedStartDate: PLANNED.toISOString() });
  });

  test('the commitment is measured at the start date: what joined or changed after it is scope change', async () => {
    const { analysis: a } = await sprintNamed('CLOUD late start');
    const k = keys.CLOUD;
    // In at 09:00 on the 5th: A 5, C at 2. B joined after it (added, 3); C went 2 -> 8 while it ran.
    expect(a).toMatchObject({ committedPoints: 7, addedPoints: 3, notCompletedPoints: 16, addedIssues: [{ key: k.B }] });
    expect(a.estimateChanges).toEqual([{ issue: { key: k.C }, from: 2, to: 8 }]);
    expect(a.notCompletedIssues).toEqual([
      { key: k.A, pointsAtStart: 5 },
      { key: k.B, pointsAtStart: null },
      { key: k.C, pointsAtStart: 2 },
    ]);
  });

  test('a sprint_started webhook without an activation starts the sprint at its start date', async () => {
    const sim = sims.CLOUD!;
    const body = sim.updateSprint(webhookSprint.CLOUD!, { state: 'active' }, new Date());
    expect(body.sprint).not.toHaveProperty('activatedDate');
    expect(await sim.sendWebhook(webhookUrls.CLOUD!, body, SECRET)).toBe(200);
    await router.runtime.jobs.idle();
    expect(await sprintNamed('CLOUD webhook start')).toMatchObject({
      state: 'ACTIVE',
      startDate: at('19T09:00:00').toISOString(),
      plannedStartDate: at('19T09:00:00').toISOString(),
    });
  });
});

describe("JIRA's own sprint report agrees, on each flavour", () => {
  // Server/DC's report measures from the activation and Cloud's from the start date, as our analysis does.
  test.each(['SERVER', 'CLOUD'] as const)('%s: the late-started sprint reconciles: MATCH', async (flavor) => {
    expect((await sprintNamed(`${flavor} late start`)).reconciliation).toEqual({ status: 'MATCH', differences: [] });
  });
});
