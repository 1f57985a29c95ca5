import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeRuntime, startSubgraphs, type Logger, type Runtime, type SubgraphClient } from '@sprint-reports/core';
import type { Dataset } from '@sprint-reports/demo-data';
import { createTestDatabase, seedTenant, smallTeam, testRuntime } from '@sprint-reports/testing';
import { refreshSprintAnalyses } from '../src/index.ts';

/**
 * The team's holidays only shape the burndown's guideline: when the capacity subgraph fails, the
 * refresh (and with it a JIRA sync) still succeeds, counting weekends only, and says so in a warning.
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let runtime: Runtime;
let ds: Dataset;

beforeAll(async () => {
  database = await createTestDatabase();
  ds = await seedTenant(database, 'refresh-holidays', [smallTeam('Atlas', { sprints: 3, issuesPerSprint: 6, issues: 20 })]);
  runtime = testRuntime(database);
  await startSubgraphs(runtime);
});

afterAll(async () => {
  if (runtime) await closeRuntime(runtime);
  await database?.close();
});

describe('refreshing analyses when capacity fails', () => {
  test('weekends only, a warning, and the analyses written', async () => {
    expect(ds.boards[0].teamId).toBeTruthy();
    // The capacity subgraph unreachable (as a network failure surfaces); every other call goes through.
    const client = Object.assign(Object.create(runtime.client) as SubgraphClient, {
      entities: (name: string, ...rest: unknown[]) =>
        name === 'capacity'
          ? Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:4004'))
          : (runtime.client.entities as (...a: unknown[]) => Promise<unknown>)(name, ...rest),
    });
    const warnings: string[] = [];
    const log = { warn: (_o: unknown, msg: string) => warnings.push(msg) } as unknown as Logger;
    const ids = ds.sprints.filter((s) => s.state !== 'FUTURE').map((s) => s.id);
    expect(await refreshSprintAnalyses({ db: runtime.db, client, log }, ds.tenant.id, ids)).toBe(ids.length);
    expect(warnings).toEqual(["Could not read the teams' holidays from the capacity subgraph; the burndown guideline counts weekends only"]);
  });
});
