import { randomUUID } from 'node:crypto';
import { appError, audit, badInput, orNotFound, parseId, requireTeamRole, type Role, type TeamRole } from '@sprint-reports/core';
import { capacityTeamsChanged } from './remote/capacity.ts';
import { teamMembershipChanged } from './remote/queues.ts';
import { hashPassword } from './auth/passwords.ts';
import { accessChanged } from './access.ts';
import type { Context } from './context.ts';
import * as data from './data/index.ts';
import { announceTeamMembersChanged } from './events.ts';
import type { TeamMemberRow, TeamRow, UserRow } from './models.ts';
import { listedDiscipline, validDisciplines, validEmail, validName, validPassword, validPercent } from './validate.ts';

/** What admins do to the tenant's people and teams; each change is written to the audit log with it. */

/** A JIRA account maps to one user of the tenant: assignees are matched by it. Empty: none. */
async function jiraAccount(ctx: Context, value: string, userId: string | null): Promise<string | null> {
  const account = value.trim();
  if (!account) return null;
  if (account.length > 128) throw badInput('A JIRA account id has at most 128 characters', 'jiraAccountId');
  const [other] = (await data.usersByJiraAccountIds(ctx.db, ctx.tenantId, [account])).filter((u) => u.id !== userId);
  if (other) throw badInput(`JIRA account ${account} is already ${other.email}'s`, 'jiraAccountId');
  return account;
}

export async function createUser(
  ctx: Context,
  input: { email: string; displayName: string; role?: Role | null; password?: string | null; jiraAccountId?: string | null },
): Promise<UserRow> {
  const { db, tenantId } = ctx;
  const email = validEmail(input.email);
  const displayName = validName(input.displayName, 'displayName');
  const password = input.password != null ? validPassword(input.password) : null;
  const jiraAccountId = input.jiraAccountId != null ? await jiraAccount(ctx, input.jiraAccountId, null) : null;
  if (await data.userByEmail(db, tenantId, email)) throw badInput(`${email} already has an account in this organisation`, 'email');
  const user = await data.insertUser(db, {
    id: randomUUID(),
    tenantId,
    email,
    displayName,
    jiraAccountId,
    role: input.role ?? 'VIEWER',
    passwordHash: password ? await hashPassword(password, ctx.runtime.config.passwordHashCost) : null,
  });
  await audit(ctx, {
    action: 'user.created',
    targetType: 'User',
    targetId: user.id,
    details: { email, displayName, role: user.role, password: !!password, ...(jiraAccountId ? { jiraAccountId } : {}) },
  });
  return user;
}

export async function updateUser(
  ctx: Context,
  id: string,
  input: { displayName?: string | null; role?: Role | null; disabled?: boolean | null; jiraAccountId?: string | null },
): Promise<UserRow> {
  const { db, tenantId, loaders } = ctx;
  const user = orNotFound(await loaders.user.load(parseId(id)), 'User', id);
  const set: Partial<Pick<UserRow, 'displayName' | 'role' | 'disabledAt' | 'jiraAccountId'>> = {};
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  if (input.displayName != null) {
    const displayName = validName(input.displayName, 'displayName');
    if (displayName !== user.displayName) {
      set.displayName = displayName;
      changes.displayName = { from: user.displayName, to: displayName };
    }
  }
  if (input.role != null && input.role !== user.role) {
    set.role = input.role;
    changes.role = { from: user.role, to: input.role };
  }
  if (input.jiraAccountId != null) {
    const jiraAccountId = await jiraAccount(ctx, input.jiraAccountId, user.id);
    if (jiraAccountId !== user.jiraAccountId) {
      set.jiraAccountId = jiraAccountId;
      changes.jiraAccountId = { from: user.jiraAccountId, to: jiraAccountId };
    }
  }
  if (input.disabled != null && input.disabled !== !!user.disabledAt) {
    set.disabledAt = input.disabled ? new Date() : null;
    changes.disabled = { from: !!user.disabledAt, to: input.disabled };
  }
  if (!Object.keys(set).length) return user;
  const losesAdmin = user.role === 'ADMIN' && !user.disabledAt && ((set.role && set.role !== 'ADMIN') || set.disabledAt);
  if (losesAdmin && (await data.lockActiveAdmins(db, tenantId)).length <= 1) {
    throw badInput('This is the last admin of the organisation: make another user ADMIN first', set.disabledAt ? 'disabled' : 'role');
  }
  // Whoever changes their own role or disables themselves could lock themselves out: another admin does it.
  if (ctx.identity.kind === 'user' && ctx.identity.userId === user.id) {
    if (set.disabledAt) throw badInput('You cannot deactivate your own account: another admin can', 'disabled');
    if (changes.role) throw badInput('You cannot change your own role: another admin can', 'role');
  }
  const updated = await data.updateUserRow(db, tenantId, user.id, set);
  // A disabled user's sessions end now, and their access tokens with them (as do older tokens of a changed role).
  if (set.disabledAt) await data.revokeUserTokens(db, tenantId, user.id, set.disabledAt);
  if (changes.role || changes.disabled) await accessChanged(ctx, user.id);
  loaders.user.clear(user.id).prime(user.id, updated);
  // Capacity lists a team's members by name, from its own copy.
  if (changes.displayName)
    await capacityTeamsChanged(
      ctx.runtime.client,
      tenantId,
      (await loaders.teamsByUser.load(user.id)).map((m) => m.team.id),
    );
  await audit(ctx, { action: 'user.updated', targetType: 'User', targetId: user.id, details: { email: user.email, ...changes } });
  return updated;
}

