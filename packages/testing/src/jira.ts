import { adHoc } from './ad-hoc.ts';
import { and, asc, eq } from 'drizzle-orm';
import { stableId, startSubgraphs, withTenant, type Database, type DatabaseHandle, type Runtime } from '@sprint-reports/core';
import { issuesTables, sprintsTables } from '@sprint-reports/drizzle';
import { generateDataset, type Dataset, type TeamSpec } from '@sprint-reports/demo-data';
import { DEFAULT_CLOUD_AUTH, DEFAULT_SERVER_AUTH, siteFromDataset, type JiraSim, type JiraSite } from '@sprint-reports/jira-sim';
import { FIXED_NOW, smallTeam } from './fixtures.ts';
import { testRuntime } from './subgraph.ts';

export const tenantNamed = (name: string) => stableId('tenant', name);

/** A small JIRA site for a simulator: one team's board, laid out around FIXED_NOW. */
export function siteDataset(name: string, seed: number, team: Partial<TeamSpec>): Dataset {
  return generateDataset({
    tenant: { id: tenantNamed(name), name, slug: name },
    connectionId: stableId(name, 'connection'),
    now: FIXED_NOW,
    seed,
    teams: [smallTeam('Atlas', team)],
  });
}

export const simSite = (name: string, seed: number, team: Partial<TeamSpec>): JiraSite => siteFromDataset(siteDataset(name, seed, team));

/** Everything a sync test needs: a runtime with every subgraph and its jobs in-process over the test database. */
export async function syncHarness(database: DatabaseHandle, runtime: Runtime = testRuntime(database)) {
  await startSubgraphs(runtime);
  const call = <T = any>(tenantId: string, query: string, variables: Record<string, unknown> = {}) =>
    runtime.client.execute('issues', tenantId, adHoc<T>(query), variables);
  return {
    runtime,
    call,
    /** Adds a connection to the simulator with its credentials, through the API. */
    async connect(tenantId: string, sim: JiraSim, input: Record<string, unknown> = {}) {
      const auth = sim.flavor === 'CLOUD' ? { email: DEFAULT_CLOUD_AUTH.email, apiToken: DEFAULT_CLOUD_AUTH.apiToken } : { apiToken: DEFAULT_SERVER_AUTH.pat };
      const data = await call<{ createJiraConnection: { id: string } }>(
        tenantId,
        `mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id } }`,
        { input: { name: `${sim.flavor} sim`, baseUrl: sim.url, flavor: sim.flavor, syncIntervalMinutes: 0, ...auth, ...input } },
      );
      return data.createJiraConnection.id;
    },
    /** Starts a sync through the API and waits for the job runner to finish it; returns the run. */
    async sync(tenantId: string, connectionId: string, full = false) {
      const { startSync } = await call<{ startSync: { id: string } }>(
        tenantId,
        `mutation($c: ID!, $f: Boolean) { startSync(connectionId: $c, full: $f) { id } }`,
        { c: connectionId, f: full },
      );
      await runtime.jobs.idle();
      return (await call<{ syncRun: SyncRunView }>(tenantId, `query($id: ID!) { syncRun(id: $id) { ${SYNC_RUN_FIELDS} } }`, { id: startSync.id })).syncRun;
    },
    snapshot: (tenantId: string) => snapshot(database, tenantId),
  };
}

export const SYNC_RUN_FIELDS =
  'id status full phase progress pages issuesSynced issuesTotal sprintsSynced boardsSynced issuesDeleted errors warnings startedAt finishedAt';
