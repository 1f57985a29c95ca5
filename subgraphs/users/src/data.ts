import { and, asc, eq, inArray } from 'drizzle-orm';
import { upsertOn, type Database } from '@sprint-reports/core';
import { usersTables } from '@sprint-reports/drizzle';
import type { NewUserRow, TeamMemberRow, TeamRow, TenantRow } from './models.ts';

const { tenants, users, teams, teamMembers } = usersTables;

// Reads: scoped to the tenant, batched by key.

export const tenantById = (db: Database, tenantId: string) => db.select().from(tenants).where(eq(tenants.id, tenantId));

export const usersByIds = (db: Database, tenantId: string, ids: readonly string[]) =>
  db.select().from(users).where(and(eq(users.tenantId, tenantId), inArray(users.id, [...ids])));

export const listTeams = (db: Database, tenantId: string) => db.select().from(teams).where(eq(teams.tenantId, tenantId)).orderBy(asc(teams.name));

export const teamsByIds = (db: Database, tenantId: string, ids: readonly string[]) =>
  db.select().from(teams).where(and(eq(teams.tenantId, tenantId), inArray(teams.id, [...ids])));

export const membersByTeamIds = (db: Database, tenantId: string, teamIds: readonly string[]) =>
  db
    .select({ member: teamMembers })
    .from(teamMembers)
    .innerJoin(users, and(eq(users.id, teamMembers.userId), eq(users.tenantId, tenantId)))
    .where(and(eq(teamMembers.tenantId, tenantId), inArray(teamMembers.teamId, [...teamIds])))
    .orderBy(asc(users.displayName))
    .then((rows) => rows.map((r) => r.member));

export const teamsByUserIds = (db: Database, tenantId: string, userIds: readonly string[]) =>
  db
    .select({ userId: teamMembers.userId, team: teams })
    .from(teamMembers)
    .innerJoin(teams, and(eq(teams.id, teamMembers.teamId), eq(teams.tenantId, tenantId)))
    .where(and(eq(teamMembers.tenantId, tenantId), inArray(teamMembers.userId, [...userIds])))
    .orderBy(asc(teams.name));

// Writes: idempotent upserts.

export async function upsertTenant(db: Database, row: Pick<TenantRow, 'id' | 'name' | 'slug'>) {
  await db.insert(tenants).values(row).onConflictDoUpdate({ target: tenants.id, set: { name: row.name, slug: row.slug } });
}

export async function upsertUsers(db: Database, rows: NewUserRow[]) {
  if (!rows.length) return;
  await db
    .insert(users)
    .values(rows)
    .onConflictDoUpdate(upsertOn(users, users.id, ['email', 'displayName', 'jiraAccountId']));
}

export async function upsertTeams(db: Database, rows: Omit<TeamRow, 'createdAt'>[]) {
  if (!rows.length) return;
  await db.insert(teams).values(rows).onConflictDoUpdate(upsertOn(teams, teams.id, ['name']));
}

export async function upsertTeamMembers(db: Database, rows: TeamMemberRow[]) {
  if (!rows.length) return;
  await db
    .insert(teamMembers)
    .values(rows)
    .onConflictDoUpdate(upsertOn(teamMembers, [teamMembers.teamId, teamMembers.userId], ['discipline', 'role', 'allocationPercent']));
}

export const tenantExists = async (db: Database, tenantId: string) => (await tenantById(db, tenantId)).length > 0;

export const usersByJiraAccountIds = (db: Database, tenantId: string, accountIds: readonly string[]) =>
  db.select().from(users).where(and(eq(users.tenantId, tenantId), inArray(users.jiraAccountId, [...accountIds])));
