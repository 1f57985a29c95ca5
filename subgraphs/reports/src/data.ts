import { and, desc, eq, getTableColumns, gt, inArray, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Database } from '@sprint-reports/core';
import { reportsTables } from '@sprint-reports/drizzle';
import type { DeliveryRow, DocumentRow, ReportRow, ScheduleRow } from './models.ts';

const { reports, documents, schedules, deliveries, unsubscribes, scheduleSprints, linkKeys } = reportsTables;

export const reportsByIds = (db: Database, tenantId: string, ids: readonly string[]) =>
  db
    .select()
    .from(reports)
    .where(and(eq(reports.tenantId, tenantId), inArray(reports.id, [...ids])));

export const reportsBySprintIds = (db: Database, tenantId: string, sprintIds: readonly string[]) =>
  db
    .select()
    .from(reports)
    .where(and(eq(reports.tenantId, tenantId), inArray(reports.sprintId, [...sprintIds])))
    .orderBy(desc(reports.createdAt), desc(reports.id));

/** The newest `limit` reports of each of these teams or schedules (one statement: a window per owner). */
async function newestReportsBy(
  db: Database,
  tenantId: string,
  owner: typeof reports.teamId | typeof reports.scheduleId,
  ids: readonly string[],
  limit: number,
): Promise<ReportRow[]> {
  const ranked = db
    .select({
      ...getTableColumns(reports),
      rank: sql<number>`row_number() over (partition by ${owner} order by ${reports.createdAt} desc, ${reports.id} desc)`.as('rank'),
    })
    .from(reports)
    .where(and(eq(reports.tenantId, tenantId), inArray(owner, [...ids])))
    .as('ranked');
  const rows = await db
    .select()
    .from(ranked)
    .where(sql`${ranked.rank} <= ${limit}`)
    .orderBy(desc(ranked.createdAt), desc(ranked.id));
  return rows.map(({ rank: _rank, ...row }) => row);
}

export const reportsByTeamIds = (db: Database, tenantId: string, teamIds: readonly string[], limit: number) =>
  newestReportsBy(db, tenantId, reports.teamId, teamIds, limit);

export const reportsByScheduleIds = (db: Database, tenantId: string, scheduleIds: readonly string[], limit: number) =>
  newestReportsBy(db, tenantId, reports.scheduleId, scheduleIds, limit);

export async function insertReport(db: Database, row: typeof reports.$inferInsert): Promise<ReportRow> {
  const [stored] = await db.insert(reports).values(row).returning();
  return stored;
}

/**
 * Takes a report for a generation run: QUEUED, or RUNNING with its holder's lease run out. Null when
 * it is finished or another run holds it.
 */
export async function claimReport(db: Database, tenantId: string, id: string, runId: string, now: Date, leaseUntil: Date): Promise<ReportRow | null> {
  const [row] = await db
    .update(reports)
    .set({ status: 'RUNNING', runId, leaseUntil, progress: 0.05 })
    .where(
      and(
        eq(reports.tenantId, tenantId),
        eq(reports.id, id),
        inArray(reports.status, ['QUEUED', 'RUNNING']),
        or(isNull(reports.leaseUntil), lt(reports.leaseUntil, now)),
      ),
    )
    .returning();
  return row ?? null;
}

/** A run's write: only while the run still holds the report. False when it does not any more. */
export async function updateRun(db: Database, tenantId: string, id: string, runId: string, set: Partial<ReportRow>): Promise<boolean> {
  const rows = await db
    .update(reports)
    .set(set)
    .where(and(eq(reports.tenantId, tenantId), eq(reports.id, id), eq(reports.runId, runId), eq(reports.status, 'RUNNING')))
    .returning({ id: reports.id });
  return rows.length > 0;
}

/** Every tenant's reports nobody is making: RUNNING past their lease, or QUEUED since before `queuedBefore`. */
export const stalledReports = (db: Database, now: Date, queuedBefore: Date) =>
  db
    .select({ id: reports.id, tenantId: reports.tenantId })
    .from(reports)
    .where(or(and(eq(reports.status, 'RUNNING'), lt(reports.leaseUntil, now)), and(eq(reports.status, 'QUEUED'), lt(reports.createdAt, queuedBefore))));

/** Everything about documents but their content, which only a download reads. */
const { content: _content, ...documentMeta } = getTableColumns(documents);
export type DocumentMeta = Omit<DocumentRow, 'content'>;

