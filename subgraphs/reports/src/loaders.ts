import { type Database, rowById, rowsById } from '@sprint-reports/core';
import * as data from './data.ts';

/** Per-request loaders: each turns a request's worth of lookups into one SQL statement. */
export function createLoaders(db: Database, tenantId: string) {
  return {
    report: rowById((ids) => data.reportsByIds(db, tenantId, ids), (r) => r.id),
    reportsBySprint: rowsById((sprintIds) => data.reportsBySprintIds(db, tenantId, sprintIds), (r) => r.sprintId!),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