export async function createTeam(ctx: Context, name: string): Promise<TeamRow> {
  const team = await data.insertTeam(ctx.db, { id: randomUUID(), tenantId: ctx.tenantId, name: validName(name, 'name', "The team's name") });
  // Capacity knows the team (no members yet) before its first read.
  await capacityTeamsChanged(ctx.runtime.client, ctx.tenantId, [team.id]);
  await audit(ctx, { action: 'team.created', targetType: 'Team', targetId: team.id, details: { name: team.name } });
  return team;
}

/**
 * Replaces the tenant's discipline list. A discipline team members work in cannot be removed (it may
 * change case: memberships match the list in any case).
 */
export async function setDisciplines(ctx: Context, names: readonly string[]): Promise<string[]> {
  const { db, tenantId, loaders } = ctx;
  const disciplines = validDisciplines(names, 'names');
  const current = orNotFound(await data.lockTenantDisciplines(db, tenantId, 'no key update'), 'Tenant', tenantId);
  const kept = new Set(disciplines.map((d) => d.toLowerCase()));
  const removedInUse = new Map<string, { discipline: string; members: number }>();
  for (const { discipline, members } of await data.memberCountsByDiscipline(db, tenantId)) {
    const key = discipline.toLowerCase();
    if (kept.has(key)) continue;
    const entry = removedInUse.get(key) ?? { discipline: current.find((d) => d.toLowerCase() === key) ?? discipline, members: 0 };
    removedInUse.set(key, { ...entry, members: entry.members + members });
  }
  if (removedInUse.size) {
    const uses = [...removedInUse.values()].map((u) => `${u.discipline} (${u.members} team member${u.members === 1 ? '' : 's'})`);
    throw badInput(`Team members still work in ${uses.join(', ')}: give them another discipline before removing it`, 'names');
  }
  if (disciplines.length === current.length && disciplines.every((d, i) => d === current[i])) return current;
  const tenant = await data.setTenantDisciplines(db, tenantId, disciplines);
  loaders.tenant.clear(tenantId).prime(tenantId, tenant);
  await audit(ctx, { action: 'tenant.disciplines_set', targetType: 'Tenant', targetId: tenantId, details: { from: current, to: disciplines } });
  return disciplines;
}

/** The membership of the user in the team, read after locking the user: one user's allocations change one at a time. */
async function lockedMembership(ctx: Context, team: TeamRow, user: UserRow) {
  await data.lockUser(ctx.db, ctx.tenantId, user.id);
  return data.memberOf(ctx.db, ctx.tenantId, team.id, user.id);
}

/** `name` as the tenant's list spells it; the list stays as it is until the transaction ends. */
async function tenantDiscipline(ctx: Context, name: string): Promise<string> {
  const disciplines = await data.lockTenantDisciplines(ctx.db, ctx.tenantId, 'share');
  return listedDiscipline(disciplines ?? [], name, 'discipline');
}

/**
 * A user's allocations to all their teams add up to at most 100 %. Lowering an allocation is always
 * allowed: it can only help a user allocated beyond that before the rule existed.
 */
async function checkAllocation(ctx: Context, team: TeamRow, user: UserRow, allocationPercent: number, before: number) {
  if (allocationPercent <= before) return;
  const elsewhere = (await data.allocationsElsewhere(ctx.db, ctx.tenantId, user.id, team.id)).filter((a) => a.allocationPercent > 0);
  const taken = elsewhere.reduce((sum, a) => sum + a.allocationPercent, 0);
  if (taken + allocationPercent <= 100) return;
  const teams = elsewhere.map((a) => `${a.team} ${a.allocationPercent} %`).join(', ');
  throw badInput(
    `${user.displayName} is already allocated ${taken} % to other teams (${teams}): at most ${Math.max(0, 100 - taken)} % is left`,
    'allocationPercent',
  );
}

/**
 * A team's members make its capacity: capacity's copy of them is rewritten, its draft queues re-plan
 * (queues subgraph, in the background) and, once this commits, TEAM_MEMBERS_CHANGED tells live
 * dashboards (the router maps it to capacityUpdated for every sprint of the team).
 */
async function teamChanged(ctx: Context, teamId: string, userId: string) {
  // Capacity's copy of the members first: the queues re-plan from the capacity it answers.
  await capacityTeamsChanged(ctx.runtime.client, ctx.tenantId, [teamId]);
  await teamMembershipChanged(ctx.runtime.client, ctx.tenantId, teamId, userId);
  await announceTeamMembersChanged(ctx, teamId);
}