export const documentMetaByIds = (db: Database, tenantId: string, ids: readonly string[]): Promise<DocumentMeta[]> =>
  db
    .select(documentMeta)
    .from(documents)
    .where(and(eq(documents.tenantId, tenantId), inArray(documents.id, [...ids])));

export async function documentById(db: Database, tenantId: string, id: string): Promise<DocumentRow | null> {
  const [row] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.tenantId, tenantId), eq(documents.id, id)));
  return row ?? null;
}

/** The document made from this fingerprint since `since`, if any. */
export async function documentByFingerprint(db: Database, tenantId: string, fingerprint: string, since: Date): Promise<{ id: string } | null> {
  const [row] = await db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.tenantId, tenantId), eq(documents.fingerprint, fingerprint), gt(documents.createdAt, since)));
  return row ?? null;
}

/**
 * Stores a rendered document. The same fingerprint is the same document: rendered again (its
 * cache entry expired), the stored row takes the new file and date, and keeps its id.
 */
export async function saveDocument(db: Database, row: typeof documents.$inferInsert): Promise<DocumentMeta> {
  const [stored] = await db
    .insert(documents)
    .values(row)
    .onConflictDoUpdate({
      target: [documents.tenantId, documents.fingerprint],
      set: {
        title: row.title,
        content: row.content,
        contentType: row.contentType,
        fileName: row.fileName,
        sizeBytes: row.sizeBytes,
        headline: row.headline,
        createdAt: sql`now()`,
      },
    })
    .returning(documentMeta);
  return stored;
}

// --- Schedules ---------------------------------------------------------------------------------

export async function insertSchedule(db: Database, row: typeof schedules.$inferInsert): Promise<ScheduleRow> {
  const [stored] = await db.insert(schedules).values(row).returning();
  return stored;
}

export const schedulesByIds = (db: Database, tenantId: string, ids: readonly string[]) =>
  db
    .select()
    .from(schedules)
    .where(and(eq(schedules.tenantId, tenantId), inArray(schedules.id, [...ids])));

export const schedulesByTeamIds = (db: Database, tenantId: string, teamIds: readonly string[]) =>
  db
    .select()
    .from(schedules)
    .where(and(eq(schedules.tenantId, tenantId), inArray(schedules.teamId, [...teamIds])))
    .orderBy(schedules.createdAt, schedules.id);

export async function deleteSchedule(db: Database, tenantId: string, id: string): Promise<boolean> {
  const gone = await db
    .delete(schedules)
    .where(and(eq(schedules.tenantId, tenantId), eq(schedules.id, id)))
    .returning({ id: schedules.id });
  return gone.length > 0;
}

export async function updateSchedule(db: Database, tenantId: string, id: string, set: Partial<ScheduleRow>): Promise<ScheduleRow | null> {
  const [row] = await db
    .update(schedules)
    .set(set)
    .where(and(eq(schedules.tenantId, tenantId), eq(schedules.id, id)))
    .returning();
  return row ?? null;
}

/** Locks a schedule for the caller's transaction (an edit, a run now): waits for a firing that holds it. */
export async function lockSchedule(db: Database, tenantId: string, id: string): Promise<ScheduleRow | null> {
  const [row] = await db
    .select()
    .from(schedules)
    .where(and(eq(schedules.tenantId, tenantId), eq(schedules.id, id)))
    .for('update');
  return row ?? null;
}

/** A cron schedule whose time has come, or one that fires when a sprint closes (it looks at each tick); never a paused one. */
const isDue = (now: Date) =>
  and(eq(schedules.paused, false), or(and(isNotNull(schedules.cron), lte(schedules.nextRunAt, now)), eq(schedules.atSprintClose, true)));

/** Every tenant's schedules that may fire at `now`: read in the system scope. */
export const dueSchedules = (db: Database, now: Date) =>
  db.select({ id: schedules.id, tenantId: schedules.tenantId }).from(schedules).where(isDue(now)).orderBy(schedules.tenantId, schedules.nextRunAt);

/**
 * Locks a schedule that is still due for the caller's transaction; null when it is not due any
 * more or another process holds it (SKIP LOCKED: that process fires it, this one moves on).
 */
export async function claimSchedule(db: Database, tenantId: string, id: string, now: Date): Promise<ScheduleRow | null> {
  const [row] = await db
    .select()
    .from(schedules)
    .where(and(eq(schedules.tenantId, tenantId), eq(schedules.id, id), isDue(now)))
    .for('update', { skipLocked: true });
  return row ?? null;
}

