import { and, eq, getTableColumns, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { inChunks, jiraObjectId, type Database } from '@sprint-reports/core';
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

/** Per table: its columns' property names, in order, and the select list that reads them back from a JSON array. */
const rowShapes = new WeakMap<PgTable, { keys: string[]; select: string }>();
function rowShapeOf(table: PgTable) {
  let shape = rowShapes.get(table);
  if (!shape) {
    const columns = Object.entries(getTableColumns(table));
    const read = (type: string, i: number) =>
      // A JSON null is SQL NULL, as a null parameter would be (`->` alone would give the jsonb value null).
      type === 'jsonb' || type === 'json' ? `nullif(r->${i}, 'null'::jsonb)::${type}` : type === 'text' ? `r->>${i}` : `(r->>${i})::${type}`;
    shape = { keys: columns.map(([key]) => key), select: columns.map(([, c], i) => read(c.getSQLType(), i)).join(', ') };
    rowShapes.set(table, shape);
  }
  return shape;
}

/** JSON.stringify writes a lone UTF-16 surrogate as an escape PostgreSQL rejects; a text parameter would carry U+FFFD. */
const LONE_SURROGATE = /(?<!\\)((?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/g;
const wellFormedJson = (json: string) => (json.includes('\\ud') ? json.replace(LONE_SURROGATE, '$1\\ufffd') : json);

/**
 * `select <every column of table> from jsonb_array_elements($1)`, for `insert … select`: the rows go
 * as one JSON parameter, each row an array of its column values in table order. Drizzle's
 * multi-row VALUES binds and maps every value on its own, which costs more time than the database
 * spends on the insert; one JSON.stringify per statement costs little, jsonb reads fastest on the
 * server (faster than json_to_recordset, and without repeating column names per row), and each
 * value is converted with its column type's input function, as a text parameter is (Dates go as
 * ISO strings). A missing value is NULL, not the column's default (no caller omits a column that
 * has one).
 */
function jsonRows(table: PgTable, rows: object[]): SQL {
  const { keys, select } = rowShapeOf(table);
  const json = JSON.stringify(rows.map((row) => keys.map((k) => (row as Record<string, unknown>)[k])));
  return sql`select ${sql.raw(select)} from jsonb_array_elements(${wellFormedJson(json)}::jsonb) r`;
}

/** The position of a column (by property name) in the arrays jsonRows reads. */
const positionOf = (table: PgTable, key: string) => rowShapeOf(table).keys.indexOf(key);

/** Rows of db.execute: postgres.js returns them as an array, PGlite in `rows`. */
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

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
  'key',
  'projectKey',
  'summary',
  'issueType',
  'status',
  'statusId',
  'statusCategory',
  'priority',
  'rank',
  'storyPoints',
  'assigneeAccountId',
  'assigneeName',
  'components',
  'labels',
  'discipline',
  'parentKey',
  'epicKey',
  'isSubtask',
  'resolution',
  'links',
  'estimateWarning',
  'rawFields',
  'createdAt',
  'updatedAt',
  'resolvedAt',
  'deletedAt',
] as const;

const UPSERT_SET = {
  ...Object.fromEntries(UPDATED_COLUMNS.map((k) => [k, sql.raw(`excluded."${issues[k].name}"`)])),
  // What markSeen does, for the rows written here; a webhook (no run) leaves it as it was.
  lastSeenRunId: sql`coalesce(excluded.last_seen_run_id, ${issues.lastSeenRunId})`,
};

type Membership = typeof issueSprints.$inferInsert;
type StatusChange = typeof issueStatusChanges.$inferInsert;
type EstimateChange = typeof issueEstimateChanges.$inferInsert;

/** One issue's rows: the issue, its raw change items and its derived histories. */
interface IssueRows {
  row: IssueRow;
  changelog: ChangelogRow[];
  memberships: Membership[];
  statuses: StatusChange[];
  estimates: EstimateChange[];
}

/** The derived histories' tables, in the order the statements below write them, with each one's key. */
const HISTORIES = [
  { table: issueChangelog, rows: (r: IssueRows) => r.changelog, key: null },
  { table: issueSprints, rows: (r: IssueRows) => r.memberships, key: (m: Membership) => `${m.issueId}|${m.sprintId}|${m.addedAt.toISOString()}` },
  { table: issueStatusChanges, rows: (r: IssueRows) => r.statuses, key: (s: StatusChange) => `${s.issueId}|${s.at.toISOString()}|${s.toStatus}` },
  { table: issueEstimateChanges, rows: (r: IssueRows) => r.estimates, key: (e: EstimateChange) => `${e.issueId}|${e.at.toISOString()}` },
] as const;

/** Up to this many issues per statement. */
const ISSUES_PER_STATEMENT = 1000;

/** A page of issues turned into rows and statements, ready to write: the work a transaction need not wait for. (db only builds them.) */
export interface PreparedIssues {
  chunks: { issues: IssueRows[]; insert: SQL }[];
}

/**
 * The rows of a page and the statement that writes them when they are new: the issues' upsert,
 * and in the same statement the change items and histories of the issues it inserted (an issue
 * just inserted has none stored; the foreign keys are checked at the end of the statement).
 */
export function prepareIssues(db: Database, scope: StoreScope, page: IssueToStore[]): PreparedIssues {
  const { tenantId, connectionId } = scope;
  // One JIRA issue may come twice in one batch (two boards): keep the last.
  const last = [...new Map(page.map((p) => [p.derived.jiraId, p])).values()];
  const all: IssueRows[] = last.map((p) => {
    const row = toRow(scope, p);
    const issueId = row.id;
    const d = p.derived;
    return {
      row,
      changelog: d.changelog.map((c) => ({ tenantId, issueId, ...c })),
      memberships: d.memberships.map((m) => ({
        tenantId,
        issueId,
        sprintId: jiraObjectId(tenantId, connectionId, 'sprint', m.jiraSprintId),
        addedAt: m.addedAt,
        removedAt: m.removedAt,
      })),
      statuses: d.statusChanges.map((s) => ({ tenantId, issueId, ...s })),
      estimates: d.estimateChanges.map((e) => ({ tenantId, issueId, ...e })),
    };
  });
  const chunks = [];
  for (let i = 0; i < all.length; i += ISSUES_PER_STATEMENT) {
    const chunk = all.slice(i, i + ISSUES_PER_STATEMENT);
    const upsert = upsertIssues(
      db,
      chunk.map((c) => c.row),
    );
    const ofInserted = (table: PgTable) => sql`where (r->>${sql.raw(String(positionOf(table, 'issueId')))})::uuid in (select id from up where inserted)`;
    const histories = historyInserts(db, chunk, ofInserted);
    const ctes = [sql`up (id, inserted) as (${upsert})`, ...histories.map((q, n) => sql`${sql.raw(`h${n}`)} as (${q})`)];
    chunks.push({ issues: chunk, insert: sql`with ${sql.join(ctes, sql`, `)} select id, inserted from up` });
  }
  return { chunks };
}

/** The issues' upsert: a row is replaced only by one JIRA updated at the same time or later. */
function upsertIssues(db: Database, rows: IssueRow[]): SQL {
  return (
    db
      .insert(issues)
      .select(jsonRows(issues, rows))
      .onConflictDoUpdate({
        target: issues.id,
        set: UPSERT_SET,
        setWhere: sql`${issues.tenantId} = excluded.tenant_id and excluded.updated_at >= ${issues.updatedAt}`,
      })
      // xmax is 0 on a row this statement inserted; a row it updated carries the lock ON CONFLICT took.
      .returning({ id: issues.id, inserted: sql<boolean>`xmax = 0` })
      .getSQL()
  );
}

/** Inserts of the issues' change items and derived histories, each selecting its rows `where`. */
function historyInserts(db: Database, of: IssueRows[], where?: (table: PgTable) => SQL): SQL[] {
  const out: SQL[] = [];
  for (const h of HISTORIES) {
    let rows: object[] = of.flatMap((r) => h.rows(r) as object[]);
    if (!rows.length) continue;
    // JIRA can record two changes of one field in the same millisecond; the tables key on time.
    if (h.key) rows = dedupe(rows, h.key as (row: object) => string);
    const select = where ? sql`${jsonRows(h.table, rows)} ${where(h.table)}` : jsonRows(h.table, rows);
    const insert = db.insert(h.table).select(select);
    out.push((h.table === issueChangelog ? insert.onConflictDoNothing() : insert).getSQL());
  }
  return out;
}

/** One statement for several inserts (data-modifying WITH; different tables, so their order does not matter). */
function allOf(inserts: SQL[]): SQL {
  const last = inserts.at(-1)!;
  return inserts.length > 1
    ? sql`with ${sql.join(
        inserts.slice(0, -1).map((q, n) => sql`${sql.raw(`w${n}`)} as (${q})`),
        sql`, `,
      )} ${last}`
    : last;
}

/**
 * Writes issues as JIRA returned them, with their raw change history and the histories derived from
 * it. Safe out of order: a row is only replaced by one JIRA updated at the same time or later, and
 * its derived history only rewritten when the row was. Re-running the same write changes nothing.
 * Returns the ids written and the sprints they were or are in (whose analyses this may change).
 */
export async function storeIssues(db: Database, scope: StoreScope, page: IssueToStore[]): Promise<{ written: string[]; sprintIds: string[] }> {
  return writeIssues(db, scope, prepareIssues(db, scope, page));
}

/**
 * storeIssues for a prepared page. New issues take one statement (prepareIssues'); issues it
 * updated take two more: one deletes their derived histories (returning the sprints they were in),
 * one inserts the new ones. Rows older than what is stored are only marked seen by the run.
 */
export async function writeIssues(db: Database, scope: StoreScope, prepared: PreparedIssues): Promise<{ written: string[]; sprintIds: string[] }> {
  const { tenantId } = scope;
  const written: string[] = [];
  const sprintIds = new Set<string>();
  for (const chunk of prepared.chunks) {
    const result = rowsOf<{ id: string; inserted: boolean }>(await db.execute(chunk.insert));
    const updated = new Set<string>();
    const writtenHere = new Set<string>();
    for (const r of result) {
      writtenHere.add(r.id);
      if (r.inserted !== true) updated.add(r.id); // anything but a clear "inserted" takes the safe path
    }
    written.push(...writtenHere);
    if (scope.runId && writtenHere.size < chunk.issues.length) {
      await markSeen(
        db,
        scope,
        chunk.issues.map((c) => c.row.id).filter((id) => !writtenHere.has(id)),
      );
    }
    for (const c of chunk.issues) if (writtenHere.has(c.row.id)) for (const m of c.memberships) sprintIds.add(m.sprintId);
    if (!updated.size) continue;

    // Derived histories are a function of the raw history: replace them whole. The sprints the
    // issues were in come back from the delete (their analyses may change too).
    const idArray = `{${[...updated].join(',')}}`; // uuids: one array parameter rather than one parameter per id
    const where = (t: typeof issueSprints | typeof issueStatusChanges | typeof issueEstimateChanges) =>
      and(eq(t.tenantId, tenantId), sql`${t.issueId} = any(${idArray}::uuid[])`);
    const deleted = await db.execute(sql`with status_changes as (delete from ${issueStatusChanges} where ${where(issueStatusChanges)}),
      estimate_changes as (delete from ${issueEstimateChanges} where ${where(issueEstimateChanges)})
      delete from ${issueSprints} where ${where(issueSprints)} returning ${issueSprints.sprintId}`);
    for (const r of rowsOf<{ sprint_id: string }>(deleted)) sprintIds.add(r.sprint_id);
    const inserts = historyInserts(
      db,
      chunk.issues.filter((c) => updated.has(c.row.id)),
    );
    if (inserts.length) await db.execute(allOf(inserts));
  }
  return { written, sprintIds: [...sprintIds] };
}

/** JIRA can record two changes of one field in the same millisecond; the tables key on time. */
function dedupe<T>(rows: T[], key: (row: T) => string): T[] {
  return [...new Map(rows.map((r) => [key(r), r])).values()];
}

/**
 * Refreshes the planner's statistics of the synced tables. After a bulk write they describe tables
 * far smaller than these are, and a join planned on them (the sprint analyses' facts, say) takes
 * seconds where it takes milliseconds; autovacuum would get there, but only later (or never, where
 * it is off). Only a table's owner may analyze it: the application's role calls a function that
 * does it with the owner's rights (drizzle/migrations/0004_analyze_synced_tables.sql).
 */
export async function analyzeSyncedTables(db: Database) {
  await db.execute(sql`select issues.analyze_synced_tables()`);
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
/** Issues of the connection the run did not see, last changed before it started: gone from JIRA. */
const unseen = (scope: StoreScope & { runId: string }, startedAt: Date) =>
  and(
    eq(issues.tenantId, scope.tenantId),
    eq(issues.connectionId, scope.connectionId),
    isNull(issues.deletedAt),
    sql`${issues.lastSeenRunId} is distinct from ${scope.runId}`,
    lt(issues.updatedAt, startedAt),
  );

export async function unseenIssueCount(db: Database, scope: StoreScope & { runId: string }, startedAt: Date) {
  const [{ gone }] = await db
    .select({ gone: sql<number>`count(*)::int` })
    .from(issues)
    .where(unseen(scope, startedAt));
  const [{ live }] = await db
    .select({ live: sql<number>`count(*)::int` })
    .from(issues)
    .where(and(eq(issues.tenantId, scope.tenantId), eq(issues.connectionId, scope.connectionId), isNull(issues.deletedAt)));
  return { gone, live };
}

export async function markUnseenDeleted(db: Database, scope: StoreScope & { runId: string }, at: Date, startedAt: Date) {
  const rows = await db.update(issues).set({ deletedAt: at }).where(unseen(scope, startedAt)).returning({ id: issues.id });
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
