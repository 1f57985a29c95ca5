import { DateScalar, DateTimeScalar, badInput, orNotFound, parseId } from '@sprint-reports/core';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { deleteBoardsOfConnection, listBoards, markSprintDeleted, setBoardTeam } from './data.ts';
import { syncBoards, syncSprints } from './jira/sync.ts';
import { refreshSprintAnalyses } from './analysis/refresh.ts';
import { REFRESH_JOB } from './jobs.ts';
import type { BoardRow } from './models.ts';

/** `last: N` keeps the most recent N of an oldest-first list. */
function takeLast<T>(list: T[], last: number | null | undefined): T[] {
  if (last == null) return list;
  if (last < 0) throw badInput('last must not be negative', 'last');
  return last === 0 ? [] : list.slice(-last);
}

/** A board's team, as a reference to the users subgraph's Team. */
const teamOf = (board: BoardRow | null) => (board?.teamId ? { id: board.teamId } : null);

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Date: DateScalar,
  SprintEstimateChange: {
    issue: (change) => ({ __typename: 'Issue', id: change.issueId }),
  },
  Query: {
    boards: (_, __, { db, tenantId }) => listBoards(db, tenantId),
    board: async (_, { id }, { loaders }) => orNotFound(await loaders.board.load(parseId(id)), 'Board', id),
    sprint: async (_, { id }, { loaders }) => orNotFound(await loaders.sprint.load(parseId(id)), 'Sprint', id),
  },
  Mutation: {
    setBoardTeam: async (_, { boardId, teamId }, { db, tenantId }) => {
      const [board] = await setBoardTeam(db, tenantId, parseId(boardId, 'boardId'), teamId ? parseId(teamId, 'teamId') : null);
      return orNotFound(board, 'Board', boardId);
    },
    syncJiraBoards: (_, { connectionId, boards }, { db, tenantId }) => syncBoards(db, tenantId, parseId(connectionId), boards),
    syncJiraSprints: (_, { connectionId, sprints }, { db, tenantId }) => syncSprints(db, tenantId, parseId(connectionId), sprints),
    deleteJiraSprint: async (_, { connectionId, jiraSprintId, eventAt }, { db, tenantId }) =>
      (await markSprintDeleted(db, tenantId, parseId(connectionId), jiraSprintId, eventAt ? new Date(eventAt) : new Date())).length > 0,
    deleteJiraConnectionData: (_, { connectionId }, { db, tenantId }) => deleteBoardsOfConnection(db, tenantId, parseId(connectionId)),
    sprintsChanged: async (_, { sprintIds, wait }, { db, tenantId, runtime }) => {
      const ids = sprintIds.map((id) => parseId(id));
      if (wait) return refreshSprintAnalyses({ db, client: runtime.client }, tenantId, ids);
      await runtime.jobs.enqueue(REFRESH_JOB, { tenantId, sprintIds: ids });
      return 0;
    },
  },
  Board: {
    __resolveReference: (ref, { loaders }) => loaders.board.load(ref.id),
    team: (board) => teamOf(board),
    sprints: async (board, { last }, { loaders }) => takeLast(await loaders.sprintsByBoard.load(board.id), last),
    velocity: async (board, { last }, { loaders }) => {
      const closed = (await loaders.sprintsByBoard.load(board.id)).filter((s) => s.state === 'CLOSED');
      const recent = takeLast(closed, last ?? 6);
      const analyses = await loaders.analysis.loadMany(recent.map((s) => s.id));
      return recent.flatMap((sprint, i) => {
        const a = analyses[i];
        if (!a || a instanceof Error) return [];
        return [{ sprint, committedPoints: a.committedPoints, completedPoints: a.completedPoints }];
      });
    },
  },
  Team: {
    __resolveReference: (ref) => ({ id: ref.id }),
    boards: (team, _, { loaders }) => loaders.boardsByTeam.load(team.id),
  },
  Sprint: {
    __resolveReference: (ref, { loaders }) => loaders.sprint.load(ref.id),
    board: async (sprint, _, { loaders }) => (await loaders.board.load(sprint.boardId))!,
    team: async (sprint, _, { loaders }) => teamOf(await loaders.board.load(sprint.boardId)),
    analysis: (sprint, _, { loaders }) => (sprint.state === 'FUTURE' ? null : loaders.analysis.load(sprint.id)),
  },
};
