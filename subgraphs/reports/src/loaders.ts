import { type Database, groupByKeys, loader, orderByKeys } from '@sprint-reports/core';
import * as data from './data.ts';

/** Per-request loaders: each turns a request's worth of lookups into one SQL statement. */
export function createLoaders(db: Database, tenantId: string) {
  return {
    report: loader((ids: readonly string[]) => data.reportsByIds(db, tenantId, ids).then((rows) => orderByKeys(ids, rows, (r) => r.id))),
    reportsBySprint: loader((sprintIds: readonly string[]) =>
      data.reportsBySprintIds(db, tenantId, sprintIds).then((rows) => groupByKeys(sprintIds, rows, (r) => r.sprintId!)),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
