import { DateTimeScalar, orNotFound, parseId } from '@sprint-reports/core';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { capacityOf } from './capacity.ts';
import { sprintHolidays } from './holidays.ts';
import { sprintQueuesChanged, sprintsChanged, teamMembersChanged } from './read-model.ts';
import { setMemberAvailability, setSprintCapacity, setTeamCapacity } from './mutations.ts';

const ids = (list: readonly string[], field: string) => list.map((id) => parseId(id, field));

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    capacitySetting: async (_, { id }, { loaders }) => orNotFound(await loaders.setting.load(parseId(id)), 'CapacitySetting', id),
  },
  Mutation: {
    setTeamCapacity: (_, { teamId, input }, ctx) => setTeamCapacity(ctx, teamId, input),
    setSprintCapacity: (_, { sprintId, input }, ctx) => setSprintCapacity(ctx, sprintId, input),
    setMemberAvailability: (_, { sprintId, userId, daysOff }, ctx) => setMemberAvailability(ctx, sprintId, userId, daysOff),
    sprintInputsChanged: async (_, { sprintIds }, { db, tenantId, runtime }) =>
      (await sprintsChanged({ db, client: runtime.client }, tenantId, ids(sprintIds, 'sprintIds'))).length,
    teamMembersChanged: async (_, { teamIds }, { db, tenantId, runtime }) =>
      (await teamMembersChanged({ db, client: runtime.client }, tenantId, ids(teamIds, 'teamIds'))).length,
    sprintQueuesChanged: async (_, { sprintIds }, { db, tenantId, runtime }) =>
      (await sprintQueuesChanged({ db, client: runtime.client }, tenantId, ids(sprintIds, 'sprintIds'))).length,
  },
  CapacitySetting: {
    __resolveReference: (ref, { loaders }) => loaders.setting.load(ref.id),
    team: (s) => ({ id: s.teamId }),
    sprint: (s) => (s.sprintId ? { id: s.sprintId } : null),
    daysOff: async (s, _, { loaders }) =>
      s.sprintId ? (await loaders.daysOff.load(s.sprintId)).filter((d) => d.teamId === s.teamId).map((d) => ({ user: { id: d.userId }, days: d.daysOff })) : [],
  },
  Team: {
    __resolveReference: (ref) => ({ id: ref.id }),
    capacitySettings: (team, _, { loaders }) => loaders.settingsByTeam.load(team.id),
  },
  Sprint: {
    // The gateway sends startDate, endDate and team (@requires) with the reference.
    __resolveReference: (ref) => ref,
    capacity: (sprint, _, ctx) => {
      if (!sprint.startDate || !sprint.endDate || !sprint.team) return null;
      return capacityOf(ctx, { id: sprint.id, startDate: new Date(sprint.startDate), endDate: new Date(sprint.endDate), teamId: sprint.team.id });
    },
    holidays: (sprint, _, { loaders }) => (sprint.team ? sprintHolidays(loaders, sprint.id, sprint.team.id) : []),
  },
};