/** Which of these closed sprints the schedule has reported already. */
export async function reportedSprints(db: Database, tenantId: string, scheduleId: string, sprintIds: readonly string[]): Promise<Set<string>> {
  if (!sprintIds.length) return new Set();
  const rows = await db
    .select({ sprintId: scheduleSprints.sprintId })
    .from(scheduleSprints)
    .where(and(eq(scheduleSprints.tenantId, tenantId), eq(scheduleSprints.scheduleId, scheduleId), inArray(scheduleSprints.sprintId, [...sprintIds])));
  return new Set(rows.map((r) => r.sprintId));
}

export async function markSprintsReported(db: Database, tenantId: string, scheduleId: string, sprintIds: readonly string[]): Promise<void> {
  if (sprintIds.length)
    await db
      .insert(scheduleSprints)
      .values(sprintIds.map((sprintId) => ({ tenantId, scheduleId, sprintId })))
      .onConflictDoNothing();
}

// --- Deliveries --------------------------------------------------------------------------------

/** Statuses of a delivery that has not gone out yet and still may. */
export const WAITING_STATUSES = ['PENDING', 'RETRYING'] as const;

export async function insertDeliveries(db: Database, rows: (typeof deliveries.$inferInsert)[]): Promise<DeliveryRow[]> {
  return rows.length ? db.insert(deliveries).values(rows).returning() : [];
}

export const deliveriesByIds = (db: Database, tenantId: string, ids: readonly string[]) =>
  db
    .select()
    .from(deliveries)
    .where(and(eq(deliveries.tenantId, tenantId), inArray(deliveries.id, [...ids])));

const newestFirst = [desc(deliveries.createdAt), desc(deliveries.id)];

export const deliveriesByReportIds = (db: Database, tenantId: string, reportIds: readonly string[]) =>
  db
    .select()
    .from(deliveries)
    .where(and(eq(deliveries.tenantId, tenantId), inArray(deliveries.reportId, [...reportIds])))
    .orderBy(...newestFirst);

/**
 * The delivery log, newest first: of a report, of a schedule, or of the tenant. `teamIds` (not
 * null) keeps the emails of those teams' reports, and of reports about no team.
 */
export async function deliveryLog(
  db: Database,
  tenantId: string,
  filter: { reportId?: string; scheduleId?: string; teamIds: string[] | null; limit: number },
): Promise<DeliveryRow[]> {
  const where = and(
    eq(deliveries.tenantId, tenantId),
    filter.reportId ? eq(deliveries.reportId, filter.reportId) : undefined,
    filter.scheduleId ? eq(deliveries.scheduleId, filter.scheduleId) : undefined,
    filter.teamIds ? or(isNull(reports.teamId), inArray(reports.teamId, filter.teamIds)) : undefined,
  );
  const rows = await db
    .select({ delivery: deliveries })
    .from(deliveries)
    .innerJoin(reports, eq(reports.id, deliveries.reportId))
    .where(where)
    .orderBy(...newestFirst)
    .limit(filter.limit);
  return rows.map((r) => r.delivery);
}

export async function updateDelivery(db: Database, tenantId: string, id: string, set: Partial<DeliveryRow>): Promise<DeliveryRow | null> {
  const [row] = await db
    .update(deliveries)
    .set(set)
    .where(and(eq(deliveries.tenantId, tenantId), eq(deliveries.id, id)))
    .returning();
  return row ?? null;
}

/** A report's deliveries that wait to be sent and whose time has come (never tried, or a retry that is due). */
export const dueDeliveriesOfReport = (db: Database, tenantId: string, reportId: string, now: Date) =>
  db
    .select()
    .from(deliveries)
    .where(
      and(
        eq(deliveries.tenantId, tenantId),
        eq(deliveries.reportId, reportId),
        inArray(deliveries.status, [...WAITING_STATUSES]),
        or(isNull(deliveries.nextAttemptAt), lte(deliveries.nextAttemptAt, now)),
      ),
    );

/** The report failed: its waiting emails fail with its error. */
export const failWaitingDeliveries = (db: Database, tenantId: string, reportId: string, smtpResponse: string) =>
  db
    .update(deliveries)
    .set({ status: 'FAILED', smtpResponse, nextAttemptAt: null })
    .where(and(eq(deliveries.tenantId, tenantId), eq(deliveries.reportId, reportId), inArray(deliveries.status, [...WAITING_STATUSES])))
    .returning({ id: deliveries.id });

