import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { jiraObjectId, type Database } from '@sprint-reports/core';
import { issuesTables } from '@sprint-reports/drizzle';
import type { DerivedIssue } from '../jira/derive.ts';
import type { ChangelogRow, IssueRow } from '../models.ts';

const { issues, issueSprints, issueStatusChanges, issueEstimateChanges, issueChangelog } = issuesTables;

export interface StoreScope {
  tenantId: string;
  connectionId: string;
  /** The run that read these issues (null for webhooks): the deletion sweep keys on it. */
  runId: string | null;
}

/** Postgres takes at most 65,535 bind parameters per statement. */
async function inChunks<T>(rows: T[], size: number, write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

export interface IssueToStore {
  derived: DerivedIssue;
  rawFields: Record<string, unknown>;
  /** The users subgraph's user with the assignee's JIRA account, when there is one. */
  assigneeId?: string | null;
}

const toRow = (scope: StoreScope, { derived: d, rawFields, assigneeId }: IssueToStore): IssueRow => ({
  id: jiraObjectId(scope.tenantId, scope.connectionId, 'issue', d.jiraId),
  tenantId: scope.tenantId,
  connectionId: scope.connectionId,
  jiraId: d.jiraId,
  key: d.key,
  projectKey: d.projectKey,
  summary: d.summary,
  issueType: d.issueType,
  status: d.status,
  statusId: d.statusId,
  statusCategory: d.statusCategory,
  priority: d.priority,
  rank: d.rank,
  storyPoints: d.storyPoints,
  assigneeId: assigneeId ?? null,
  assigneeAccountId: d.assigneeAccountId,
  assigneeName: d.assigneeName,
  components: d.components,
  labels: d.labels,
  discipline: d.discipline,
  parentKey: d.parentKey,
  epicKey: d.epicKey,
  isSubtask: d.isSubtask,
  resolution: d.resolution,
  links: d.links,
  estimateWarning: d.estimateWarning,
  rawFields,
  createdAt: d.createdAt,
  updatedAt: d.updatedAt,
  resolvedAt: d.resolvedAt,
  deletedAt: null,
  lastSeenRunId: scope.runId,
});

const UPDATED_COLUMNS = [
  'key', 'projectKey', 'summary', 'issueType', 'status', 'statusId', 'statusCategory', 'priority', 'rank', 'storyPoints',
  'assigneeAccountId', 'assigneeName', 'components', 'labels', 'discipline', 'parentKey', 'epicKey', 'isSubtask',
  'resolution', 'links', 'estimateWarning', 'rawFields', 'createdAt', 'updatedAt', 'resolvedAt', 'deletedAt',
] as const;

/**
 * Writes issues as JIRA returned them, with their raw change history and the histories derived from
 * it. Safe out of order: a row is only replaced by one JIRA updated at the same time or later, and
 * its derived history only rewritten when the row was. Re-running the same write changes nothing.
 * Returns the ids written and the sprints they were or are in (whose analyses this may change).
 */
export async function storeIssues(
  db: Database,
  scope: StoreScope,
  page: IssueToStore[],
): Promise<{ written: string[]; sprintIds: string[] }> {
  if (!page.length) return { written: [], sprintIds: [] };
  // One JIRA issue may come twice in one batch (two boards): keep the last.
  const rows = [...new Map(page.map((p) => [p.derived.jiraId, toRow(scope, p)])).values()];
  const byId = new Map(page.map((p) => [jiraObjectId(scope.tenantId, scope.connectionId, 'issue', p.derived.jiraId), p.derived]));
  const written: string[] = [];
  await inChunks(rows, 500, async (chunk) => {
    const set = Object.fromEntries(UPDATED_COLUMNS.map((k) => [k, sql.raw(`excluded."${issues[k].name}"`)]));
    const result = await db
      .insert(issues)
      .values(chunk)
      .onConflictDoUpdate({
        target: issues.id,
        set,
        setWhere: sql`${issues.tenantId} = excluded.tenant_id and excluded.updated_at >= ${issues.updatedAt}`,
      })
      .returning({ id: issues.id });
    written.push(...result.map((r) => r.id));
  });
  if (scope.runId) await markSeen(db, scope, rows.map((r) => r.id));
  if (!written.length) return { written, sprintIds: [] };

  const ids = written;
  const before = await sprintsOfIssues(db, scope.tenantId, ids);
  const changelog: ChangelogRow[] = [];
  const memberships: (typeof issueSprints.$inferInsert)[] = [];
  const statuses: (typeof issueStatusChanges.$inferInsert)[] = [];
  const estimates: (typeof issueEstimateChanges.$inferInsert)[] = [];
  const { tenantId, connectionId } = scope;
  for (const issueId of ids) {
    const d = byId.get(issueId)!;
    for (const c of d.changelog) changelog.push({ tenantId, issueId, ...c });
    for (const m of d.memberships) {
      memberships.push({ tenantId, issueId, sprintId: jiraObjectId(tenantId, connectionId, 'sprint', m.jiraSprintId), addedAt: m.addedAt, removedAt: m.removedAt });
    }
    for (const s of d.statusChanges) statuses.push({ tenantId, issueId, ...s });
    for (const e of d.estimateChanges) estimates.push({ tenantId, issueId, ...e });
  }
  // Derived histories are a function of the raw history: replace them whole.
  await inChunks(ids, 2000, async (chunk) => {
    await db.delete(issueSprints).where(and(eq(issueSprints.tenantId, tenantId), inArray(issueSprints.issueId, chunk)));
    await db.delete(issueStatusChanges).where(and(eq(issueStatusChanges.tenantId, tenantId), inArray(issueStatusChanges.issueId, chunk)));
    await db.delete(issueEstimateChanges).where(and(eq(issueEstimateChanges.tenantId, tenantId), inArray(issueEstimateChanges.issueId, chunk)));
  });
  await inChunks(changelog, 4000, (chunk) => db.insert(issueChangelog).values(chunk).onConflictDoNothing());
  await inChunks(dedupe(memberships, (m) => `${m.issueId}|${m.sprintId}|${m.addedAt.toISOString()}`), 5000, (chunk) => db.insert(issueSprints).values(chunk));
  await inChunks(dedupe(statuses, (s) => `${s.issueId}|${s.at.toISOString()}|${s.toStatus}`), 5000, (chunk) => db.insert(issueStatusChanges).values(chunk));
  await inChunks(dedupe(estimates, (e) => `${e.issueId}|${e.at.toISOString()}`), 5000, (chunk) => db.insert(issueEstimateChanges).values(chunk));
  return { written, sprintIds: [...new Set([...before, ...memberships.map((m) => m.sprintId)])] };
}

/** JIRA can record two changes of one field in the same millisecond; the tables key on time. */
function dedupe<T>(rows: T[], key: (row: T) => string): T[] {
  return [...new Map(rows.map((r) => [key(r), r])).values()];
}

/** Records that the run saw these issues in JIRA (and that they exist again if they were deleted). */
export async function markSeen(db: Database, scope: StoreScope, ids: string[]) {
  await inChunks(ids, 5000, (chunk) =>
    db
      .update(issues)
      .set({ lastSeenRunId: scope.runId, deletedAt: null })
      .where(and(eq(issues.tenantId, scope.tenantId), inArray(issues.id, chunk))),
  );
}

/** Issues of the connection the run did not see: deleted in JIRA (or moved out of every board). */
export async function markUnseenDeleted(db: Database, scope: StoreScope & { runId: string }, at: Date) {
  const rows = await db
    .update(issues)
    .set({ deletedAt: at })
    .where(
      and(
        eq(issues.tenantId, scope.tenantId),
        eq(issues.connectionId, scope.connectionId),
        isNull(issues.deletedAt),
        sql`${issues.lastSeenRunId} is distinct from ${scope.runId}`,
      ),
    )
    .returning({ id: issues.id });
  return rows.map((r) => r.id);
}

export async function markDeleted(db: Database, scope: StoreScope, jiraId: string, at: Date) {
  return db
    .update(issues)
    .set({ deletedAt: at })
    .where(and(eq(issues.tenantId, scope.tenantId), eq(issues.connectionId, scope.connectionId), eq(issues.jiraId, jiraId), isNull(issues.deletedAt)))
    .returning({ id: issues.id });
}

/** The sprints the issues are or were in: their analyses depend on these issues. */
export async function sprintsOfIssues(db: Database, tenantId: string, issueIds: string[]): Promise<string[]> {
  if (!issueIds.length) return [];
  const out = new Set<string>();
  await inChunks(issueIds, 5000, async (chunk) => {
    const rows = await db
      .selectDistinct({ sprintId: issueSprints.sprintId })
      .from(issueSprints)
      .where(and(eq(issueSprints.tenantId, tenantId), inArray(issueSprints.issueId, chunk)));
    for (const r of rows) out.add(r.sprintId);
  });
  return [...out];
}

/** Issue ids of a connection by JIRA id (the id-only sweep of incremental syncs). */
export async function idsByJiraIds(db: Database, scope: StoreScope, jiraIds: string[]) {
  if (!jiraIds.length) return [];
  const rows = await db
    .select({ id: issues.id })
    .from(issues)
    .where(and(eq(issues.tenantId, scope.tenantId), eq(issues.connectionId, scope.connectionId), inArray(issues.jiraId, jiraIds)));
  return rows.map((r) => r.id);
}

export const activeIssueCount = (db: Database, tenantId: string, connectionId: string) =>
  db
    .select({ n: sql<number>`count(*)::int` })
    .from(issues)
    .where(and(eq(issues.tenantId, tenantId), eq(issues.connectionId, connectionId), isNull(issues.deletedAt), ne(issues.key, '')));
