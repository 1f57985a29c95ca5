import { randomUUID } from 'node:crypto';
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { badInput, type Database } from '@sprint-reports/core';
import { usersTables } from '@sprint-reports/drizzle';

const { auditLog } = usersTables;

export interface AuditRow {
  tenantId: string;
  actorUserId: string | null;
  actorEmail: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  details: Record<string, unknown>;
}

/**
 * Each entry's time is after every earlier entry of its tenant, even where the clock does not move
 * between them (PGlite's clock has millisecond steps; one statement writes several entries): the log
 * keeps its order, and paging by (at, id) neither repeats nor skips an entry.
 */
const nextAt = (tenantId: string, offset: number) =>
  sql<Date>`greatest(clock_timestamp(), coalesce((select max(${auditLog.at}) from ${auditLog} where ${auditLog.tenantId} = ${tenantId}), '-infinity') + interval '1 microsecond') + ${offset} * interval '1 microsecond'`;

export async function insertAuditEntries(db: Database, rows: AuditRow[]) {
  if (!rows.length) return 0;
  await db.insert(auditLog).values(rows.map((r, i) => ({ id: randomUUID(), ...r, at: nextAt(r.tenantId, i) })));
  return rows.length;
}

export const MAX_AUDIT_PAGE = 200;

/** An entry's kind: the thing before the first dot of its action (user of user.updated). Indexed as this expression. */
const kindOf = sql<string>`split_part(${auditLog.action}, '.', 1)`;

/**
 * A page of the log, newest first. `beforeId` pages by (at, id) after the last entry of the previous
 * page, compared in the database at its full precision: the API's times have milliseconds, so paging
 * by `before` alone would skip the older entries of the boundary's millisecond.
 */
export async function auditEntries(
  db: Database,
  tenantId: string,
  opts: { limit: number; before?: Date | null; beforeId?: string | null; actorId?: string | null; kind?: string | null },
) {
  let boundary: { id: string; at: string } | undefined;
  if (opts.beforeId) {
    // The time as text keeps its microseconds (a Date would round them to milliseconds).
    [boundary] = await db
      .select({ id: auditLog.id, at: sql<string>`${auditLog.at}::text` })
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.id, opts.beforeId)));
    if (!boundary) throw badInput(`The audit log has no entry ${opts.beforeId} to page from`, 'beforeId');
  }
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.tenantId, tenantId),
        opts.before ? lt(auditLog.at, opts.before) : undefined,
        boundary ? sql`(${auditLog.at}, ${auditLog.id}) < (${boundary.at}::timestamptz, ${boundary.id}::uuid)` : undefined,
        opts.actorId ? eq(auditLog.actorUserId, opts.actorId) : undefined,
        opts.kind ? eq(kindOf, opts.kind) : undefined,
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(opts.limit);
}

/** The kinds of entry the tenant's log has, sorted. */
export async function auditKinds(db: Database, tenantId: string): Promise<string[]> {
  const rows = await db.selectDistinct({ kind: kindOf }).from(auditLog).where(eq(auditLog.tenantId, tenantId)).orderBy(kindOf);
  return rows.map((r) => r.kind);
}
