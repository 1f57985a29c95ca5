import { DateTimeScalar, badInput, forbidden, orNotFound, parseId } from '@sprint-reports/core';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import {
  auditEntries,
  auditKinds,
  emailDomainsOf,
  insertAuditEntries,
  listTeams,
  listUsers,
  MAX_AUDIT_PAGE,
  providerByIssuer,
  providersOfTenant,
  usersByJiraAccountIds,
} from './data/index.ts';
import { addTeamMember, createTeam, createUser, removeTeamMember, setDisciplines, updateTeamMember, updateUser } from './mutations.ts';
import { userAccess } from './access.ts';
import { auditRowsFrom, validKind } from './audit-entries.ts';
import { testOidcProvider } from './auth/oidc-test.ts';
import { removeOidcProvider, setOidcProvider, signInExternal, singleSignOn } from './auth/oidc.ts';
import { login, logout, refresh, signUp } from './auth/sessions.ts';
import { publishedKeys } from './auth/signing-keys.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    tenant: (_, __, { loaders, tenantId }) => loaders.tenant.load(tenantId),
    me: (_, __, { identity, loaders }) => (identity.kind === 'user' ? loaders.user.load(identity.userId) : null),
    users: (_, __, { db, tenantId }) => listUsers(db, tenantId),
    teams: (_, __, { db, tenantId }) => listTeams(db, tenantId),
    team: async (_, { id }, { loaders }) => orNotFound(await loaders.team.load(parseId(id)), 'Team', id),
    user: async (_, { id }, { loaders }) => orNotFound(await loaders.user.load(parseId(id)), 'User', id),
    oidcProviders: (_, __, { db, tenantId }) => providersOfTenant(db, tenantId),
    singleSignOn: (_, { email }, ctx) => singleSignOn(ctx, email),
    auditLog: (_, { limit, before, beforeId, actorId, kind }, { db, tenantId }) => {
      const n = limit ?? 50;
      if (n < 1 || n > MAX_AUDIT_PAGE) throw badInput(`limit must be from 1 to ${MAX_AUDIT_PAGE}`, 'limit');
      return auditEntries(db, tenantId, {
        limit: n,
        before: before ? new Date(before) : null,
        beforeId: beforeId ? parseId(beforeId, 'beforeId') : null,
        actorId: actorId ? parseId(actorId, 'actorId') : null,
        kind: kind ? validKind(kind) : null,
      });
    },
    auditLogKinds: (_, __, { db, tenantId }) => auditKinds(db, tenantId),
    testOidcProvider: (_, { input }, ctx) => testOidcProvider(ctx, input),
    usersByJiraAccountIds: (_, { accountIds }, { db, tenantId }) => (accountIds.length ? usersByJiraAccountIds(db, tenantId, accountIds) : []),
    // Signing keys are no tenant's: only a system-wide caller (the router) reads them.
    accessTokenKeys: async (_, __, { db, identity }) => {
      if (identity.tenantId) throw forbidden('accessTokenKeys is read system-wide (by the router), not for a tenant');
      return JSON.stringify(await publishedKeys(db));
    },
    oidcProvider: (_, { issuer }, { db }) => providerByIssuer(db, issuer),
    userAccess: (_, { userId }, ctx) => userAccess(ctx, userId),
  },
  Mutation: {
    signUp: (_, { input }, ctx) => signUp(ctx, input),
    login: (_, args, ctx) => login(ctx, args),
    refreshToken: (_, { refreshToken }, ctx) => refresh(ctx, refreshToken),
    logout: (_, { refreshToken }, ctx) => logout(ctx, refreshToken),
    createUser: (_, { input }, ctx) => createUser(ctx, input),
    updateUser: (_, { id, input }, ctx) => updateUser(ctx, id, input),
    createTeam: (_, { name }, ctx) => createTeam(ctx, name),
    setDisciplines: (_, { names }, ctx) => setDisciplines(ctx, names),
    addTeamMember: (_, args, ctx) => addTeamMember(ctx, args),
    updateTeamMember: (_, { teamId, userId, input }, ctx) => updateTeamMember(ctx, teamId, userId, input),
    removeTeamMember: (_, { teamId, userId }, ctx) => removeTeamMember(ctx, teamId, userId),
    setOidcProvider: (_, { input }, ctx) => setOidcProvider(ctx, input),
    removeOidcProvider: (_, { issuer }, ctx) => removeOidcProvider(ctx, issuer),
    signInExternal: (_, { issuer, claims }, ctx) => signInExternal(ctx, issuer, claims),
    recordAudit: (_, { entries }, ctx) => insertAuditEntries(ctx.db, auditRowsFrom(ctx, entries)),
  },
  Tenant: {
    // Only the request's own tenant resolves: other tenants are invisible.
    __resolveReference: (ref, { loaders }) => loaders.tenant.load(ref.id),
  },
  User: {
    __resolveReference: (ref, { loaders }) => loaders.user.load(ref.id),
    disabled: (user) => !!user.disabledAt,
    // A session's user was loaded with its tenant and teams at sign-in (the request itself has no tenant).
    tenant: async (user, _, { loaders }) => user.signedIn?.tenant ?? (await loaders.tenant.load(user.tenantId))!,
    teams: async (user, _, { loaders }) => (user.signedIn?.memberships ?? (await loaders.teamsByUser.load(user.id))).map((r) => r.team),
    teamRoles: async (user, _, { loaders }) => user.signedIn?.memberships ?? (await loaders.teamsByUser.load(user.id)),
  },
  Team: {
    __resolveReference: (ref, { loaders }) => loaders.team.load(ref.id),
    members: (team, _, { loaders }) => loaders.membersByTeam.load(team.id),
  },
  TeamMember: {
    user: async (member, _, { loaders }) => (await loaders.user.load(member.userId))!,
    role: (member) => member.role,
  },
  OidcProvider: {
    roleMapping: (provider) => Object.entries(provider.roleMapping).map(([claimValue, role]) => ({ claimValue, role })),
    emailDomains: async (provider, _, { db }) => (await emailDomainsOf(db, [provider.id])).get(provider.id) ?? [],
  },
  AuditEntry: {
    actor: (entry, _, { loaders }) => (entry.actorUserId ? loaders.user.load(entry.actorUserId) : null),
    details: (entry) => JSON.stringify(entry.details),
  },
};
