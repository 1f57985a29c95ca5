import { and, asc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Database } from '@sprint-reports/core';
import { queuesTables } from '@sprint-reports/drizzle';
import type { QueueConflictRow, QueueItemRow, QueuePinRow, QueueRow } from './models.ts';
import { PLANNER_VERSION } from './plan/plan.ts';

const { queues, queueItems, queueConflicts, queuePins } = queuesTables;

export const queuesByIds = (db: Database, tenantId: string, ids: readonly string[]) =>
  db
    .select()
    .from(queues)
    .where(and(eq(queues.tenantId, tenantId), inArray(queues.id, [...ids])));

/** One queue per sprint. */
export const queuesBySprintIds = (db: Database, tenantId: string, sprintIds: readonly string[]) =>
  db
    .select()
    .from(queues)
    .where(and(eq(queues.tenantId, tenantId), inArray(queues.sprintId, [...sprintIds])));

export const itemsByQueueIds = (db: Database, tenantId: string, queueIds: readonly string[]) =>
  db
    .select()
    .from(queueItems)
    .where(and(eq(queueItems.tenantId, tenantId), inArray(queueItems.queueId, [...queueIds])))
    .orderBy(asc(queueItems.position));

export const conflictsByQueueIds = (db: Database, tenantId: string, queueIds: readonly string[]) =>
  db
    .select()
    .from(queueConflicts)
    .where(and(eq(queueConflicts.tenantId, tenantId), inArray(queueConflicts.queueId, [...queueIds])));

export const pinsBySprintIds = (db: Database, tenantId: string, sprintIds: readonly string[]) =>
  db
    .select()
    .from(queuePins)
    .where(and(eq(queuePins.tenantId, tenantId), inArray(queuePins.sprintId, [...sprintIds])))
    .orderBy(asc(queuePins.position));

/**
 * The sprint's queue, locked until the transaction ends: generations of one queue (a planner's,
 * the background's) and its acceptance take turns instead of overwriting each other.
 */
export const lockQueueOfSprint = async (db: Database, tenantId: string, sprintId: string): Promise<QueueRow | undefined> =>
  (
    await db
      .select()
      .from(queues)
      .where(and(eq(queues.tenantId, tenantId), eq(queues.sprintId, sprintId)))
      .for('update')
  )[0];

/** The queues whose inputs a change of these teams (null: of the whole tenant) touches. */
export const queuesOfTeams = (db: Database, tenantId: string, teamIds: readonly string[] | null) =>
  db
    .select()
    .from(queues)
    .where(and(eq(queues.tenantId, tenantId), teamIds ? inArray(queues.teamId, [...teamIds]) : undefined))
    .orderBy(asc(queues.generatedAt));

/**
 * Draft queues of every tenant planned by an older planner than `version`, grouped by tenant. A
 * search across tenants: call it in the system scope (asSystem).
 */
export const staleDraftQueues = async (db: Database, version: number) => {
  const rows = await db
    .select({ tenantId: queues.tenantId, sprintId: queues.sprintId, trigger: queues.trigger, generatedBy: queues.generatedBy, cause: queues.cause })
    .from(queues)
    .where(and(eq(queues.status, 'DRAFT'), lt(queues.plannerVersion, version)))
    .orderBy(asc(queues.generatedAt));
  const byTenant = new Map<string, typeof rows>();
  for (const r of rows) byTenant.set(r.tenantId, [...(byTenant.get(r.tenantId) ?? []), r]);
  return byTenant;
};

/**
 * Stores a sprint's queue with its items and conflicts in one transaction: the sprint's queue is
 * replaced whole (never half a queue), and keeps its id across regenerations.
 */
export async function saveQueue(
  db: Database,
  queue: typeof queues.$inferInsert,
  items: Omit<QueueItemRow, 'queueId'>[],
  conflicts: Omit<QueueConflictRow, 'queueId'>[],
): Promise<QueueRow> {
  return db.transaction(async (tx) => {
    const { teamId, status, generatedAt, trigger, generatedBy, options, utilisation, leftOut, plannerVersion, cause = null } = queue;
    const [row] = await tx
      .insert(queues)
      .values(queue)
      .onConflictDoUpdate({
        target: queues.sprintId,
        set: {
          teamId,
          status,
          generatedAt,
          trigger,
          generatedBy,
          options,
          utilisation,
          leftOut,
          plannerVersion,
          cause,
          acceptedAt: null,
          acceptedBy: null,
          outdatedAt: null,
        },
      })
      .returning();
    await tx.delete(queueItems).where(eq(queueItems.queueId, row.id));
    await tx.delete(queueConflicts).where(eq(queueConflicts.queueId, row.id));
    if (items.length) await tx.insert(queueItems).values(items.map((i) => ({ ...i, queueId: row.id })));
    if (conflicts.length) await tx.insert(queueConflicts).values(conflicts.map((c) => ({ ...c, queueId: row.id })));
    return row;
  });
}

/** Stores a queue as given (tests and demo data), by the current planner unless it says: see saveQueue for generated ones. */
export async function insertQueue(db: Database, queue: typeof queues.$inferInsert, items: QueueItemRow[], conflicts: QueueConflictRow[]) {
  await db.transaction(async (tx) => {
    await tx.insert(queues).values({ plannerVersion: PLANNER_VERSION, ...queue });
    if (items.length) await tx.insert(queueItems).values(items);
    if (conflicts.length) await tx.insert(queueConflicts).values(conflicts);
  });
}

/** The update waits for a generation that holds the row (lockQueueOfSprint), then accepts its plan. */
export async function acceptQueue(db: Database, tenantId: string, id: string, userId: string | null, at: Date): Promise<QueueRow> {
  const [row] = await db
    .update(queues)
    .set({ status: 'ACCEPTED', acceptedAt: at, acceptedBy: userId, outdatedAt: null })
    .where(and(eq(queues.tenantId, tenantId), eq(queues.id, id)))
    .returning();
  return row;
}

/** Accepted queues are not regenerated: they learn that their inputs changed (first time only). Returns the queues it marked. */
export const markOutdated = (db: Database, tenantId: string, ids: readonly string[], at: Date) =>
  db
    .update(queues)
    .set({ outdatedAt: at })
    .where(and(eq(queues.tenantId, tenantId), inArray(queues.id, [...ids]), isNull(queues.outdatedAt)))
    .returning({ id: queues.id, tenantId: queues.tenantId, sprintId: queues.sprintId });

export async function setPin(db: Database, pin: Omit<QueuePinRow, 'pinnedAt'>) {
  await db
    .insert(queuePins)
    .values(pin)
    .onConflictDoUpdate({ target: [queuePins.sprintId, queuePins.issueId], set: { position: pin.position, pinnedAt: sql`now()` } });
}

export const deletePin = (db: Database, tenantId: string, sprintId: string, issueId: string) =>
  db
    .delete(queuePins)
    .where(and(eq(queuePins.tenantId, tenantId), eq(queuePins.sprintId, sprintId), eq(queuePins.issueId, issueId)))
    .returning();
