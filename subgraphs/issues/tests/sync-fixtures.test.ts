import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { devlakeFixturesDir, siteFromDevlakeFixtures, startJiraSim, type JiraSim, type JiraSite } from '@sprint-reports/jira-sim';
import { eq } from 'drizzle-orm';
import { stableId, withTenant } from '@sprint-reports/core';
import { issuesTables } from '@sprint-reports/drizzle';
import { usersData } from '@sprint-reports/users';
import { adHoc, createTestDatabase, snapshot, syncHarness, tenantNamed, type SyncRunView } from '@sprint-reports/testing';

/**
 * Real JIRA Cloud data (merico.atlassian.net, board 8, published by Apache DevLake; see NOTICE.md
 * in the fixtures directory) served by the simulator as JIRA Cloud, synced through the API.
 * The hand-worked expectations are those of jira-fixtures.test.ts, which derives the same issues
 * without a sync.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BOARD = 8;
const TENANT = tenantNamed('devlake-fixtures');

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let harness: Awaited<ReturnType<typeof syncHarness>>;
let site: JiraSite;
let sim: JiraSim;
let run: SyncRunView;
let data: Awaited<ReturnType<typeof snapshot>>;
/** JIRA sprint id → our sprint id, as the sprints subgraph serves them. */
let sprintIds: Map<number, string>;

const ISSUE = /* GraphQL */ `
  query Issue($key: String!) {
    issue(key: $key) {
      key status statusCategory storyPoints estimateWarning
      sprintHistory { sprint { id } addedAt removedAt }
      statusHistory { to category }
    }
  }
`;
const issue = async (key: string) => (await harness.call<{ issue: any }>(TENANT, ISSUE, { key })).issue;

const FACTS = /* GraphQL */ `
  query Facts($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Sprint {
        issueFacts {
          key createdAt issueType components labels assigneeId
          originalEstimates { at points }
          memberships { sprintId addedAt removedAt }
        }
      }
    }
  }
`;
const factOf = async (jiraSprintId: number, key: string) => {
  const data = await harness.call<{ _entities: { issueFacts: { key: string }[] }[] }>(TENANT, FACTS, {
    r: [{ __typename: 'Sprint', id: sprintIds.get(jiraSprintId) }],
  });
  return data._entities[0].issueFacts.find((f) => f.key === key) as any;
};

/** yuxiang's JIRA account (EE-17's and EE-35's assignee), a user of the tenant before the sync. */
const YUXIANG = '5ecfbd0a47d31e0c2a15fd87';
const yuxiangId = stableId(TENANT, 'user', 'yuxiang');

beforeAll(async () => {
  database = await createTestDatabase();
  harness = await syncHarness(database);
  site = siteFromDevlakeFixtures(devlakeFixturesDir(repoRoot));
  // Small pages: the 33 issues take several, and Cloud's capped inline changelogs are completed per issue.
  sim = await startJiraSim({ site, flavor: 'CLOUD', searchPageSize: 10 });
  await withTenant(database.db, TENANT, (db) =>
    usersData.upsertUsers(db, [{ id: yuxiangId, tenantId: TENANT, email: 'yuxiang@merico.test', displayName: 'yuxiang', jiraAccountId: YUXIANG }]),
  );
  const connection = await harness.connect(TENANT, sim);
  run = await harness.sync(TENANT, connection);
  data = await snapshot(database, TENANT);
  const { boards } = await harness.runtime.client.execute(
    'sprints',
    TENANT,
    adHoc<{ boards: { jiraBoardId: number; sprints: { id: string; jiraSprintId: number }[] }[] }>(`{ boards { jiraBoardId sprints { id jiraSprintId } } }`),
  );
  sprintIds = new Map(boards.flatMap((b) => b.sprints.map((s) => [s.jiraSprintId, s.id] as const)));
});
afterAll(async () => {
  await sim?.close();
  await harness?.runtime.jobs.close();
  await database?.close();
});

