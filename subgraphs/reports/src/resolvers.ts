import { DateTimeResolver } from 'graphql-scalars';
import { badInput, isUuid, notFound } from '@sprint-reports/core';
import type { Resolvers } from './__generated__/resolvers-types.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  Query: {
    report: async (_, { id }, { loaders }) => {
      if (!isUuid(id)) throw badInput(`"${id}" is not a valid id`, 'id');
      return (await loaders.report.load(id)) ?? Promise.reject(notFound('Report', id));
    },
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
