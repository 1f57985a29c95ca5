import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { stableId } from '@sprint-reports/core';
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
  await usersData.upsertUsers(database.db, truth.users.map((u) => ({ ...u, tenantId, id: stableId(tenantId, 'user', u.email) })));
}

async function sim(flavor: 'CLOUD' | 'SERVER', opts: Partial<Parameters<typeof startJiraSim>[0]> = {}) {
  const s = await startJiraSim({ site: siteFromDataset(truth), flavor, searchPageSize: 25, ...opts });
  sims.push(s);
  return s;
}

/** What must match between tenants: everything but our own uuids. */
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
      const withoutAssignee = (s: typeof synced) => comparable(s).issues.map(({ assigneeAccountId, hasAssignee, ...rest }) => ({ ...rest, assigned: assigneeAccountId != null }));
      expect(withoutAssignee(synced)).toEqual(withoutAssignee(expected));
    }
  });
});
