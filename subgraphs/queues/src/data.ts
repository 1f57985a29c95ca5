import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '@sprint-reports/core';
import { queuesTables } from '@sprint-reports/drizzle';
import type { QueueConflictRow, QueueItemRow, QueueRow } from './models.ts';

const { queues, queueItems, queueConflicts } = queuesTables;

export const queuesByIds = (db: Database, tenantId: string, ids: readonly string[]) =>
  db.select().from(queues).where(and(eq(queues.tenantId, tenantId), inArray(queues.id, [...ids])));

/** Newest first, so the first queue of each sprint is its latest. */
export const queuesBySprintIds = (db: Database, tenantId: string, sprintIds: readonly string[]) =>
  db.select().from(queues).where(and(eq(queues.tenantId, tenantId), inArray(queues.sprintId, [...sprintIds]))).orderBy(desc(queues.generatedAt));

export const itemsByQueueIds = (db: Database, tenantId: string, queueIds: readonly string[]) =>
  db.select().from(queueItems).where(and(eq(queueItems.tenantId, tenantId), inArray(queueItems.queueId, [...queueIds]))).orderBy(asc(queueItems.position));

export const conflictsByQueueIds = (db: Database, tenantId: string, queueIds: readonly string[]) =>
  db.select().from(queueConflicts).where(and(eq(queueConflicts.tenantId, tenantId), inArray(queueConflicts.queueId, [...queueIds])));

/** Stores a queue with its items and conflicts in one transaction: never half a queue. */
export async function insertQueue(db: Database, queue: QueueRow, items: QueueItemRow[], conflicts: QueueConflictRow[]) {
  await db.transaction(async (tx) => {
    await tx.insert(queues).values(queue);
    if (items.length) await tx.insert(queueItems).values(items);
    if (conflicts.length) await tx.insert(queueConflicts).values(conflicts);
  });
}
