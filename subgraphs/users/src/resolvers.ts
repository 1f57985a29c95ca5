import { orNotFound, parseId } from '@sprint-reports/core';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { listTeams, usersByJiraAccountIds } from './data.ts';

export const resolvers: Resolvers = {
  Query: {
    tenant: (_, __, { loaders, tenantId }) => loaders.tenant.load(tenantId),
    teams: (_, __, { db, tenantId }) => listTeams(db, tenantId),
    team: async (_, { id }, { loaders }) => orNotFound(await loaders.team.load(parseId(id)), 'Team', id),
    user: async (_, { id }, { loaders }) => orNotFound(await loaders.user.load(parseId(id)), 'User', id),
    usersByJiraAccountIds: (_, { accountIds }, { db, tenantId }) => (accountIds.length ? usersByJiraAccountIds(db, tenantId, accountIds) : []),
  },
  Tenant: {
    // Only the request's own tenant resolves: other tenants are invisible.
    __resolveReference: (ref, { loaders }) => loaders.tenant.load(ref.id),
  },
  User: {
    __resolveReference: (ref, { loaders }) => loaders.user.load(ref.id),
    tenant: async (user, _, { loaders }) => (await loaders.tenant.load(user.tenantId))!,
    teams: async (user, _, { loaders }) => (await loaders.teamsByUser.load(user.id)).map((r) => r.team),
  },
  Team: {
    __resolveReference: (ref, { loaders }) => loaders.team.load(ref.id),
    members: (team, _, { loaders }) => loaders.membersByTeam.load(team.id),
  },
  TeamMember: {
    user: async (member, _, { loaders }) => (await loaders.user.load(member.userId))!,
    role: (member) => member.role as 'MANAGER' | 'MEMBER' | 'VIEWER',
  },
};
