import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSecretBox, loadSecretKeys, stableId, withTenant } from '@sprint-reports/core';
import { generateDataset } from '@sprint-reports/demo-data';
import { issuesData } from '@sprint-reports/issues';
import { siteFromDataset, startJiraSim, type JiraSim, type SimRequestLog } from '@sprint-reports/jira-sim';
import { createTestDatabase, FIXED_NOW, smallTeam, syncHarness, tenantNamed, testDatabaseUrl, testRuntime } from '@sprint-reports/testing';

/**
 * A sync process killed (SIGKILL, no chance to clean up) in the middle of a board resumes where it
 * stopped when run again, and ends with the same database as a sync that was never interrupted.
 * Separate processes share the database, so this needs PostgreSQL.
 */
describe.skipIf(!testDatabaseUrl)('npm run sync: killed and resumed', () => {
  const ENCRYPTION_KEY = randomBytes(32).toString('base64');
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let harness: Awaited<ReturnType<typeof syncHarness>>;
  let sim: JiraSim;
  const killed = tenantNamed('killed');
  const clean = tenantNamed('clean');

  const runCli = (connectionId: string) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'router/src/sync-cli.ts', '--connection', connectionId], {
      // JIRA_ALLOW_PRIVATE_HOSTS: the simulator listens on this machine, as an operator's own JIRA might.
      env: { ...process.env, DATABASE_URL: database.url, ENCRYPTION_KEY, LOG_LEVEL: 'silent', REDIS_URL: '', JIRA_ALLOW_PRIVATE_HOSTS: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    return { child, output: () => output };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const secrets = createSecretBox(loadSecretKeys({ ENCRYPTION_KEY }).keys);
    harness = await syncHarness(database, testRuntime(database, { secrets }));
    const ds = generateDataset({
      tenant: { id: clean, name: 'x', slug: 'x' },
      connectionId: stableId('unused'),
      now: FIXED_NOW,
      seed: 5,
      teams: [smallTeam('Atlas', { sprints: 5, issuesPerSprint: 15, issues: 120 }), smallTeam('Borealis', { sprints: 4, issuesPerSprint: 10, issues: 80 })],
    });
    sim = await startJiraSim({ site: siteFromDataset(ds), flavor: 'CLOUD', searchPageSize: 10 });
  });
  afterAll(async () => {
    await sim?.close();
    await harness?.runtime.jobs.close();
    await database?.close();
  });

  test('resumes at the first page it had not written, and ends equal to an uninterrupted sync', async () => {
    const connection = await harness.connect(killed, sim);
    // The 5th page request is never answered: the process is killed while it waits.
    sim.faults = { timeoutEvery: 5, only: /\/search\/jql$/ };
    const held = new Promise<void>((resolve) => sim.on('request', (r: SimRequestLog) => r.status === 0 && resolve()));
    const first = runCli(connection);
    await held;
    first.child.kill('SIGKILL');
    await once(first.child, 'exit');

    const [interrupted] = await withTenant(database.db, killed, (tx) => issuesData.recentRuns(tx, killed, connection, 1));
    expect(interrupted.status).toBe('RUNNING');
    // Pages 1-3 are written; page 4 was being written (the sync reads one page ahead) when the kill came.
    expect([3, 4]).toContain(interrupted.pages);
    expect(interrupted.checkpoint.nextPageToken).toBeTruthy();

    sim.faults = {};
    const searchesBefore = sim.requests.filter((r) => r.path.endsWith('/search/jql')).length;
    const second = runCli(connection);
    const [code] = await once(second.child, 'exit');
    expect(code, second.output()).toBe(0);
    const resumedSearches = sim.requests.filter((r) => r.path.endsWith('/search/jql')).slice(searchesBefore);
    // The first page it asks for is the one after the last it wrote, not the board's first page.
    expect(resumedSearches[0].query.nextPageToken).toBe(interrupted.checkpoint.nextPageToken);

    const [resumed] = await withTenant(database.db, killed, (tx) => issuesData.recentRuns(tx, killed, connection, 1));
    expect(resumed).toMatchObject({ id: interrupted.id, status: 'SUCCEEDED', issuesSynced: 200, errors: [] });

    const run = await harness.sync(clean, await harness.connect(clean, sim));
    expect(run.status).toBe('SUCCEEDED');
    expect(await harness.snapshot(killed)).toEqual(await harness.snapshot(clean));
  });
});
