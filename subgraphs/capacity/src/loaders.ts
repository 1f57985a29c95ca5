import { type Database, groupByKeys, loader, orderByKeys } from '@sprint-reports/core';
import * as data from './data.ts';

/** Per-request loaders: each turns a request's worth of lookups into one SQL statement. */
export function createLoaders(db: Database, tenantId: string) {
  return {
    setting: loader((ids: readonly string[]) => data.settingsByIds(db, tenantId, ids).then((rows) => orderByKeys(ids, rows, (r) => r.id))),
    defaultsByTeam: loader((teamIds: readonly string[]) =>
      data.defaultSettingsByTeamIds(db, tenantId, teamIds).then((rows) => groupByKeys(teamIds, rows, (r) => r.teamId)),
    ),
    overridesBySprint: loader((sprintIds: readonly string[]) =>
      data.overridesBySprintIds(db, tenantId, sprintIds).then((rows) => groupByKeys(sprintIds, rows, (r) => r.sprintId!)),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
