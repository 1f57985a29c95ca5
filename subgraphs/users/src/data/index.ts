import { and, asc, count, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { upsertOn, type Database } from '@sprint-reports/core';
import { usersTables } from '@sprint-reports/drizzle';
import type { NewUserRow, TeamMemberRow, TeamRow, TenantRow, UserRow } from '../models.ts';

const { tenants, users, teams, teamMembers } = usersTables;

// Reads: scoped to the tenant, batched by key.

export const tenantById = (db: Database, tenantId: string) => db.select().from(tenants).where(eq(tenants.id, tenantId));

export const usersByIds = (db: Database, tenantId: string, ids: readonly string[]) =>
  db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), inArray(users.id, [...ids])));

export const listTeams = (db: Database, tenantId: string) => db.select().from(teams).where(eq(teams.tenantId, tenantId)).orderBy(asc(teams.name));

export const teamsByIds = (db: Database, tenantId: string, ids: readonly string[]) =>
  db
    .select()
    .from(teams)
    .where(and(eq(teams.tenantId, tenantId), inArray(teams.id, [...ids])));

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
    .select({ userId: teamMembers.userId, team: teams, role: teamMembers.role })
    .from(teamMembers)
    .innerJoin(teams, and(eq(teams.id, teamMembers.teamId), eq(teams.tenantId, tenantId)))
    .where(and(eq(teamMembers.tenantId, tenantId), inArray(teamMembers.userId, [...userIds])))
    .orderBy(asc(teams.name));

// Writes: idempotent upserts.

/** Seeds write a tenant after its members: its discipline list gains those they work in (see addUsedDisciplines). */
export async function upsertTenant(db: Database, row: Pick<TenantRow, 'id' | 'name' | 'slug'>) {
  await db
    .insert(tenants)
    .values(row)
    .onConflictDoUpdate({ target: tenants.id, set: { name: row.name, slug: row.slug } });
  await addUsedDisciplines(db, row.id);
}

/**
 * Appends to the tenant's discipline list the ones its team members work in that it lacks (in any
 * case), in name order; for seeded members, which are written straight rather than checked.
 */
export async function addUsedDisciplines(db: Database, tenantId: string) {
  const [tenant] = await tenantById(db, tenantId);
  if (!tenant) return;
  const known = new Set(tenant.disciplines.map((d) => d.toLowerCase()));
  const missing = new Map<string, string>();
  for (const { discipline } of await memberCountsByDiscipline(db, tenantId)) {
    if (!known.has(discipline.toLowerCase()) && !missing.has(discipline.toLowerCase())) missing.set(discipline.toLowerCase(), discipline);
  }
  if (!missing.size) return;
  await setTenantDisciplines(db, tenantId, [...tenant.disciplines, ...[...missing.values()].sort((a, b) => a.localeCompare(b))]);
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
  await db
    .insert(teams)
    .values(rows)
    .onConflictDoUpdate(upsertOn(teams, teams.id, ['name']));
}

export async function upsertTeamMembers(db: Database, rows: TeamMemberRow[]) {
  if (!rows.length) return;
  await db
    .insert(teamMembers)
    .values(rows)
    .onConflictDoUpdate(upsertOn(teamMembers, [teamMembers.teamId, teamMembers.userId], ['discipline', 'role', 'allocationPercent']));
}

/** Every tenant, by name (system scope: the command line picks one). */
export const allTenants = (db: Database) => db.select({ id: tenants.id, slug: tenants.slug, name: tenants.name }).from(tenants).orderBy(asc(tenants.name));

export const tenantExists = async (db: Database, tenantId: string) => (await tenantById(db, tenantId)).length > 0;

export const usersByJiraAccountIds = (db: Database, tenantId: string, accountIds: readonly string[]) =>
  db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), inArray(users.jiraAccountId, [...accountIds])));

// Sign-in and administration.

/** A unique constraint refused the write (drizzle wraps the driver's error). */
export const isUniqueViolation = (err: unknown): boolean => {
  const e = err as { code?: string; cause?: unknown } | null;
  return !!e && (e.code === '23505' || isUniqueViolation(e.cause));
};

export const listUsers = (db: Database, tenantId: string) =>
  db.select().from(users).where(eq(users.tenantId, tenantId)).orderBy(asc(users.displayName), asc(users.email));

/** Every account with this email, in any tenant the scope can see (system scope: all), with its tenant's slug. */
export const accountsByEmail = (db: Database, email: string, tenantSlug?: string | null) =>
  db
    .select({ user: users, slug: tenants.slug })
    .from(users)
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(and(eq(users.email, email), tenantSlug ? eq(tenants.slug, tenantSlug) : undefined));

export const userByEmail = async (db: Database, tenantId: string, email: string) =>
  (
    await db
      .select()
      .from(users)
      .where(and(eq(users.tenantId, tenantId), eq(users.email, email)))
  )[0] ?? null;

export const tenantBySlug = async (db: Database, slug: string) => (await db.select().from(tenants).where(eq(tenants.slug, slug)))[0] ?? null;

export async function insertTenant(db: Database, row: Pick<TenantRow, 'id' | 'name' | 'slug'>) {
  const [tenant] = await db.insert(tenants).values(row).returning();
  return tenant;
}

