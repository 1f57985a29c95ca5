import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { inChunks, upsertOn, type Database } from '@sprint-reports/core';
import { sprintsTables } from '@sprint-reports/drizzle';
import type { AnalysisInputsRow, AnalysisRow, BoardInsert, BoardRow, JiraReportRow, SprintRow } from './models.ts';

const { boards, sprints, sprintAnalyses, analysisInputs, jiraSprintReports } = sprintsTables;

// Reads: every one is scoped to the tenant and takes a batch of keys (DataLoader calls them).

export const listBoards = (db: Database, tenantId: string) => db.select().from(boards).where(eq(boards.tenantId, tenantId)).orderBy(asc(boards.name));

export const boardsByIds = (db: Database, tenantId: string, ids: readonly string[]) =>
  db
    .select()
    .from(boards)
    .where(and(eq(boards.tenantId, tenantId), inArray(boards.id, [...ids])));

export const boardsByTeamIds = (db: Database, tenantId: string, teamIds: readonly string[]) =>
  db
    .select()
    .from(boards)
    .where(and(eq(boards.tenantId, tenantId), inArray(boards.teamId, [...teamIds])))
    .orderBy(asc(boards.name));

export const sprintsByIds = (db: Database, tenantId: string, ids: readonly string[]) =>
  db
    .select()
    .from(sprints)
    .where(and(eq(sprints.tenantId, tenantId), inArray(sprints.id, [...ids])));

export const sprintsByBoardIds = (db: Database, tenantId: string, boardIds: readonly string[]) =>
  db
    .select()
    .from(sprints)
    .where(and(eq(sprints.tenantId, tenantId), inArray(sprints.boardId, [...boardIds]), isNull(sprints.deletedAt)))
    .orderBy(asc(sprints.sequence));

export const analysesBySprintIds = (db: Database, tenantId: string, sprintIds: readonly string[]) =>
  db
    .select()
    .from(sprintAnalyses)
    .where(and(eq(sprintAnalyses.tenantId, tenantId), inArray(sprintAnalyses.sprintId, [...sprintIds])));

/** What the sprints' stored analyses were computed from (the settings preview computes from it again). */
export const analysisInputsBySprintIds = (db: Database, tenantId: string, sprintIds: readonly string[]) =>
  db
    .select()
    .from(analysisInputs)
    .where(and(eq(analysisInputs.tenantId, tenantId), inArray(analysisInputs.sprintId, [...sprintIds])));

/** Only the per-discipline figures of the stored analyses: capacity reads them for a board's whole history, without the issue lists. */
export const disciplineFiguresBySprintIds = (db: Database, tenantId: string, sprintIds: readonly string[]) =>
  db
    .select({ sprintId: sprintAnalyses.sprintId, disciplineBreakdown: sprintAnalyses.disciplineBreakdown })
    .from(sprintAnalyses)
    .where(and(eq(sprintAnalyses.tenantId, tenantId), inArray(sprintAnalyses.sprintId, [...sprintIds])));

/** Started sprints (active or closed) of the tenant, optionally only the given ones or one board's: what has an analysis. */
export const startedSprints = (db: Database, tenantId: string, ids?: readonly string[], boardId?: string) =>
  db
    .select()
    .from(sprints)
    .where(
      and(
        eq(sprints.tenantId, tenantId),
        inArray(sprints.state, ['ACTIVE', 'CLOSED']),
        isNull(sprints.deletedAt),
        ids ? inArray(sprints.id, [...ids]) : undefined,
        boardId ? eq(sprints.boardId, boardId) : undefined,
      ),
    )
    .orderBy(asc(sprints.boardId), asc(sprints.sequence));

export const jiraReportsBySprintIds = (db: Database, tenantId: string, sprintIds: readonly string[]) =>
  db
    .select()
    .from(jiraSprintReports)
    .where(and(eq(jiraSprintReports.tenantId, tenantId), inArray(jiraSprintReports.sprintId, [...sprintIds])));

