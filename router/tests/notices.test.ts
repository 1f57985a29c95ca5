import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { noticeJob } from '@sprint-reports/core';
import {
  seededDatabase,
  smallTeam,
  startSubgraphProcesses,
  startTestRouter,
  testDatabaseUrl,
  type SubgraphProcesses,
  type TestDatabase,
  type TestRouter,
} from '@sprint-reports/testing/router';
import type { Dataset } from '@sprint-reports/demo-data';

/**
 * A notice after a commit (here: users telling capacity that a team's members changed) that its
 * receiver fails is not lost: it is sent again by a job until the receiver takes it, so the
 * receiver's copy ends up current. One that is delivered at once queues nothing.
 */

const CAPACITY = /* GraphQL */ `query($id: ID!) { sprint(id: $id) { capacity { members { user { id } allocationPercent } } } }`;
const ALLOCATE = /* GraphQL */ `mutation($t: ID!, $u: ID!, $a: Int!) { updateTeamMember(teamId: $t, userId: $u, input: { allocationPercent: $a }) { id } }`;

// The capacity subgraph runs as its own process (it shares the database), so it needs PostgreSQL.
describe.runIf(testDatabaseUrl)('notices after a commit', () => {
  let database: TestDatabase;
  let ds: Dataset;
  let processes: SubgraphProcesses;
  let router: TestRouter;
  /** Notice jobs this router's process ran, and whether they failed. */
  const noticeJobs: { error?: string }[] = [];

  const gql = async <T = any>(query: string, variables: Record<string, unknown>) => {
    const res = await router.query<T>(query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const allocationOf = async (sprintId: string, userId: string) =>
    (await gql(CAPACITY, { id: sprintId })).sprint.capacity.members.find((m: { user: { id: string } }) => m.user.id === userId)?.allocationPercent;

  beforeAll(async () => {
    ({
      database,
      tenants: { notices: ds },
    } = await seededDatabase({ notices: [smallTeam('Atlas')] }));
    processes = await startSubgraphProcesses(database.url!);
    // Only capacity is another process: users (the sender) runs in the router's, with its jobs.
    router = await startTestRouter(database, { tenantId: ds.tenant.id, subgraphUrls: { capacity: processes.urls.capacity } });
    router.runtime.jobs.events.on('settled', (job: { name: string; error?: string }) => {
      if (job.name === noticeJob('capacity')) noticeJobs.push({ error: job.error });
    });
  }, 240_000);

  afterAll(async () => {
    await processes?.stop();
    await router?.stop();
    await database?.close();
  });

  const active = () => ds.sprints.find((s) => s.state === 'ACTIVE')!;
  const member = () => ds.members.find((m) => m.teamId === ds.teams[0].id && m.allocationPercent === 100)!;

  test("a member change made while capacity is down reaches capacity's copy once it is back", async () => {
    const { userId } = member();
    expect(await allocationOf(active().id, userId)).toBe(100);

    await processes.get('capacity').kill();
    // The change is made and answered: the notice that failed is the job's to deliver.
    await gql(ALLOCATE, { t: ds.teams[0].id, u: userId, a: 50 });
    await processes.get('capacity').restart();
    await router.runtime.jobs.idle();

    expect(await allocationOf(active().id, userId)).toBe(50);
    // Retried until capacity took it (attempts made while it was still starting queue the next).
    expect(noticeJobs.length).toBeGreaterThan(0);
    expect(noticeJobs.every((j) => !j.error)).toBe(true);
  }, 120_000);

  test('a notice delivered at once queues nothing, and the next read sees it', async () => {
    const { userId } = member();
    await router.runtime.jobs.idle();
    noticeJobs.length = 0;
    await gql(ALLOCATE, { t: ds.teams[0].id, u: userId, a: 100 });
    expect(await allocationOf(active().id, userId)).toBe(100);
    await router.runtime.jobs.idle();
    expect(noticeJobs).toEqual([]);
  }, 60_000);
});
