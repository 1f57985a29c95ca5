import { and, asc, count, desc, eq, gt, inArray, isNull, max, sql } from 'drizzle-orm';
import { inChunks, upsertOn, type Database } from '@sprint-reports/core';
import { issuesTables } from '@sprint-reports/drizzle';
import type { ConnectionRow, EstimateChangeRow, IssueRow, MembershipRow, StatusChangeRow } from '../models.ts';

const { issues, issueSprints, issueStatusChanges, issueEstimateChanges, issueChangelog, jiraConnections } = issuesTables;

// Reads: scoped to the tenant, batched by key.

export const issuesByIds = (db: Database, tenantId: string, ids: readonly string[]) =>
  db
    .select()
    .from(issues)
    .where(and(eq(issues.tenantId, tenantId), inArray(issues.id, [...ids])));

/**
 * A project's open issues (see Query.openIssues), in board rank order, as queue planning reads
 * them: the columns it needs, the Original Estimate in hours and the sprints each is in now, in
 * one statement (not the raw fields: a backlog has thousands of issues).
 */
export const openIssuesOfProject = (db: Database, tenantId: string, projectKey: string) =>
  db
    .select({
      id: issues.id,
      key: issues.key,
      rank: issues.rank,
      priority: issues.priority,
      storyPoints: issues.storyPoints,
      originalEstimate: sql<
        number | null
      >`case when jsonb_typeof(${issues.rawFields}->'timeoriginalestimate') = 'number' and (${issues.rawFields}->>'timeoriginalestimate')::float8 >= 0
        then (${issues.rawFields}->>'timeoriginalestimate')::float8 / 3600 end`,
      statusId: issues.statusId,
      statusCategory: issues.statusCategory,
      issueType: issues.issueType,
      components: issues.components,
      labels: issues.labels,
      discipline: issues.discipline,
      assigneeId: issues.assigneeId,
      links: issues.links,
      openSprintIds: sql<
        string[]
      >`coalesce((select array_agg(m.sprint_id::text order by m.sprint_id) from ${issueSprints} m where m.issue_id = ${issues.id} and m.removed_at is null), '{}')`,
    })
    .from(issues)
    .where(
      and(
        eq(issues.tenantId, tenantId),
        eq(issues.projectKey, projectKey),
        isNull(issues.deletedAt),
        eq(issues.isSubtask, false),
        sql`${issues.statusCategory} <> 'DONE'`,
      ),
    )
    .orderBy(sql`${issues.rank} asc nulls last`, asc(issues.key));

/** Two connected sites may share a key: the loader keeps the last row, so live and recent rows sort last. */
export const issuesByKeys = (db: Database, tenantId: string, keys: readonly string[]) =>
  db
    .select()
    .from(issues)
    .where(and(eq(issues.tenantId, tenantId), inArray(issues.key, [...keys])))
    .orderBy(sql`${issues.deletedAt} is null`, asc(issues.updatedAt));

/** Issues still in each sprint (not taken out while it ran), in rank order. */
export const issuesInSprints = (db: Database, tenantId: string, sprintIds: readonly string[]) =>
  db
    .select({ sprintId: issueSprints.sprintId, issue: issues })
    .from(issueSprints)
    .innerJoin(issues, and(eq(issues.id, issueSprints.issueId), eq(issues.tenantId, tenantId), isNull(issues.deletedAt)))
    .where(and(eq(issueSprints.tenantId, tenantId), inArray(issueSprints.sprintId, [...sprintIds]), isNull(issueSprints.removedAt)))
    .orderBy(asc(issues.rank), asc(issues.key));

export const membershipsByIssueIds = (db: Database, tenantId: string, issueIds: readonly string[]) =>
  db
    .select()
    .from(issueSprints)
    .where(and(eq(issueSprints.tenantId, tenantId), inArray(issueSprints.issueId, [...issueIds])))
    .orderBy(asc(issueSprints.addedAt));

/**
 * Every membership of every (live) issue that has been in one of the sprints, in any sprint,
 * oldest first, with what the facts need of the issue: one statement gives both the sprints'
 * facts and each issue's whole sprint history (carry-over).
 */
export const membershipsOfSprintIssues = (db: Database, tenantId: string, sprintIds: readonly string[]) =>
  db
    .select({
      membership: issueSprints,
      discipline: issues.discipline,
      key: issues.key,
      parentKey: issues.parentKey,
      isSubtask: issues.isSubtask,
      storyPoints: issues.storyPoints,
      statusId: issues.statusId,
      statusCategory: issues.statusCategory,
      resolution: issues.resolution,
      createdAt: issues.createdAt,
      issueType: issues.issueType,
      components: issues.components,
      labels: issues.labels,
      assigneeId: issues.assigneeId,
      // JIRA's current Original Estimate (seconds) as it sent it; only this value of the raw fields.
      originalEstimate: sql<string | null>`${issues.rawFields}->>'timeoriginalestimate'`,
    })
    .from(issueSprints)
    .innerJoin(issues, and(eq(issues.id, issueSprints.issueId), eq(issues.tenantId, tenantId), isNull(issues.deletedAt)))
    .where(
      and(
        eq(issueSprints.tenantId, tenantId),
        inArray(
          issueSprints.issueId,
          db
            .select({ issueId: issueSprints.issueId })
            .from(issueSprints)
            .where(and(eq(issueSprints.tenantId, tenantId), inArray(issueSprints.sprintId, [...sprintIds]))),
        ),
      ),
    )
    .orderBy(asc(issueSprints.addedAt), asc(issueSprints.sprintId));