export interface SyncRunView {
  id: string;
  status: string;
  full: boolean;
  phase: string;
  progress: number | null;
  pages: number;
  issuesSynced: number;
  issuesTotal: number | null;
  sprintsSynced: number;
  boardsSynced: number;
  issuesDeleted: number;
  errors: string[];
  warnings: string[];
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/**
 * A tenant's synced data keyed by JIRA's own ids and keys (not our uuids), so two tenants synced
 * from the same site (say, one under faults) can be compared whole. Read in the tenant's scope.
 */
export const snapshot = (database: DatabaseHandle, tenantId: string) => withTenant(database.db, tenantId, (db) => snapshotOf(db, tenantId));

async function snapshotOf(db: Database, tenantId: string) {
  const { issues, issueSprints, issueStatusChanges, issueEstimateChanges, issueChangelog } = issuesTables;
  const { boards, sprints, sprintAnalyses } = sprintsTables;
  const issueRows = await db.select().from(issues).where(eq(issues.tenantId, tenantId)).orderBy(asc(issues.key));
  const keyOf = new Map(issueRows.map((i) => [i.id, i.key]));
  const sprintRows = await db.select().from(sprints).where(eq(sprints.tenantId, tenantId)).orderBy(asc(sprints.jiraSprintId));
  const jiraSprintOf = new Map(sprintRows.map((s) => [s.id, s.jiraSprintId]));
  const boardRows = await db.select().from(boards).where(eq(boards.tenantId, tenantId)).orderBy(asc(boards.jiraBoardId));
  const jiraBoardOf = new Map(boardRows.map((b) => [b.id, b.jiraBoardId]));
  const sortBy = <T>(rows: T[], key: (r: T) => string) => rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return {
    boards: boardRows.map((b) => ({
      jiraBoardId: b.jiraBoardId,
      name: b.name,
      projectKey: b.projectKey,
      columns: b.columns,
      estimationField: b.estimationField,
    })),
    sprints: sprintRows.map((s) => ({
      jiraSprintId: s.jiraSprintId,
      board: jiraBoardOf.get(s.boardId),
      name: s.name,
      state: s.state,
      goal: s.goal,
      startDate: iso(s.startDate),
      endDate: iso(s.endDate),
      completeDate: iso(s.completeDate),
      deleted: s.deletedAt != null,
    })),
    issues: issueRows.map((i) => ({
      key: i.key,
      jiraId: i.jiraId,
      summary: i.summary,
      type: i.issueType,
      status: i.status,
      statusCategory: i.statusCategory,
      resolution: i.resolution,
      priority: i.priority,
      rank: i.rank,
      storyPoints: i.storyPoints,
      estimateWarning: i.estimateWarning,
      assigneeAccountId: i.assigneeAccountId,
      assigneeId: i.assigneeId,
      components: i.components,
      labels: i.labels,
      discipline: i.discipline,
      createdAt: iso(i.createdAt),
      updatedAt: iso(i.updatedAt),
      resolvedAt: iso(i.resolvedAt),
      deleted: i.deletedAt != null,
    })),
    memberships: sortBy(
      (await db.select().from(issueSprints).where(eq(issueSprints.tenantId, tenantId))).map((m) => ({
        issue: keyOf.get(m.issueId)!,
        sprint: jiraSprintOf.get(m.sprintId) ?? m.sprintId,
        addedAt: iso(m.addedAt),
        removedAt: iso(m.removedAt),
      })),
      (m) => `${m.issue}|${m.sprint}|${m.addedAt}`,
    ),
    statusChanges: sortBy(
      (await db.select().from(issueStatusChanges).where(eq(issueStatusChanges.tenantId, tenantId))).map((s) => ({
        issue: keyOf.get(s.issueId)!,
        at: iso(s.at),
        from: s.fromStatus,
        to: s.toStatus,
        category: s.toCategory,
      })),
      (s) => `${s.issue}|${s.at}|${s.to}`,
    ),
    estimateChanges: sortBy(
      (await db.select().from(issueEstimateChanges).where(eq(issueEstimateChanges.tenantId, tenantId))).map((e) => ({
        issue: keyOf.get(e.issueId)!,
        at: iso(e.at),
        from: e.fromPoints,
        to: e.toPoints,
      })),
      (e) => `${e.issue}|${e.at}`,
    ),
    changelogItems: (await db.select().from(issueChangelog).where(eq(issueChangelog.tenantId, tenantId))).length,
    analyses: sortBy(
      (
        await db
          .select()
          .from(sprintAnalyses)
          .innerJoin(sprints, and(eq(sprints.id, sprintAnalyses.sprintId)))
          .where(eq(sprintAnalyses.tenantId, tenantId))
      ).map(({ sprint_analyses: a, sprints: s }) => ({
        sprint: s.jiraSprintId,
        committed: a.committedPoints,
        completed: a.completedPoints,
        added: a.addedPoints,
        removed: a.removedPoints,
        notCompleted: a.notCompletedPoints,
        issueCount: a.issueCount,
        disciplines: a.disciplineBreakdown,
        burndown: a.burndown,
      })),
      (a) => String(a.sprint).padStart(8, '0'),
    ),
  };
}
