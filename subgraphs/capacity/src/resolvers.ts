import { DateTimeScalar, orNotFound, parseId } from '@sprint-reports/core';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { sprintCapacity } from './compute.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    capacitySetting: async (_, { id }, { loaders }) => orNotFound(await loaders.setting.load(parseId(id)), 'CapacitySetting', id),
  },
  CapacitySetting: {
    __resolveReference: (ref, { loaders }) => loaders.setting.load(ref.id),
    team: (s) => ({ id: s.teamId }),
    user: (s) => ({ id: s.userId }),
    sprint: (s) => (s.sprintId ? { id: s.sprintId } : null),
  },
  Team: {
    __resolveReference: (ref) => ({ id: ref.id }),
    capacitySettings: (team, _, { loaders }) => loaders.defaultsByTeam.load(team.id),
  },
  Sprint: {
    // The gateway sends startDate, endDate and team (@requires) with the reference.
    __resolveReference: (ref) => ref,
    capacity: async (sprint, _, { loaders }) => {
      if (!sprint.startDate || !sprint.endDate || !sprint.team) return null;
      const [defaults, overrides] = await Promise.all([loaders.defaultsByTeam.load(sprint.team.id), loaders.overridesBySprint.load(sprint.id)]);
      return sprintCapacity(new Date(sprint.startDate), new Date(sprint.endDate), defaults, overrides);
    },
  },
};