export async function addTeamMember(
  ctx: Context,
  args: { teamId: string; userId: string; role: TeamRole; discipline: string; allocationPercent: number },
): Promise<TeamRow> {
  const { db, tenantId, loaders } = ctx;
  const disciplineName = validName(args.discipline, 'discipline', 'The discipline');
  const allocationPercent = validPercent(args.allocationPercent, 'allocationPercent');
  const [team, user] = await Promise.all([loaders.team.load(parseId(args.teamId, 'teamId')), loaders.user.load(parseId(args.userId, 'userId'))]);
  orNotFound(team, 'Team', args.teamId);
  orNotFound(user, 'User', args.userId);
  const before = await lockedMembership(ctx, team!, user!);
  const discipline = await tenantDiscipline(ctx, disciplineName);
  await checkAllocation(ctx, team!, user!, allocationPercent, before?.allocationPercent ?? 0);
  await data.upsertTeamMembers(db, [{ tenantId, teamId: team!.id, userId: user!.id, role: args.role, discipline, allocationPercent }]);
  if (before?.role !== args.role) await accessChanged(ctx, user!.id);
  loaders.membersByTeam.clear(team!.id);
  await audit(ctx, {
    action: before ? 'team_member.updated' : 'team_member.added',
    targetType: 'Team',
    targetId: team!.id,
    details: { team: team!.name, userId: user!.id, email: user!.email, role: args.role, discipline, allocationPercent },
  });
  await teamChanged(ctx, team!.id, user!.id);
  return team!;
}

/**
 * Changes a membership's discipline, allocation or team role, checked as addTeamMember checks them.
 * Admins may change any team's members; others need to manage the team (and the MANAGER tenant role).
 */
export async function updateTeamMember(
  ctx: Context,
  teamId: string,
  userId: string,
  input: { discipline?: string | null; allocationPercent?: number | null; role?: TeamRole | null },
): Promise<TeamRow> {
  const { db, tenantId, identity, loaders } = ctx;
  const [teamKey, userKey] = [parseId(teamId, 'teamId'), parseId(userId, 'userId')];
  requireTeamRole(identity, teamKey);
  const disciplineName = input.discipline != null ? validName(input.discipline, 'discipline', 'The discipline') : null;
  const allocationPercent = input.allocationPercent != null ? validPercent(input.allocationPercent, 'allocationPercent') : null;
  const [team, user] = await Promise.all([loaders.team.load(teamKey), loaders.user.load(userKey)]);
  orNotFound(team, 'Team', teamId);
  orNotFound(user, 'User', userId);
  const member = await lockedMembership(ctx, team!, user!);
  if (!member) throw appError('NOT_FOUND', `${user!.displayName} is not a member of ${team!.name}`, { id: userId });

  const set: Partial<Pick<TeamMemberRow, 'discipline' | 'role' | 'allocationPercent'>> = {};
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  if (disciplineName != null) {
    const discipline = await tenantDiscipline(ctx, disciplineName);
    if (discipline !== member.discipline) {
      set.discipline = discipline;
      changes.discipline = { from: member.discipline, to: discipline };
    }
  }
  if (allocationPercent != null && allocationPercent !== member.allocationPercent) {
    await checkAllocation(ctx, team!, user!, allocationPercent, member.allocationPercent);
    set.allocationPercent = allocationPercent;
    changes.allocationPercent = { from: member.allocationPercent, to: allocationPercent };
  }
  if (input.role != null && input.role !== member.role) {
    // As with one's own account role (updateUser): a manager who changed their own team role could lose
    // the team's management. Admins keep every team's rights through their account role, so they may.
    if (identity.kind === 'user' && identity.userId === user!.id && identity.role !== 'ADMIN') {
      throw badInput('You cannot change your own team role: another manager or an admin can', 'input.role');
    }
    set.role = input.role;
    changes.role = { from: member.role, to: input.role };
  }
  if (!Object.keys(set).length) return team!;
  await data.updateTeamMemberRow(db, tenantId, team!.id, user!.id, set);
  if (changes.role) await accessChanged(ctx, user!.id);
  loaders.membersByTeam.clear(team!.id);
  await audit(ctx, {
    action: 'team_member.updated',
    targetType: 'Team',
    targetId: team!.id,
    details: { team: team!.name, userId: user!.id, email: user!.email, ...changes },
  });
  if (changes.discipline || changes.allocationPercent) await teamChanged(ctx, team!.id, user!.id);
  return team!;
}

export async function removeTeamMember(ctx: Context, teamId: string, userId: string): Promise<boolean> {
  const { db, tenantId, loaders } = ctx;
  const team = orNotFound(await loaders.team.load(parseId(teamId, 'teamId')), 'Team', teamId);
  // False is for a user of the tenant who is not a member; an id the tenant has no user of is NOT_FOUND.
  const user = orNotFound(await loaders.user.load(parseId(userId, 'userId')), 'User', userId);
  const removed = await data.removeTeamMember(db, tenantId, team.id, user.id);
  if (removed) {
    await accessChanged(ctx, parseId(userId, 'userId'));
    await audit(ctx, { action: 'team_member.removed', targetType: 'Team', targetId: team.id, details: { team: team.name, userId } });
    await teamChanged(ctx, team.id, user.id);
  }
  return removed;
}
