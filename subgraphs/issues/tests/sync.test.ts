import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { issuesTables } from '@sprint-reports/drizzle';
import { runSync } from '../src/sync/engine.ts';
import { claimRun, LEASE_MS, LostRun, queueRun, updateOwnedRun } from '../src/data/sync-runs.ts';
import { stableId, withTenant } from '@sprint-reports/core';
import { generateDataset, seedDataset, type Dataset } from '@sprint-reports/demo-data';
import { siteFromDataset, startJiraSim, type JiraSim } from '@sprint-reports/jira-sim';
import { usersData } from '@sprint-reports/users';
import { createTestDatabase, FIXED_NOW, smallTeam, snapshot, syncHarness, tenantNamed } from '@sprint-reports/testing';

/**
 * The sync is judged against the truth: a generated dataset is seeded directly into one tenant and
 * served by the JIRA simulator (as JIRA's JSON) to a sync into other tenants. Everything the
 * product computes from, and the analyses it computes, must come out the same.
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let harness: Awaited<ReturnType<typeof syncHarness>>;
let truth: Dataset;
const sims: JiraSim[] = [];
const TRUTH = tenantNamed('truth');

function dataset(tenantId: string): Dataset {
  return generateDataset({
    tenant: { id: tenantId, name: 'Sync test', slug: `sync-${tenantId.slice(0, 8)}` },
    connectionId: stableId(tenantId, 'connection', 'truth'),
    now: FIXED_NOW,
    seed: 11,
    teams: [smallTeam('Atlas', { sprints: 6, issuesPerSprint: 18, issues: 160 }), smallTeam('Borealis', { sprints: 5, issuesPerSprint: 12, issues: 90 })],
  });
}

/** The tenant's users, as they would exist before a sync (the sync matches assignees to them). */
async function seedUsers(tenantId: string) {
  await withTenant(database.db, tenantId, (db) =>
    usersData.upsertUsers(
      db,
      truth.users.map((u) => ({ ...u, tenantId, id: stableId(tenantId, 'user', u.email) })),
    ),
  );
}

async function sim(flavor: 'CLOUD' | 'SERVER', opts: Partial<Parameters<typeof startJiraSim>[0]> = {}) {
  const s = await startJiraSim({ site: siteFromDataset(truth), flavor, searchPageSize: 25, ...opts });
  sims.push(s);
  return s;
}

/** Two tenants synced from one site: the same but for the ids of their own users. */
const acrossTenants = (snap: Awaited<ReturnType<typeof snapshot>>) => ({
  ...snap,
  issues: snap.issues.map(({ assigneeId, ...rest }) => ({ ...rest, hasAssignee: assigneeId != null })),
});

/** What must match the directly seeded truth: everything JIRA knows. */
const comparable = (snap: Awaited<ReturnType<typeof snapshot>>) => ({
  ...snap,
  issues: snap.issues.map(({ assigneeId, updatedAt, ...rest }) => ({ ...rest, hasAssignee: assigneeId != null })),
  changelogItems: undefined,
});

beforeAll(async () => {
  database = await createTestDatabase();
  harness = await syncHarness(database);
  truth = dataset(TRUTH);
  await seedDataset(database.db, harness.runtime.client, truth);
});
afterAll(async () => {
  await Promise.all(sims.map((s) => s.close()));
  await harness.runtime.jobs.close();
  await database.close();
});

describe('a full sync reproduces the site', () => {
  test.each(['CLOUD', 'SERVER'] as const)('%s: boards, sprints, issues, every history, and the analyses equal the truth', async (flavor) => {
    const tenant = tenantNamed(`full-${flavor}`);
    await seedUsers(tenant);
    const s = await sim(flavor);
    const connection = await harness.connect(tenant, s);
    const run = await harness.sync(tenant, connection);
    expect(run).toMatchObject({ status: 'SUCCEEDED', full: true, progress: 100, boardsSynced: 2, issuesSynced: truth.issues.length, errors: [] });
    expect(run.sprintsSynced).toBe(truth.sprints.length);

    const synced = await harness.snapshot(tenant);
    const expected = await harness.snapshot(TRUTH);
    expect(synced.issues.length).toBe(truth.issues.length);
    expect(synced.memberships).toEqual(expected.memberships);
    expect(synced.statusChanges).toEqual(expected.statusChanges);
    expect(synced.estimateChanges).toEqual(expected.estimateChanges);
    expect(synced.sprints).toEqual(expected.sprints);
    expect(synced.analyses).toEqual(expected.analyses);
    if (flavor === 'CLOUD') {
      expect(comparable(synced).issues).toEqual(comparable(expected).issues);
      // Every assignee who is a user here is matched to that user by JIRA account.
      expect(synced.issues.filter((i) => i.assigneeAccountId).every((i) => i.assigneeId)).toBe(true);
    } else {
      // Server/DC names users by user key, not Cloud account id: everything else is the same.
      const withoutAssignee = (s: typeof synced) =>
        comparable(s).issues.map(({ assigneeAccountId, hasAssignee, ...rest }) => ({ ...rest, assigned: assigneeAccountId != null }));
      expect(withoutAssignee(synced)).toEqual(withoutAssignee(expected));
    }
  });
});

