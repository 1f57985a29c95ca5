import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeRuntime, createJobRunner, createLogger, startSubgraphs, stableId, type Runtime } from '@sprint-reports/core';
import { generateDataset } from '@sprint-reports/demo-data';
import { siteFromDataset, startJiraSim, type JiraSim } from '@sprint-reports/jira-sim';
import { adHoc, createTestDatabase, FIXED_NOW, smallTeam, syncHarness, tenantNamed, testRuntime, testSecrets } from '@sprint-reports/testing';

/**
 * With REDIS_URL, syncs are BullMQ jobs: queued by one process, run by whichever worker takes them.
 * Two runtimes over one database and one Redis stand for two processes.
 */
describe.skipIf(!process.env.REDIS_URL)('syncs as BullMQ jobs on Redis', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let sim: JiraSim;
  const runtimes: Runtime[] = [];
  const tenant = tenantNamed('redis');

  const process_ = async (secrets: ReturnType<typeof testSecrets>, prefix: string) => {
    const jobs = createJobRunner({ redisUrl: process.env.REDIS_URL, log: createLogger('silent'), prefix });
    const runtime = testRuntime(database, { secrets, jobs });
    await startSubgraphs(runtime);
    runtimes.push(runtime);
    return runtime;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const ds = generateDataset({
      tenant: { id: tenant, name: 'r', slug: 'r' },
      connectionId: stableId('x'),
      now: FIXED_NOW,
      seed: 3,
      teams: [smallTeam('Atlas', { sprints: 4, issues: 90 })],
    });
    sim = await startJiraSim({ site: siteFromDataset(ds), flavor: 'CLOUD' });
  });
  afterAll(async () => {
    await Promise.all(runtimes.map((r) => closeRuntime(r)));
    await sim?.close();
    await database?.close();
  });

  test('a sync queued in one process runs in a worker of either; asking twice while it runs gives the same run', async () => {
    const secrets = testSecrets();
    const prefix = `sr-test-${randomUUID()}`;
    const a = await process_(secrets, prefix);
    const b = await process_(secrets, prefix);
    expect(a.jobs.kind).toBe('bullmq');
    const harness = await syncHarness(database, a);
    const connection = await harness.connect(tenant, sim);

    const settled = new Promise<{ jobId: string; error?: string }>((resolve) => {
      for (const r of [a, b]) r.jobs.events.on('settled', (e) => e.name === 'issues.sync' && resolve(e));
    });
    const start = `mutation($c: ID!) { startSync(connectionId: $c) { id status } }`;
    const first = await a.client.execute('issues', tenant, adHoc<{ startSync: { id: string } }>(start), { c: connection });
    const second = await b.client.execute('issues', tenant, adHoc<{ startSync: { id: string } }>(start), { c: connection });
    expect(second.startSync.id).toBe(first.startSync.id);

    expect(await settled).toMatchObject({ jobId: first.startSync.id });
    expect(await a.client.execute('issues', tenant, adHoc(`query($id: ID!) { syncRun(id: $id) { status issuesSynced } }`), { id: first.startSync.id })).toEqual(
      {
        syncRun: { status: 'SUCCEEDED', issuesSynced: 90 },
      },
    );
  });
});
