import { type Database, groupByKeys, loader, orderByKeys } from '@sprint-reports/core';
import * as data from './data.ts';

/** Per-request loaders: each turns a request's worth of lookups into one SQL statement. */
export function createLoaders(db: Database, tenantId: string) {
  return {
    board: loader((ids: readonly string[]) => data.boardsByIds(db, tenantId, ids).then((rows) => orderByKeys(ids, rows, (r) => r.id))),
    boardsByTeam: loader((teamIds: readonly string[]) =>
      data.boardsByTeamIds(db, tenantId, teamIds).then((rows) => groupByKeys(teamIds, rows, (r) => r.teamId!)),
    ),
    sprint: loader((ids: readonly string[]) => data.sprintsByIds(db, tenantId, ids).then((rows) => orderByKeys(ids, rows, (r) => r.id))),
    sprintsByBoard: loader((boardIds: readonly string[]) =>
      data.sprintsByBoardIds(db, tenantId, boardIds).then((rows) => groupByKeys(boardIds, rows, (r) => r.boardId)),
    ),
    analysis: loader((sprintIds: readonly string[]) =>
      data.analysesBySprintIds(db, tenantId, sprintIds).then((rows) => orderByKeys(sprintIds, rows, (r) => r.sprintId)),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