describe('faults, incremental syncs and deletions', () => {
  test('under 429s (Retry-After), 500s, malformed pages and truncated changelogs, a sync ends with the same database as a clean one', async () => {
    const clean = tenantNamed('clean');
    const faulty = tenantNamed('faulty');
    await seedUsers(clean);
    await seedUsers(faulty);
    expect((await harness.sync(clean, await harness.connect(clean, await sim('CLOUD')))).status).toBe('SUCCEEDED');

    const s = await sim('CLOUD', {
      faults: { rateLimit: { every: 9, retryAfterSeconds: 1 }, serverErrorEvery: 5, malformedEvery: 7, truncateChangelogs: true },
    });
    const run = await harness.sync(faulty, await harness.connect(faulty, s));
    expect(run).toMatchObject({ status: 'SUCCEEDED', errors: [] });
    expect(s.faultStats.byKind).toMatchObject({ rateLimit: expect.any(Number), serverError: expect.any(Number), malformed: expect.any(Number) });
    expect(s.faultStats.byKind.rateLimit).toBeGreaterThan(0);
    expect(s.faultStats.byKind.serverError).toBeGreaterThan(0);
    expect(s.faultStats.byKind.malformed).toBeGreaterThan(0);
    // Truncated inline changelogs were completed from the changelog endpoint.
    expect(s.requests.some((r) => r.path.endsWith('/changelog'))).toBe(true);
    expect(acrossTenants(await harness.snapshot(faulty))).toEqual(acrossTenants(await harness.snapshot(clean)));
  });

  test('a fault that does not pass fails the run with a clear error and keeps the pages already written', async () => {
    const tenant = tenantNamed('failing');
    const s = await sim('CLOUD');
    const connection = await harness.connect(tenant, s);
    // From the third search request on, JIRA answers 500 every time: retries run out.
    let searches = 0;
    s.on('request', (r) => r.path.endsWith('/search/jql') && searches++);
    s.faults = { serverErrorEvery: 1, only: /\/search\/jql$/ };
    const original = s.faults;
    s.faults = {};
    s.on('request', () => searches >= 2 && (s.faults = original));
    const run = await harness.sync(tenant, connection);
    expect(run.status).toBe('FAILED');
    expect(run.errors.join()).toMatch(/search\/jql/);
    expect(run.issuesSynced).toBeGreaterThan(0);
    expect((await harness.snapshot(tenant)).issues.length).toBe(run.issuesSynced);
  });

  test.each([
    ['404 (as from a Server/DC, which has no such call)', { notFound: true }],
    ['500 on every try', { serverErrorEvery: 1 }],
  ] as const)('the issue count failing with a %s leaves the total unknown: the run completes all the same', async (_, fault) => {
    const tenant = tenantNamed(`uncounted-${Object.keys(fault)[0]}`);
    const s = await sim('CLOUD', { faults: { ...fault, only: /\/search\/approximate-count$/ } });
    const run = await harness.sync(tenant, await harness.connect(tenant, s));
    expect(s.faultStats.injected).toBeGreaterThan(0);
    expect(run).toMatchObject({ status: 'SUCCEEDED', errors: [], issuesTotal: null, issuesSynced: truth.issues.length, progress: 100 });
    expect(run.warnings).toContainEqual(expect.stringMatching(/^JIRA did not count the issues to read \(.+\): progress shows counts only$/));
    expect((await harness.snapshot(tenant)).issues.length).toBe(truth.issues.length);
  });

  test('incremental: only issues updated since the last sync are read (in the site time zone); a change arrives; a second run changes nothing', async () => {
    const tenant = tenantNamed('incremental');
    await seedUsers(tenant);
    const s = await sim('SERVER');
    const connection = await harness.connect(tenant, s);
    await harness.sync(tenant, connection);
    const key = truth.issues.find((i) => i.statusCategory !== 'DONE' && truth.memberships.some((m) => m.issueId === i.id))!.key;
    s.updateIssue(key, { status: 'Done', summary: 'Changed in JIRA' });

    const searchesBefore = s.requests.length;
    const run = await harness.sync(tenant, connection);
    expect(run).toMatchObject({ status: 'SUCCEEDED', full: false, issuesDeleted: 0 });
    const jqls = s.requests
      .slice(searchesBefore)
      .filter((r) => r.path.endsWith('/search') && r.query.expand === 'changelog')
      .map((r) => r.query.jql);
    expect(jqls.every((jql) => /^filter = \d+ AND updated >= "\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}" ORDER BY created ASC$/.test(jql))).toBe(true);
    expect(run.issuesSynced).toBeLessThan(truth.issues.length / 4);
    const after = await harness.snapshot(tenant);
    expect(after.issues.find((i) => i.key === key)).toMatchObject({ status: 'Done', statusCategory: 'DONE', summary: 'Changed in JIRA' });
    expect(after.statusChanges.filter((c) => c.issue === key).at(-1)).toMatchObject({ to: 'Done', category: 'DONE' });

    const again = await harness.sync(tenant, connection);
    expect(again.status).toBe('SUCCEEDED');
    expect(await harness.snapshot(tenant)).toEqual(after);
  });

  test('an issue deleted in JIRA is marked deleted by the next sync, and leaves its sprint', async () => {
    const tenant = tenantNamed('deletion');
    const s = await sim('CLOUD');
    const connection = await harness.connect(tenant, s);
    await harness.sync(tenant, connection);
    const membership = truth.memberships.find((m) => m.removedAt == null)!;
    const key = truth.issues.find((i) => i.id === membership.issueId)!.key;
    s.deleteIssue(key);
    const run = await harness.sync(tenant, connection);
    expect(run).toMatchObject({ status: 'SUCCEEDED', issuesDeleted: 1 });
    expect((await harness.snapshot(tenant)).issues.find((i) => i.key === key)?.deleted).toBe(true);
    const issue = await harness.call(tenant, `query($k: String!) { issue(key: $k) { deletedAt } }`, { k: key });
    expect(issue.issue.deletedAt).not.toBeNull();
  });
});

