import { type Database, type Runtime, rowById, rowsById } from '@sprint-reports/core';
import * as data from './data.ts';
import { remoteLoaders } from './remote.ts';

/** Per-request loaders: each turns a request's worth of lookups into one SQL statement (or one subgraph call). */
export function createLoaders(db: Database, tenantId: string, runtime: Runtime) {
  return {
    setting: rowById((ids) => data.settingsByIds(db, tenantId, ids), (r) => r.id),
    settingsByTeam: rowsById((teamIds) => data.settingsByTeamIds(db, tenantId, teamIds), (r) => r.teamId),
    defaults: rowById((teamIds) => data.defaultsByTeamIds(db, tenantId, teamIds), (r) => r.teamId),
    /** A sprint's overrides, whichever team they belong to (a board's team can change). */
    overrides: rowsById((sprintIds) => data.overridesBySprintIds(db, tenantId, sprintIds), (r) => r.sprintId!),
    daysOff: rowsById((sprintIds) => data.daysOffBySprintIds(db, tenantId, sprintIds), (r) => r.sprintId),
    ...remoteLoaders(runtime.client, tenantId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
