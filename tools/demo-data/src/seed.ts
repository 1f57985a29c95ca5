import type { Database, SubgraphClient } from '@sprint-reports/core';
import { stableId, withTenant } from '@sprint-reports/core';
import { usersData } from '@sprint-reports/users';
import { sprintsData, refreshSprintAnalyses } from '@sprint-reports/sprints';
import { issuesData } from '@sprint-reports/issues';
import { capacityData } from '@sprint-reports/capacity';
import { type Dataset, type DatasetOptions } from './generate.ts';
import { capacityCopies } from './remote/capacity.ts';

export const DEMO_TENANT_ID = stableId('tenant', 'demo');
/** The demo tenant's JIRA connection: to the bundled simulator. */
export const DEMO_CONNECTION_ID = stableId(DEMO_TENANT_ID, 'connection', 'demo-jira');

/** The demo of `npm start`: three teams, 12 two-week sprints each (one active, one future), 1,500 issues. */
export function demoOptions(now: Date): DatasetOptions {
  return {
    tenant: { id: DEMO_TENANT_ID, name: 'Demo Company', slug: 'demo' },
    now,
    connectionId: DEMO_CONNECTION_ID,
    seed: 2026,
    teams: [
      { name: 'Atlas', boardName: 'Atlas board', projectKey: 'ATL', members: 6, sprints: 12, issuesPerSprint: 34, issues: 500 },
      { name: 'Borealis', boardName: 'Borealis board', projectKey: 'BOR', members: 5, sprints: 12, issuesPerSprint: 30, issues: 500 },
      { name: 'Cobalt', boardName: 'Cobalt board', projectKey: 'COB', members: 4, sprints: 12, issuesPerSprint: 26, issues: 500 },
    ],
  };
}

/**
 * Writes a whole dataset, JIRA's side included, straight through each subgraph's own data module in
 * one transaction scoped to the dataset's tenant, then has the sprints subgraph compute analyses
 * (it reads issue history through federation). Tests use it as the truth a sync is compared with;
 * `npm start` syncs the same dataset from the JIRA simulator instead (tools/demo/src/demo.ts).
 */
export async function seedDataset(db: Database, client: SubgraphClient, ds: Dataset) {
  await withTenant(db, ds.tenant.id, async (t) => {
    await writePeople(t, ds);
    await sprintsData.upsertBoards(t, ds.boards);
    await sprintsData.upsertSprints(t, ds.sprints);
    // Seeded straight, not synced: no JIRA connection row owns these issues.
    await issuesData.upsertIssues(
      t,
      ds.issues.map((i) => ({ ...i, connectionId: null })),
    );
    await issuesData.upsertMemberships(t, ds.memberships);
    await issuesData.insertStatusChanges(t, ds.statusChanges);
    await issuesData.insertEstimateChanges(t, ds.estimateChanges);
    await usersData.upsertTenant(t, ds.tenant);
  });
  const analyses = await refreshSprintAnalyses({ db, client }, ds.tenant.id);
  // Written straight, not through the owners' mutations: capacity copies what it reads of them (its
  // read model), as their mutations would have it do (the refresh told it of the analysed sprints
  // already; every sprint again covers future ones and any left without an analysis).
  await capacityCopies(
    client,
    ds.tenant.id,
    ds.sprints.map((s) => s.id),
    ds.teams.map((t) => t.id),
  );
  return { teams: ds.teams.length, boards: ds.boards.length, sprints: ds.sprints.length, issues: ds.issues.length, analyses };
}

/** The people side of a dataset (users, teams, members, capacity): what JIRA does not hold. In the tenant's scope. */
export async function seedPeople(db: Database, ds: Dataset) {
  await withTenant(db, ds.tenant.id, (t) => writePeople(t, ds));
}

async function writePeople(t: Database, ds: Dataset) {
  await usersData.upsertUsers(t, ds.users);
  await usersData.upsertTeams(t, ds.teams);
  await usersData.upsertTeamMembers(t, ds.members);
  await capacityData.upsertSettings(t, ds.capacitySettings);
  await capacityData.setDaysOff(t, ds.daysOff);
}
