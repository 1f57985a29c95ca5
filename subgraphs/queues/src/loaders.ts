import { type Database, rowById, rowsById } from '@sprint-reports/core';
import * as data from './data.ts';

/** Per-request loaders: each turns a request's worth of lookups into one SQL statement. */
export function createLoaders(db: Database, tenantId: string) {
  return {
    queue: rowById(
      (ids) => data.queuesByIds(db, tenantId, ids),
      (r) => r.id,
    ),
    queueBySprint: rowById(
      (sprintIds) => data.queuesBySprintIds(db, tenantId, sprintIds),
      (r) => r.sprintId,
    ),
    items: rowsById(
      (queueIds) => data.itemsByQueueIds(db, tenantId, queueIds),
      (r) => r.queueId,
    ),
    conflicts: rowsById(
      (queueIds) => data.conflictsByQueueIds(db, tenantId, queueIds),
      (r) => r.queueId,
    ),
    pins: rowsById(
      (sprintIds) => data.pinsBySprintIds(db, tenantId, sprintIds),
      (r) => r.sprintId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