export const estimateChanges = (db: Database, tenantId: string, issueIds: readonly string[]) =>
  db
    .select()
    .from(issueEstimateChanges)
    .where(and(eq(issueEstimateChanges.tenantId, tenantId), inArray(issueEstimateChanges.issueId, [...issueIds])))
    .orderBy(asc(issueEstimateChanges.at));

export const statusChanges = (db: Database, tenantId: string, issueIds: readonly string[]) =>
  db
    .select()
    .from(issueStatusChanges)
    .where(and(eq(issueStatusChanges.tenantId, tenantId), inArray(issueStatusChanges.issueId, [...issueIds])))
    .orderBy(asc(issueStatusChanges.at));

/** JIRA's changelog fields the facts read besides the derived histories. */
export const FACT_CHANGELOG_FIELDS = ['resolution', 'timeoriginalestimate'] as const;

/** Resolution and Original Estimate changes from the stored changelog, oldest first. */
export const factChangelog = (db: Database, tenantId: string, issueIds: readonly string[]) =>
  db
    .select({
      issueId: issueChangelog.issueId,
      at: issueChangelog.at,
      field: issueChangelog.field,
      historyId: issueChangelog.historyId,
      itemIndex: issueChangelog.itemIndex,
      fromValue: issueChangelog.fromValue,
      fromString: issueChangelog.fromString,
      toValue: issueChangelog.toValue,
      toString: issueChangelog.toString,
    })
    .from(issueChangelog)
    .where(
      and(eq(issueChangelog.tenantId, tenantId), inArray(issueChangelog.issueId, [...issueIds]), inArray(issueChangelog.field, [...FACT_CHANGELOG_FIELDS])),
    )
    .orderBy(asc(issueChangelog.at), asc(issueChangelog.itemIndex));

// Writes: idempotent upserts, in chunks that stay under Postgres' bind-parameter limit.

export const upsertIssues = (db: Database, rows: IssueRow[]) =>
  inChunks(rows, 500, (chunk) =>
    db
      .insert(issues)
      .values(chunk)
      .onConflictDoUpdate(
        upsertOn(issues, issues.id, [
          'summary',
          'issueType',
          'status',
          'statusCategory',
          'priority',
          'rank',
          'storyPoints',
          'assigneeId',
          'components',
          'labels',
          'discipline',
          'parentKey',
          'epicKey',
          'updatedAt',
          'resolvedAt',
        ]),
      ),
  );

export const upsertMemberships = (db: Database, rows: MembershipRow[]) =>
  inChunks(rows, 1000, (chunk) =>
    db
      .insert(issueSprints)
      .values(chunk)
      .onConflictDoUpdate(upsertOn(issueSprints, [issueSprints.issueId, issueSprints.sprintId, issueSprints.addedAt], ['removedAt'])),
  );

export const insertStatusChanges = (db: Database, rows: StatusChangeRow[]) =>
  inChunks(rows, 1000, (chunk) => db.insert(issueStatusChanges).values(chunk).onConflictDoNothing());

export const insertEstimateChanges = (db: Database, rows: EstimateChangeRow[]) =>
  inChunks(rows, 1000, (chunk) => db.insert(issueEstimateChanges).values(chunk).onConflictDoNothing());

// JIRA connections. Reads never select the sealed secrets into API rows by accident: resolvers
// expose fields one by one, and the sealed columns have no GraphQL field.

export const connectionsOfTenant = (db: Database, tenantId: string) =>
  db.select().from(jiraConnections).where(eq(jiraConnections.tenantId, tenantId)).orderBy(asc(jiraConnections.name));

export const connectionsByIds = (db: Database, tenantId: string, ids: readonly string[]) =>
  db
    .select()
    .from(jiraConnections)
    .where(and(eq(jiraConnections.tenantId, tenantId), inArray(jiraConnections.id, [...ids])));

/** By id alone: in the system scope, to learn a connection's tenant (webhooks, old jobs); in a tenant's scope, row-level security keeps it to that tenant's. */
export const connectionById = async (db: Database, id: string) => (await db.select().from(jiraConnections).where(eq(jiraConnections.id, id)))[0] ?? null;

/** Every tenant's connections (system scope): what the issues subgraph schedules at start. */
export const allConnections = (db: Database) => db.select().from(jiraConnections).orderBy(desc(jiraConnections.createdAt));

export { runById as syncRunById, recentRuns } from './sync-runs.ts';

/** The project of each stored issue (deleted ones too), for live events (events.ts placesOf). */
export const projectsOfIssues = (db: Database, tenantId: string, ids: readonly string[]) =>
  db
    .select({ id: issues.id, projectKey: issues.projectKey })
    .from(issues)
    .where(and(eq(issues.tenantId, tenantId), inArray(issues.id, [...ids])));

