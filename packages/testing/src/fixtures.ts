import { afterAll, beforeAll } from 'vitest';
import { stableId, type DatabaseHandle, type SubgraphModule } from '@sprint-reports/core';
import { generateDataset, seedDataset, type Dataset, type TeamSpec } from '@sprint-reports/demo-data';
import { createTestDatabase } from './database.ts';
import { subgraphCaller, testRuntime } from './subgraph.ts';

/** Fixed "now" for deterministic datasets: a Wednesday in the active sprint. */
export const FIXED_NOW = new Date('2026-03-11T12:00:00Z');

/** A client that reaches every subgraph in-process over this database (what background work uses). */
export const localClient = (database: DatabaseHandle) => testRuntime(database).client;

/** Seeds one tenant with the given teams through the real write path; returns the dataset. */
export async function seedTenant(database: DatabaseHandle, slug: string, teams: TeamSpec[], seed = 7): Promise<Dataset> {
  const client = localClient(database);
  const tenantId = stableId('tenant', slug);
  const ds = generateDataset({
    tenant: { id: tenantId, name: slug, slug },
    teams,
    now: FIXED_NOW,
    connectionId: stableId(tenantId, 'connection', 'test'),
    seed,
  });
  await seedDataset(database.db, client, ds);
  return ds;
}

export const smallTeam = (name: string, overrides: Partial<TeamSpec> = {}): TeamSpec => ({
  name,
  boardName: `${name} board`,
  projectKey: name.slice(0, 3).toUpperCase(),
  members: 5,
  sprints: 6,
  issuesPerSprint: 20,
  issues: 150,
  ...overrides,
});

export type SeededDatabase<Slug extends string> = {
  database: Awaited<ReturnType<typeof createTestDatabase>>;
  /** Runs an operation on the subgraph under test as the given tenant (as the router would). */
  call: <T = any>(tenantId: string, query: string, variables?: Record<string, unknown>) => Promise<T>;
} & Record<Slug, Dataset>;

/**
 * A test file's database: created and seeded with these tenants before its tests (through the
 * real write path), dropped after them. Properties are filled in by the time tests run.
 */
export function useSeededDatabase<Slug extends string>(tenants: Record<Slug, TeamSpec[]>, module?: SubgraphModule<unknown>): SeededDatabase<Slug> {
  const seeded = {} as SeededDatabase<Slug>;
  beforeAll(async () => {
    seeded.database = await createTestDatabase();
    for (const [slug, teams] of Object.entries(tenants) as [Slug, TeamSpec[]][]) {
      (seeded as Record<Slug, Dataset>)[slug] = await seedTenant(seeded.database, slug, teams);
    }
    if (module) seeded.call = subgraphCaller(seeded.database, module);
  });
  afterAll(() => seeded.database?.close());
  return seeded;
}
