import { DateTimeScalar, orNotFound, parseId } from '@sprint-reports/core';
import type { Resolvers } from './__generated__/resolvers-types.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    report: async (_, { id }, { loaders }) => orNotFound(await loaders.report.load(parseId(id)), 'Report', id),
  },
  Report: {
    __resolveReference: (ref, { loaders }) => loaders.report.load(ref.id),
    sprint: (r) => (r.sprintId ? { id: r.sprintId } : null),
    board: (r) => (r.boardId ? { id: r.boardId } : null),
    team: (r) => (r.teamId ? { id: r.teamId } : null),
  },
  Sprint: {
    __resolveReference: (ref) => ({ id: ref.id }),
    reports: (sprint, _, { loaders }) => loaders.reportsBySprint.load(sprint.id),
  },
};