/** Every sprint each issue has been in (deleted issues too), for live events. */
export const sprintsOfIssueIds = (db: Database, tenantId: string, ids: readonly string[]) =>
  db
    .selectDistinct({ issueId: issueSprints.issueId, sprintId: issueSprints.sprintId })
    .from(issueSprints)
    .where(and(eq(issueSprints.tenantId, tenantId), inArray(issueSprints.issueId, [...ids])));

/** The issues ever in each sprint, summed up: how many, how many deleted, the newest change (a sprint report's fingerprint, sync/sprint-reports.ts). */
export async function issueStatsOfSprints(db: Database, tenantId: string, sprintIds: string[]) {
  if (!sprintIds.length) return new Map<string, string>();
  const rows = await db
    .select({
      sprintId: issueSprints.sprintId,
      issues: count(),
      deleted: sql<number>`count(${issues.deletedAt})`.mapWith(Number),
      updated: max(issues.updatedAt),
    })
    .from(issueSprints)
    .innerJoin(issues, eq(issues.id, issueSprints.issueId))
    .where(and(eq(issueSprints.tenantId, tenantId), inArray(issueSprints.sprintId, sprintIds)))
    .groupBy(issueSprints.sprintId);
  return new Map(rows.map((r) => [r.sprintId, `${r.issues}/${r.deleted}/${r.updated?.toISOString() ?? ''}`]));
}

// The re-derivation of estimates (sync/rederive.ts) and webhooks (sync/webhooks.ts).

/** A page of a connection's issues after `after` by id, with their raw fields. */
export const rawFieldsAfter = (db: Database, tenantId: string, connectionId: string, after: string, limit: number) =>
  db
    .select({ id: issues.id, rawFields: issues.rawFields })
    .from(issues)
    .where(and(eq(issues.tenantId, tenantId), eq(issues.connectionId, connectionId), gt(issues.id, after)))
    .orderBy(asc(issues.id))
    .limit(limit);

export const changelogOfIssues = (db: Database, tenantId: string, issueIds: readonly string[]) =>
  db
    .select()
    .from(issueChangelog)
    .where(and(eq(issueChangelog.tenantId, tenantId), inArray(issueChangelog.issueId, [...issueIds])));

/** An issue's stored change items, in JIRA's order. */
export const changelogOfIssue = (db: Database, tenantId: string, issueId: string) =>
  db
    .select()
    .from(issueChangelog)
    .where(and(eq(issueChangelog.tenantId, tenantId), eq(issueChangelog.issueId, issueId)))
    .orderBy(asc(issueChangelog.at), asc(issueChangelog.historyId), asc(issueChangelog.itemIndex));

/** Adds change items; those already stored (by history id and index) stay. */
export const addChangelogItems = (db: Database, rows: (typeof issueChangelog.$inferInsert)[]) => db.insert(issueChangelog).values(rows).onConflictDoNothing();

export const deleteEstimateChanges = (db: Database, tenantId: string, issueIds: readonly string[]) =>
  db.delete(issueEstimateChanges).where(and(eq(issueEstimateChanges.tenantId, tenantId), inArray(issueEstimateChanges.issueId, [...issueIds])));

/** An issue's estimate as derived again, and its estimate changes (the old ones deleted first). */
export async function rewriteEstimates(
  db: Database,
  issueId: string,
  estimate: Pick<IssueRow, 'storyPoints' | 'estimateWarning'>,
  changes: (typeof issueEstimateChanges.$inferInsert)[],
) {
  await db.update(issues).set(estimate).where(eq(issues.id, issueId));
  if (changes.length) await db.insert(issueEstimateChanges).values(changes);
}

// JIRA connections' writes (sync/connections.ts).

export const updateConnectionRow = async (db: Database, tenantId: string, id: string, set: Partial<ConnectionRow>): Promise<ConnectionRow> =>
  (
    await db
      .update(jiraConnections)
      .set(set)
      .where(and(eq(jiraConnections.tenantId, tenantId), eq(jiraConnections.id, id)))
      .returning()
  )[0];

/** By id alone: call it in the connection's tenant's scope (row-level security keeps it there). */
export const setConnectionFields = (db: Database, id: string, set: Partial<ConnectionRow>) =>
  db.update(jiraConnections).set(set).where(eq(jiraConnections.id, id));

/** A connection and the issues synced through it (their sprints, changes and changelog go with them by cascade). */
export async function deleteConnectionRows(db: Database, tenantId: string, id: string): Promise<void> {
  await db.delete(issues).where(and(eq(issues.tenantId, tenantId), eq(issues.connectionId, id)));
  await db.delete(jiraConnections).where(and(eq(jiraConnections.tenantId, tenantId), eq(jiraConnections.id, id)));
}

export const insertConnection = async (db: Database, row: typeof jiraConnections.$inferInsert): Promise<ConnectionRow> =>
  (await db.insert(jiraConnections).values(row).returning())[0];
