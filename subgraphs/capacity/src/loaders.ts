import { type Database, rowById, rowsById } from '@sprint-reports/core';
import * as data from './data.ts';

/** Per-request loaders: each turns a request's worth of lookups into one SQL statement. */
export function createLoaders(db: Database, tenantId: string) {
  return {
    setting: rowById((ids) => data.settingsByIds(db, tenantId, ids), (r) => r.id),
    defaultsByTeam: rowsById((teamIds) => data.defaultSettingsByTeamIds(db, tenantId, teamIds), (r) => r.teamId),
    overridesBySprint: rowsById((sprintIds) => data.overridesBySprintIds(db, tenantId, sprintIds), (r) => r.sprintId!),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
