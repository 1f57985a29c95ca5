import { type Database, rowById, rowsById } from '@sprint-reports/core';
import * as data from './data.ts';

/** Per-request loaders: each turns a request's worth of lookups into one SQL statement. */
export function createLoaders(db: Database, tenantId: string) {
  return {
    board: rowById((ids) => data.boardsByIds(db, tenantId, ids), (r) => r.id),
    boardsByTeam: rowsById((teamIds) => data.boardsByTeamIds(db, tenantId, teamIds), (r) => r.teamId!),
    sprint: rowById((ids) => data.sprintsByIds(db, tenantId, ids), (r) => r.id),
    sprintsByBoard: rowsById((boardIds) => data.sprintsByBoardIds(db, tenantId, boardIds), (r) => r.boardId),
    analysis: rowById((sprintIds) => data.analysesBySprintIds(db, tenantId, sprintIds), (r) => r.sprintId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
