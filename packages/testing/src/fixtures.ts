import { createLogger, SubgraphClient, stableId, type DatabaseHandle } from '@sprint-reports/core';
import { generateDataset, seedDataset, type Dataset, type TeamSpec } from '@sprint-reports/demo-data';
import { localSubgraphs } from '@sprint-reports/router/src/embedded.ts';
import { loadConfig } from '@sprint-reports/core';

/** Fixed "now" for deterministic datasets: a Wednesday in the active sprint. */
export const FIXED_NOW = new Date('2026-03-11T12:00:00Z');

/** Seeds one tenant with the given teams through the real write path; returns the dataset. */
export async function seedTenant(database: DatabaseHandle, slug: string, teams: TeamSpec[], seed = 7): Promise<Dataset> {
  const config = loadConfig({ NODE_ENV: 'test' });
  const client = new SubgraphClient(localSubgraphs(config, database.db, createLogger('silent')), {});
  const ds = generateDataset({ tenant: { id: stableId('tenant', slug), name: slug, slug }, teams, now: FIXED_NOW, seed });
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