/** A deleted schedule's emails not sent yet: they are not sent (one being sent as this runs still goes). */
export const failWaitingDeliveriesOfSchedule = (db: Database, tenantId: string, scheduleId: string, smtpResponse: string) =>
  db
    .update(deliveries)
    .set({ status: 'FAILED', smtpResponse, nextAttemptAt: null })
    .where(and(eq(deliveries.tenantId, tenantId), eq(deliveries.scheduleId, scheduleId), inArray(deliveries.status, [...WAITING_STATUSES])));

/**
 * Takes an attempt at a delivery: counts it and holds it until `leaseUntil`, if it is still waiting,
 * due (or `early`: the retry's own job, which a clock a little ahead of ours may run a moment
 * before its time), and nobody took the same attempt first (another job for it, another process).
 * Null otherwise.
 */
export async function claimDelivery(
  db: Database,
  tenantId: string,
  id: string,
  attempts: number,
  now: Date,
  leaseUntil: Date,
  early = false,
): Promise<DeliveryRow | null> {
  const [row] = await db
    .update(deliveries)
    .set({ attempts: attempts + 1, lastAttemptAt: now, nextAttemptAt: leaseUntil })
    .where(
      and(
        eq(deliveries.tenantId, tenantId),
        eq(deliveries.id, id),
        eq(deliveries.attempts, attempts),
        inArray(deliveries.status, [...WAITING_STATUSES]),
        early ? undefined : or(isNull(deliveries.nextAttemptAt), lte(deliveries.nextAttemptAt, now)),
      ),
    )
    .returning();
  return row ?? null;
}

/**
 * Every tenant's reports with emails that are due and whose report has finished: what a restart
 * lost (in-process delayed retries) or a crash left half done. Read in the system scope.
 */
export const reportsWithDueDeliveries = (db: Database, now: Date) =>
  db
    .selectDistinct({ tenantId: deliveries.tenantId, reportId: deliveries.reportId })
    .from(deliveries)
    .innerJoin(reports, eq(reports.id, deliveries.reportId))
    .where(
      and(
        inArray(deliveries.status, [...WAITING_STATUSES]),
        inArray(reports.status, ['READY', 'FAILED']),
        or(isNull(deliveries.nextAttemptAt), lte(deliveries.nextAttemptAt, now)),
      ),
    );

// --- Unsubscribes ------------------------------------------------------------------------------

/** Records that `email` wants no more emails of a schedule (or, scheduleId null, of the tenant). Idempotent. */
export async function insertUnsubscribe(db: Database, row: typeof unsubscribes.$inferInsert): Promise<void> {
  await db.insert(unsubscribes).values(row).onConflictDoNothing();
}

/**
 * Which of `emails` (lower-cased) asked for no more report emails of the tenant, or of this
 * schedule when one is given.
 */
export async function unsubscribedAmong(db: Database, tenantId: string, emails: readonly string[], scheduleId: string | null): Promise<Set<string>> {
  if (!emails.length) return new Set();
  const email = sql<string>`lower(${unsubscribes.email})`;
  const rows = await db
    .select({ email })
    .from(unsubscribes)
    .where(
      and(
        eq(unsubscribes.tenantId, tenantId),
        inArray(
          email,
          emails.map((e) => e.toLowerCase()),
        ),
        scheduleId ? or(isNull(unsubscribes.scheduleId), eq(unsubscribes.scheduleId, scheduleId)) : isNull(unsubscribes.scheduleId),
      ),
    );
  return new Set(rows.map((r) => r.email));
}

/** The unsubscribes that stop a schedule's emails: its own and the tenant-wide ones (scheduleId null). */
export const unsubscribesOfSchedules = (db: Database, tenantId: string, scheduleIds: readonly string[]) =>
  db
    .select({ email: unsubscribes.email, scheduleId: unsubscribes.scheduleId })
    .from(unsubscribes)
    .where(and(eq(unsubscribes.tenantId, tenantId), or(isNull(unsubscribes.scheduleId), inArray(unsubscribes.scheduleId, [...scheduleIds]))));

/** The tenant's key for signed links (links.ts), if it has one. */
export const linkKeySecret = async (db: Database, tenantId: string) =>
  (await db.select({ secret: linkKeys.secret }).from(linkKeys).where(eq(linkKeys.tenantId, tenantId)))[0]?.secret ?? null;

/** Stores the tenant's key for signed links unless another process stored one first. */
export const insertLinkKey = (db: Database, tenantId: string, secret: Buffer) => db.insert(linkKeys).values({ tenantId, secret }).onConflictDoNothing();
