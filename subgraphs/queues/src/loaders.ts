import { type Database, groupByKeys, loader, orderByKeys } from '@sprint-reports/core';
import * as data from './data.ts';

/** Per-request loaders: each turns a request's worth of lookups into one SQL statement. */
export function createLoaders(db: Database, tenantId: string) {
  return {
    queue: loader((ids: readonly string[]) => data.queuesByIds(db, tenantId, ids).then((rows) => orderByKeys(ids, rows, (r) => r.id))),
    latestQueueBySprint: loader((sprintIds: readonly string[]) =>
      data.queuesBySprintIds(db, tenantId, sprintIds).then((rows) => groupByKeys(sprintIds, rows, (r) => r.sprintId).map((g) => g[0] ?? null)),
    ),
    items: loader((queueIds: readonly string[]) =>
      data.itemsByQueueIds(db, tenantId, queueIds).then((rows) => groupByKeys(queueIds, rows, (r) => r.queueId)),
    ),
    conflicts: loader((queueIds: readonly string[]) =>
      data.conflictsByQueueIds(db, tenantId, queueIds).then((rows) => groupByKeys(queueIds, rows, (r) => r.queueId)),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
