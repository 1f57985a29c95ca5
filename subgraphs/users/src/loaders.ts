import { type Database, groupByKeys, loader, orderByKeys } from '@sprint-reports/core';
import * as data from './data.ts';

/** Per-request loaders: each turns a request's worth of lookups into one SQL statement. */
export function createLoaders(db: Database, tenantId: string) {
  return {
    // Every lookup of the request is for its own tenant, so this batches to one row at most.
    tenant: loader((ids: readonly string[]) =>
      data.tenantById(db, tenantId).then((rows) => orderByKeys(ids, rows, (r) => r.id)),
    ),
    user: loader((ids: readonly string[]) => data.usersByIds(db, tenantId, ids).then((rows) => orderByKeys(ids, rows, (r) => r.id))),
    team: loader((ids: readonly string[]) => data.teamsByIds(db, tenantId, ids).then((rows) => orderByKeys(ids, rows, (r) => r.id))),
    membersByTeam: loader((teamIds: readonly string[]) =>
      data.membersByTeamIds(db, tenantId, teamIds).then((rows) => groupByKeys(teamIds, rows, (r) => r.teamId)),
    ),
    teamsByUser: loader((userIds: readonly string[]) =>
      data.teamsByUserIds(db, tenantId, userIds).then((rows) => groupByKeys(userIds, rows, (r) => r.userId).map((g) => g.map((r) => r.team))),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