describe('sub-tasks', () => {
  test("a sub-task is in its parent's sprints: moved with its parent by an incremental sync, though its own Sprint history is empty", async () => {
    const tenant = tenantNamed('subtask-follow');
    const s = await sim('SERVER');
    const connection = await harness.connect(tenant, s);
    // A parent in a board's active sprint, not done; the board's future sprint to move it to.
    const active = truth.sprints.find((sp) => sp.state === 'ACTIVE')!;
    const future = truth.sprints.find((sp) => sp.state === 'FUTURE' && sp.boardId === active.boardId)!;
    const parent = truth.issues.find(
      (i) => i.statusCategory !== 'DONE' && truth.memberships.some((m) => m.issueId === i.id && m.sprintId === active.id && m.removedAt == null),
    )!;
    const createdAt = new Date(Date.now() - 60_000);
    const sub = s.createIssue({ summary: 'A sub-task', parentKey: parent.key, points: 1 }, createdAt).issue.key;
    expect((await harness.sync(tenant, connection)).status).toBe('SUCCEEDED');
    // The parent's memberships, from the sub-task's creation on (a closed sprint the parent rolled over from stays in both fields).
    const memberships = async () => {
      const all = (await harness.snapshot(tenant)).memberships;
      const following = all
        .filter((m) => m.issue === parent.key && (m.removedAt === null || m.removedAt > createdAt.toISOString()))
        .map((m) => ({ ...m, issue: sub, addedAt: m.addedAt! > createdAt.toISOString() ? m.addedAt : createdAt.toISOString() }));
      return { following, sub: all.filter((m) => m.issue === sub) };
    };
    const before = await memberships();
    expect(before.sub).toEqual(before.following);
    expect(before.sub).toContainEqual({ issue: sub, sprint: active.jiraSprintId, addedAt: createdAt.toISOString(), removedAt: null });

    const movedAt = new Date();
    s.updateIssue(parent.key, { addToSprint: future.jiraSprintId! }, movedAt);
    expect(s.site.issues.find((i) => i.key === sub)!.histories).toEqual([]);
    const run = await harness.sync(tenant, connection);
    expect(run).toMatchObject({ status: 'SUCCEEDED', full: false });
    const after = await memberships();
    expect(after.sub).toEqual(after.following);
    expect(after.sub).toEqual(
      expect.arrayContaining([
        { issue: sub, sprint: active.jiraSprintId, addedAt: createdAt.toISOString(), removedAt: movedAt.toISOString() },
        { issue: sub, sprint: future.jiraSprintId, addedAt: movedAt.toISOString(), removedAt: null },
      ]),
    );
  });
});

