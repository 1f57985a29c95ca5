import { randomUUID } from 'node:crypto';
import { audit, badInput, orNotFound, parseId, type Role } from '@sprint-reports/core';
import { hashPassword } from './auth/passwords.ts';
import { revokeUserTokens } from './auth/refresh-tokens.ts';
import type { Context } from './context.ts';
import * as data from './data.ts';
import type { TeamRow, UserRow } from './models.ts';
import { validEmail, validName, validPassword, validPercent } from './validate.ts';

/** What admins do to the tenant's people and teams; each change is written to the audit log with it. */

export async function createUser(ctx: Context, input: { email: string; displayName: string; role?: Role | null; password?: string | null }): Promise<UserRow> {
  const { db, tenantId } = ctx;
  const email = validEmail(input.email);
  const displayName = validName(input.displayName, 'displayName');
  const password = input.password != null ? validPassword(input.password) : null;
  if (await data.userByEmail(db, tenantId, email)) throw badInput(`${email} already has an account in this organisation`, 'email');
  const user = await data.insertUser(db, {
    id: randomUUID(),
    tenantId,
    email,
    displayName,
    jiraAccountId: null,
    role: input.role ?? 'VIEWER',
    passwordHash: password ? await hashPassword(password) : null,
  });
  await audit(ctx, { action: 'user.created', targetType: 'User', targetId: user.id, details: { email, displayName, role: user.role, password: !!password } });
  return user;
}

export async function updateUser(ctx: Context, id: string, input: { displayName?: string | null; role?: Role | null; disabled?: boolean | null }): Promise<UserRow> {
  const { db, tenantId, loaders } = ctx;
  const user = orNotFound(await loaders.user.load(parseId(id)), 'User', id);
  const set: Partial<Pick<UserRow, 'displayName' | 'role' | 'disabledAt'>> = {};
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
  if (input.disabled != null && input.disabled !== !!user.disabledAt) {
    set.disabledAt = input.disabled ? new Date() : null;
    changes.disabled = { from: !!user.disabledAt, to: input.disabled };
  }
  if (!Object.keys(set).length) return user;
  const losesAdmin = user.role === 'ADMIN' && !user.disabledAt && ((set.role && set.role !== 'ADMIN') || set.disabledAt);
  if (losesAdmin && (await data.lockActiveAdmins(db, tenantId)).length <= 1) {
    throw badInput('This is the last admin of the organisation: make another user ADMIN first', set.disabledAt ? 'disabled' : 'role');
  }
  const updated = await data.updateUserRow(db, tenantId, user.id, set);
  // A disabled user's sessions end now; their access tokens lapse within minutes.
  if (set.disabledAt) await revokeUserTokens(db, tenantId, user.id, set.disabledAt);
  loaders.user.clear(user.id).prime(user.id, updated);
  await audit(ctx, { action: 'user.updated', targetType: 'User', targetId: user.id, details: { email: user.email, ...changes } });
  return updated;
}

export async function createTeam(ctx: Context, name: string): Promise<TeamRow> {
  const team = await data.insertTeam(ctx.db, { id: randomUUID(), tenantId: ctx.tenantId, name: validName(name, 'name', "The team's name") });
  await audit(ctx, { action: 'team.created', targetType: 'Team', targetId: team.id, details: { name: team.name } });
  return team;
}

export async function addTeamMember(
  ctx: Context,
  args: { teamId: string; userId: string; role: 'MANAGER' | 'MEMBER' | 'VIEWER'; discipline: string; allocationPercent: number },
): Promise<TeamRow> {
  const { db, tenantId, loaders } = ctx;
  const discipline = validName(args.discipline, 'discipline', 'The discipline');
  const allocationPercent = validPercent(args.allocationPercent, 'allocationPercent');
  const [team, user] = await Promise.all([loaders.team.load(parseId(args.teamId, 'teamId')), loaders.user.load(parseId(args.userId, 'userId'))]);
  orNotFound(team, 'Team', args.teamId);
  orNotFound(user, 'User', args.userId);
  const before = await data.memberOf(db, tenantId, team!.id, user!.id);
  await data.upsertTeamMembers(db, [{ tenantId, teamId: team!.id, userId: user!.id, role: args.role, discipline, allocationPercent }]);
  await audit(ctx, {
    action: before ? 'team_member.updated' : 'team_member.added',
    targetType: 'Team',
    targetId: team!.id,
    details: { team: team!.name, userId: user!.id, email: user!.email, role: args.role, discipline, allocationPercent },
  });
  return team!;
}

export async function removeTeamMember(ctx: Context, teamId: string, userId: string): Promise<boolean> {
  const { db, tenantId, loaders } = ctx;
  const team = orNotFound(await loaders.team.load(parseId(teamId, 'teamId')), 'Team', teamId);
  const removed = await data.removeTeamMember(db, tenantId, team.id, parseId(userId, 'userId'));
  if (removed) await audit(ctx, { action: 'team_member.removed', targetType: 'Team', targetId: team.id, details: { team: team.name, userId } });
  return removed;
}