export async function insertUser(db: Database, row: NewUserRow) {
  const [user] = await db.insert(users).values(row).returning();
  return user;
}

export async function updateUserRow(
  db: Database,
  tenantId: string,
  id: string,
  set: Partial<Pick<UserRow, 'displayName' | 'role' | 'disabledAt' | 'jiraAccountId'>>,
) {
  const [user] = await db
    .update(users)
    .set(set)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id)))
    .returning();
  return user;
}

/**
 * The tenant's active admins, locked until the transaction ends: two admins demoting each other at
 * once are serialised, and the second sees the first's change (the last-admin rule holds).
 */
export const lockActiveAdmins = (db: Database, tenantId: string) =>
  db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.role, 'ADMIN'), isNull(users.disabledAt)))
    .for('update');

/** A user's role in each of their teams: the `teams` claim of their tokens. */
export async function teamRolesOf(db: Database, tenantId: string, userId: string): Promise<Record<string, TeamMemberRow['role']>> {
  const rows = await db
    .select({ teamId: teamMembers.teamId, role: teamMembers.role })
    .from(teamMembers)
    .where(and(eq(teamMembers.tenantId, tenantId), eq(teamMembers.userId, userId)));
  return Object.fromEntries(rows.map((r) => [r.teamId, r.role]));
}

// Disciplines and allocations.

/**
 * The tenant's discipline list, its row locked until the transaction ends: `share` while a membership
 * is checked against it, `no key update` while the list is replaced. A discipline is never removed
 * while a member is being given it.
 */
export const lockTenantDisciplines = async (db: Database, tenantId: string, lock: 'share' | 'no key update') =>
  (await db.select({ disciplines: tenants.disciplines }).from(tenants).where(eq(tenants.id, tenantId)).for(lock))[0]?.disciplines ?? null;

export async function setTenantDisciplines(db: Database, tenantId: string, disciplines: string[]) {
  const [tenant] = await db.update(tenants).set({ disciplines }).where(eq(tenants.id, tenantId)).returning();
  return tenant;
}

/** How many team memberships each discipline has (as the memberships spell it). */
export const memberCountsByDiscipline = (db: Database, tenantId: string) =>
  db
    .select({ discipline: teamMembers.discipline, members: count() })
    .from(teamMembers)
    .where(eq(teamMembers.tenantId, tenantId))
    .groupBy(teamMembers.discipline)
    .orderBy(asc(teamMembers.discipline));

/**
 * Locks the user's row until the transaction ends: changes to one user's allocations are serialised,
 * so two teams taking their last free percent at once cannot both succeed.
 */
export const lockUser = (db: Database, tenantId: string, userId: string) =>
  db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)))
    .for('no key update');

/** The user's allocations to their teams other than `teamId`, by team name. */
export const allocationsElsewhere = (db: Database, tenantId: string, userId: string, teamId: string) =>
  db
    .select({ team: teams.name, allocationPercent: teamMembers.allocationPercent })
    .from(teamMembers)
    .innerJoin(teams, and(eq(teams.id, teamMembers.teamId), eq(teams.tenantId, tenantId)))
    .where(and(eq(teamMembers.tenantId, tenantId), eq(teamMembers.userId, userId), ne(teamMembers.teamId, teamId)))
    .orderBy(asc(teams.name));

export async function updateTeamMemberRow(
  db: Database,
  tenantId: string,
  teamId: string,
  userId: string,
  set: Partial<Pick<TeamMemberRow, 'discipline' | 'role' | 'allocationPercent'>>,
) {
  const [member] = await db
    .update(teamMembers)
    .set(set)
    .where(and(eq(teamMembers.tenantId, tenantId), eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)))
    .returning();
  return member;
}

export async function insertTeam(db: Database, row: Pick<TeamRow, 'id' | 'tenantId' | 'name'>) {
  const [team] = await db.insert(teams).values(row).returning();
  return team;
}

export const removeTeamMember = async (db: Database, tenantId: string, teamId: string, userId: string) =>
  (
    await db
      .delete(teamMembers)
      .where(and(eq(teamMembers.tenantId, tenantId), eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)))
      .returning({ userId: teamMembers.userId })
  ).length > 0;

export const memberOf = async (db: Database, tenantId: string, teamId: string, userId: string) =>
  (
    await db
      .select()
      .from(teamMembers)
      .where(and(eq(teamMembers.tenantId, tenantId), eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)))
  )[0] ?? null;

// Access versions (the `ver` of access tokens).

/** Bumps the user's access version: their tokens issued before stop working. */
export const bumpAccessVersion = (db: Database, tenantId: string, userId: string) =>
  db
    .update(users)
    .set({ accessVersion: sql`${users.accessVersion} + 1` })
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));

/** What decides whether the user's tokens still hold: their access version and whether they are disabled. */
export const accessOf = async (db: Database, tenantId: string, userId: string) =>
  (
    await db
      .select({ version: users.accessVersion, disabledAt: users.disabledAt })
      .from(users)
      .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)))
  )[0] ?? null;

// The rest of the subgraph's SQL, by table: one data module (usersData) for the subgraph.
export * from './audit-log.ts';
export * from './oidc-providers.ts';
export * from './refresh-tokens.ts';
export * from './signing-keys.ts';