/** Only what the sync compares: each stored report's fingerprint. */
export const jiraReportFingerprints = (db: Database, tenantId: string, sprintIds: readonly string[]) =>
  db
    .select({ sprintId: jiraSprintReports.sprintId, fingerprint: jiraSprintReports.fingerprint })
    .from(jiraSprintReports)
    .where(and(eq(jiraSprintReports.tenantId, tenantId), inArray(jiraSprintReports.sprintId, [...sprintIds])));

// Writes: idempotent upserts keyed by id.

/** `keep`: rows (a transient failure's) written only where no report is stored yet. */
export async function upsertJiraReports(db: Database, rows: JiraReportRow[], opts: { keep?: boolean } = {}) {
  await inChunks(rows, 200, async (chunk) => {
    const insert = db.insert(jiraSprintReports).values(chunk);
    await (opts.keep
      ? insert.onConflictDoNothing()
      : insert.onConflictDoUpdate(
          upsertOn(jiraSprintReports, jiraSprintReports.sprintId, ['outcome', 'reason', 'fingerprint', 'sums', 'issues', 'fetchedAt']),
        ));
  });
}

/** `keepTeam`: the sync knows nothing of teams; a board's team is set here, not in JIRA. */
export async function upsertBoards(db: Database, rows: BoardInsert[], opts: { keepTeam?: boolean } = {}) {
  if (!rows.length) return;
  const columns: (keyof BoardInsert)[] = ['name', 'jiraBoardId', 'projectKey', 'columns', 'estimationField'];
  await db
    .insert(boards)
    .values(rows)
    .onConflictDoUpdate(upsertOn(boards, boards.id, opts.keepTeam ? columns : [...columns, 'teamId']));
}

/**
 * What a sprint row says of the sprint (not when JIRA last told us: lastEventAt): what upsertSprints
 * replaces, with lastEventAt, and what tells whether a write changed the sprint (events.ts).
 */
export const SPRINT_FIELDS = [
  'boardId',
  'name',
  'state',
  'goal',
  'startDate',
  'plannedStartDate',
  'endDate',
  'completeDate',
  'sequence',
  'originJiraBoardId',
  'deletedAt',
] as const satisfies readonly (keyof SprintRow)[];

/**
 * `ifNewer`: JIRA's news of a sprint may arrive out of order (a retried sprint_started after
 * sprint_closed); a row is only replaced by news at least as recent as what it holds, and a
 * deletion (a tombstone with its time) is only undone by newer news. Returns the ids of the rows
 * written (inserted, or replaced).
 */
export async function upsertSprints(db: Database, rows: SprintRow[], opts: { ifNewer?: boolean } = {}): Promise<string[]> {
  const conflict = upsertOn(sprints, sprints.id, [...SPRINT_FIELDS, 'lastEventAt']);
  if (opts.ifNewer) conflict.setWhere = sql`${conflict.setWhere} and (${sprints.lastEventAt} is null or excluded.last_event_at >= ${sprints.lastEventAt})`;
  const written: string[] = [];
  await inChunks(rows, 1000, async (chunk) => {
    for (const r of await db.insert(sprints).values(chunk).onConflictDoUpdate(conflict).returning({ id: sprints.id })) written.push(r.id);
  });
  return written;
}

export async function upsertAnalyses(db: Database, rows: AnalysisRow[]) {
  if (!rows.length) return;
  await db
    .insert(sprintAnalyses)
    .values(rows)
    .onConflictDoUpdate(
      upsertOn(sprintAnalyses, sprintAnalyses.sprintId, [
        'committedPoints',
        'completedPoints',
        'addedPoints',
        'removedPoints',
        'notCompletedPoints',
        'completionRate',
        'completedOutsidePoints',
        'cancelledPoints',
        'scopeChangeRate',
        'estimateChanges',
        'issueCount',
        'disciplineBreakdown',
        'burndown',
        'computedAt',
        'sayDoRatio',
        'statistic',
        'issues',
        'scopeEvents',
        'carryOver',
        'cycleTime',
        'leadTime',
        'rulesVersion',
      ]),
    );
}

