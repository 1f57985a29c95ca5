import { type Database, rowById, rowsById } from '@sprint-reports/core';
import * as data from './data/index.ts';

/** Per-request loaders: each turns a request's worth of lookups into one SQL statement. */
export function createLoaders(db: Database, tenantId: string) {
  return {
    // Every lookup of the request is for its own tenant, so this finds one row at most.
    tenant: rowById(
      () => data.tenantById(db, tenantId),
      (r) => r.id,
    ),
    user: rowById(
      (ids) => data.usersByIds(db, tenantId, ids),
      (r) => r.id,
    ),
    team: rowById(
      (ids) => data.teamsByIds(db, tenantId, ids),
      (r) => r.id,
    ),
    membersByTeam: rowsById(
      (teamIds) => data.membersByTeamIds(db, tenantId, teamIds),
      (r) => r.teamId,
    ),
    teamsByUser: rowsById(
      (userIds) => data.teamsByUserIds(db, tenantId, userIds),
      (r) => r.userId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