describe('a sync of real JIRA Cloud data', () => {
  test('succeeds and brings every issue of the board', () => {
    expect(run).toMatchObject({ status: 'SUCCEEDED', full: true, boardsSynced: 1, errors: [] });
    expect(site.issues).toHaveLength(33);
    expect(run.issuesSynced).toBe(33);
    expect(data.issues.map((i) => i.key).sort()).toEqual(site.issues.map((i) => i.key).sort());
    expect(data.issues.filter((i) => i.deleted)).toEqual([]);
  });

  test("EE-4's summary, which ends in a NUL character PostgreSQL cannot store, arrives without it", () => {
    const summary = site.issues.find((i) => i.key === 'EE-4')!.fields.summary as string;
    expect(summary.endsWith('\0')).toBe(true);
    expect(data.issues.find((i) => i.key === 'EE-4')!.summary).toBe(summary.replaceAll('\0', ''));
  });

  test('brings every sprint the board lists, sprint 15 (created on board 13, which is not synced) included', () => {
    const listed = site.sprints.filter((s) => s.originBoardId === BOARD || s.boardIds?.includes(BOARD)).map((s) => s.id);
    expect(listed).toContain(15);
    expect(site.sprints.find((s) => s.id === 15)!.originBoardId).toBe(13);
    expect(run.sprintsSynced).toBe(listed.length);
    expect(data.sprints.map((s) => s.jiraSprintId)).toEqual([...listed].sort((a, b) => a - b));
    expect(data.sprints.every((s) => s.board === BOARD)).toBe(true);
    expect([...sprintIds.keys()].sort((a, b) => a - b)).toEqual([...listed].sort((a, b) => a - b));
  });

  test('keeps every changelog item of every issue', () => {
    const items = site.issues.reduce((n, i) => n + i.histories.reduce((m, h) => m + h.items.length, 0), 0);
    expect(items).toBeGreaterThan(500);
    expect(data.changelogItems).toBe(items);
  });

  test("EE-17's sprint history is the memberships its Sprint changelog items spell out", async () => {
    // Worked out by hand in jira-fixtures.test.ts: 7, then 9, out of 9 and back 19 s later, then 17.
    const { sprintHistory } = await issue('EE-17');
    expect(sprintHistory).toEqual([
      { sprint: { id: sprintIds.get(7) }, addedAt: '2020-06-12T00:29:19.614Z', removedAt: '2020-06-17T07:26:56.197Z' },
      { sprint: { id: sprintIds.get(9) }, addedAt: '2020-06-17T07:26:56.197Z', removedAt: '2020-06-17T07:27:15.198Z' },
      { sprint: { id: sprintIds.get(9) }, addedAt: '2020-06-17T07:29:43.593Z', removedAt: '2020-07-10T06:37:06.529Z' },
      { sprint: { id: sprintIds.get(17) }, addedAt: '2020-07-10T06:37:06.529Z', removedAt: null },
    ]);
  });

  test('a Chinese status counts by its status category, whatever its name says', async () => {
    // 已完成 ("done") is in the "done" category on EE-2, but JIRA sent EE-1 with it in "new".
    expect(await issue('EE-2')).toMatchObject({ status: '已完成', statusCategory: 'DONE' });
    expect(await issue('EE-1')).toMatchObject({ status: '已完成', statusCategory: 'TODO' });
    // History is categorised by status id through the site's list: Resolved (5) is gone from it.
    expect((await issue('EE-17')).statusHistory.map((c: { to: string; category: string }) => [c.to, c.category])).toEqual([
      ['Open', 'TODO'],
      ['In Progress', 'IN_PROGRESS'],
      ['Resolved', 'TODO'],
      ['Closed', 'DONE'],
      ['已完成', 'DONE'],
    ]);
  });

  test("EE-1's estimate of -1 is no estimate, with the reason on the issue and in the run's warnings", async () => {
    const warning = 'estimate "-1" is negative; treated as no estimate';
    expect(await issue('EE-1')).toMatchObject({ storyPoints: null, estimateWarning: warning });
    expect(run.warnings).toContain(`EE-1: ${warning}`);
    // The one real estimate stays.
    expect(await issue('EE-2')).toMatchObject({ storyPoints: 2, estimateWarning: null });
  });

  test("EE-34's facts: the Original Estimate set after creation and changed, in hours, with the sub-task's type and its one sprint", async () => {
    // Worked out from EE-34's changelog: created 08:51:57.807 (+08:00) without an estimate,
    // timeoriginalestimate null → 21600 s at 09:05:39.992, then 21600 → 14400 s at 09:05:44.707.
    expect(await factOf(7, 'EE-34')).toEqual({
      key: 'EE-34',
      createdAt: '2020-06-12T00:51:57.807Z',
      issueType: '子任务',
      components: [],
      labels: [],
      // Dingding Zhang is not a user here.
      assigneeId: null,
      originalEstimates: [
        { at: '2020-06-12T00:51:57.807Z', points: null },
        { at: '2020-06-12T01:05:39.992Z', points: 6 },
        { at: '2020-06-12T01:05:44.707Z', points: 4 },
      ],
      // Created in sprint 7 (no Sprint item): a member since creation, never taken out.
      memberships: [{ sprintId: sprintIds.get(7), addedAt: '2020-06-12T00:51:57.807Z', removedAt: null }],
    });
    // The sync asks for the field, so an estimate set at creation (no changelog item) is known too.
    const [row] = await withTenant(database.db, TENANT, (db) =>
      db.select({ raw: issuesTables.issues.rawFields }).from(issuesTables.issues).where(eq(issuesTables.issues.key, 'EE-34')),
    );
    expect(row.raw?.timeoriginalestimate).toBe(14400);
  });

  test("EE-35's Original Estimate went back to none; EE-17's facts in sprint 17 carry all four of its sprint stays and its matched assignee", async () => {
    expect((await factOf(7, 'EE-35')).originalEstimates).toEqual([
      { at: '2020-06-12T00:52:04.767Z', points: null },
      { at: '2020-06-12T01:03:40.427Z', points: 2 },
      { at: '2020-06-12T01:05:54.557Z', points: null },
    ]);
    const ee17 = await factOf(17, 'EE-17');
    expect(ee17).toMatchObject({ issueType: '任务', assigneeId: yuxiangId, labels: [], components: [] });
    expect(ee17.originalEstimates).toEqual([
      { at: '2020-06-12T00:24:56.048Z', points: null },
      { at: '2020-06-12T01:23:01.293Z', points: 6 },
    ]);
    // The same stays as its sprintHistory (hand-worked above), whichever sprint's facts carry them.
    expect(ee17.memberships).toEqual([
      { sprintId: sprintIds.get(7), addedAt: '2020-06-12T00:29:19.614Z', removedAt: '2020-06-17T07:26:56.197Z' },
      { sprintId: sprintIds.get(9), addedAt: '2020-06-17T07:26:56.197Z', removedAt: '2020-06-17T07:27:15.198Z' },
      { sprintId: sprintIds.get(9), addedAt: '2020-06-17T07:29:43.593Z', removedAt: '2020-07-10T06:37:06.529Z' },
      { sprintId: sprintIds.get(17), addedAt: '2020-07-10T06:37:06.529Z', removedAt: null },
    ]);
    expect((await factOf(7, 'EE-17')).memberships).toEqual(ee17.memberships);
    // EE-2 was created with labels, no Original Estimate ever.
    expect(await factOf(7, 'EE-2')).toMatchObject({ labels: ['frontEnd', 'Saas'], originalEstimates: [{ at: '2020-06-12T00:15:36.123Z', points: null }] });
  });

  test("EE-17's cycle and lead time, by status category", async () => {
    // In Progress at 2020-07-22 06:34:22.169Z; Resolved, which the site no longer lists, counts as
    // to-do; Closed (done) at 2020-11-10 01:43:03.405Z, and 已完成 (done) after it keeps it done.
    // Cycle: 111 days less 4:51:18.764 = 2659.1448 h; lead from creation (2020-06-12 00:24:56.048Z):
    // 151 days and 1:18:07.357 = 3625.3020 h.
    const { issue: ee17 } = await harness.call<{ issue: any }>(
      TENANT,
      `{ issue(key: "EE-17") { cycleTime { hours days from to } leadTime { hours days from to } } }`,
    );
    expect(ee17).toEqual({
      cycleTime: { hours: 2659.14, days: 110.8, from: '2020-07-22T06:34:22.169Z', to: '2020-11-10T01:43:03.405Z' },
      leadTime: { hours: 3625.3, days: 151.05, from: '2020-06-12T00:24:56.048Z', to: '2020-11-10T01:43:03.405Z' },
    });
  });
});