describe('the deletion guard', () => {
  test('an incremental run that finds most issues gone deletes nothing and says why; a full run then confirms', async () => {
    const tenant = tenantNamed('guard');
    const s = await sim('CLOUD');
    const connection = await harness.connect(tenant, s);
    await harness.sync(tenant, connection);
    const gone = truth.issues.slice(0, Math.ceil(truth.issues.length * 0.6)).map((i) => i.key);
    for (const key of gone) s.deleteIssue(key);

    const incremental = await harness.sync(tenant, connection);
    expect(incremental).toMatchObject({ status: 'SUCCEEDED', full: false, issuesDeleted: 0 });
    expect(incremental.warnings.join()).toMatch(new RegExp(`no longer lists ${gone.length} of ${truth.issues.length} issues: not marked deleted`));
    expect((await harness.snapshot(tenant)).issues.filter((i) => i.deleted)).toHaveLength(0);

    const full = await harness.sync(tenant, connection, true);
    expect(full).toMatchObject({ status: 'SUCCEEDED', full: true, issuesDeleted: gone.length });
  });
});

describe('connections own what they synced', () => {
  test('deleting a connection deletes its issues, boards, sprints and analyses; the same site connected again syncs afresh', async () => {
    const tenant = tenantNamed('deleted-connection');
    const s = await sim('CLOUD');
    const connection = await harness.connect(tenant, s);
    await harness.sync(tenant, connection);
    expect((await harness.snapshot(tenant)).issues.length).toBe(truth.issues.length);

    expect(await harness.call(tenant, `mutation($id: ID!) { deleteJiraConnection(id: $id) }`, { id: connection })).toEqual({ deleteJiraConnection: true });
    const empty = await harness.snapshot(tenant);
    expect({
      issues: empty.issues.length,
      boards: empty.boards.length,
      sprints: empty.sprints.length,
      analyses: empty.analyses.length,
      memberships: empty.memberships.length,
    }).toEqual({
      issues: 0,
      boards: 0,
      sprints: 0,
      analyses: 0,
      memberships: 0,
    });

    const again = await harness.connect(tenant, s);
    expect((await harness.sync(tenant, again)).status).toBe('SUCCEEDED');
    expect((await harness.snapshot(tenant)).issues.length).toBe(truth.issues.length);
  });
});

describe('one process runs a run', () => {
  test('a run another live process holds is left alone; once its lease runs out, it is taken over and finished', async () => {
    const tenant = tenantNamed('lease');
    const s = await sim('CLOUD');
    const connection = await harness.connect(tenant, s);
    const asTenant = <T>(fn: (db: typeof database.db) => Promise<T>) => withTenant(database.db, tenant, fn);
    const { run } = await asTenant((db) => queueRun(db, tenant, connection, true));
    // Another host's process claims it and keeps writing (a fresh heartbeat).
    expect(await asTenant((db) => claimRun(db, run.id, 'other-host:4242:abcd'))).toMatchObject({ status: 'RUNNING', owner: 'other-host:4242:abcd' });
    const requests = s.requests.length;
    expect(await runSync(harness.runtime, run.id)).toMatchObject({ status: 'RUNNING', owner: 'other-host:4242:abcd', pages: 0 });
    expect(s.requests.length).toBe(requests); // nothing was read from JIRA

    // It went silent for longer than the lease: this process takes the run and finishes it.
    await asTenant((db) =>
      db
        .update(issuesTables.syncRuns)
        .set({ heartbeatAt: new Date(Date.now() - LEASE_MS - 1000) })
        .where(eq(issuesTables.syncRuns.id, run.id)),
    );
    expect(await runSync(harness.runtime, run.id)).toMatchObject({ status: 'SUCCEEDED', issuesSynced: truth.issues.length });
    // The old owner's next write finds the run is no longer its own.
    await expect(asTenant((db) => updateOwnedRun(db, run.id, 'other-host:4242:abcd', { phase: 'issues' }))).rejects.toBeInstanceOf(LostRun);
  });
});