/** Written with the analyses they give, in the same transaction; a sprint's facts can be large: few rows per statement. */
export async function upsertAnalysisInputs(db: Database, rows: AnalysisInputsRow[]) {
  await inChunks(rows, 10, async (chunk) => {
    await db
      .insert(analysisInputs)
      .values(chunk)
      .onConflictDoUpdate(upsertOn(analysisInputs, analysisInputs.sprintId, ['facts', 'teamDisciplines', 'holidays', 'gatheredAt']));
  });
}

/**
 * Sprints of every tenant whose analysis is due, grouped by tenant: active sprints (their numbers
 * move with time), and started sprints that have no analysis yet or one by older rules. A search across tenants: call it
 * in the system scope (asSystem); a tenant's scope finds only its own.
 */
export const sprintsDueForAnalysis = async (db: Database, rulesVersion: number) => {
  const rows = await db
    .select({ tenantId: sprints.tenantId, id: sprints.id })
    .from(sprints)
    .leftJoin(sprintAnalyses, eq(sprintAnalyses.sprintId, sprints.id))
    .where(
      and(
        isNull(sprints.deletedAt),
        or(eq(sprints.state, 'ACTIVE'), and(eq(sprints.state, 'CLOSED'), or(isNull(sprintAnalyses.sprintId), lt(sprintAnalyses.rulesVersion, rulesVersion)))),
      ),
    );
  const byTenant = new Map<string, string[]>();
  for (const r of rows) byTenant.set(r.tenantId, [...(byTenant.get(r.tenantId) ?? []), r.id]);
  return byTenant;
};

export const boardsByConnectionIds = (db: Database, tenantId: string, connectionIds: readonly string[]) =>
  db
    .select()
    .from(boards)
    .where(and(eq(boards.tenantId, tenantId), inArray(boards.connectionId, [...connectionIds])))
    .orderBy(asc(boards.name));

/** The connection's boards by JIRA id, for placing its sprints. */
export const boardsOfConnection = (db: Database, tenantId: string, connectionId: string) =>
  db
    .select()
    .from(boards)
    .where(and(eq(boards.tenantId, tenantId), eq(boards.connectionId, connectionId)));

export const updateBoard = (db: Database, tenantId: string, boardId: string, set: Partial<BoardRow>) =>
  db
    .update(boards)
    .set(set)
    .where(and(eq(boards.tenantId, tenantId), eq(boards.id, boardId)))
    .returning();

export const setBoardTeam = (db: Database, tenantId: string, boardId: string, teamId: string | null) =>
  db
    .update(boards)
    .set({ teamId })
    .where(and(eq(boards.tenantId, tenantId), eq(boards.id, boardId)))
    .returning();

export const markSprintDeleted = (db: Database, tenantId: string, connectionId: string, jiraSprintId: number, at: Date) =>
  db
    .update(sprints)
    .set({ deletedAt: at, lastEventAt: at })
    .where(
      and(
        eq(sprints.tenantId, tenantId),
        eq(sprints.connectionId, connectionId),
        eq(sprints.jiraSprintId, jiraSprintId),
        or(isNull(sprints.lastEventAt), lte(sprints.lastEventAt, at)),
      ),
    )
    .returning({ id: sprints.id });

/** Boards of a deleted connection; their sprints and analyses follow by cascade. */
export const deleteBoardsOfConnection = async (db: Database, tenantId: string, connectionId: string) =>
  (
    await db
      .delete(boards)
      .where(and(eq(boards.tenantId, tenantId), eq(boards.connectionId, connectionId)))
      .returning({ id: boards.id })
  ).length;
