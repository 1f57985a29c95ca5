import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '@sprint-reports/core';
import { capacityTables } from '@sprint-reports/drizzle';
import type { CapacitySettingRow, MemberDaysOffRow } from './models.ts';

const { capacitySettings, memberDaysOff } = capacityTables;

export const settingsByIds = (db: Database, tenantId: string, ids: readonly string[]) =>
  db
    .select()
    .from(capacitySettings)
    .where(and(eq(capacitySettings.tenantId, tenantId), inArray(capacitySettings.id, [...ids])));

/** Each team's settings: its defaults first, then its sprints' overrides. */
export const settingsByTeamIds = (db: Database, tenantId: string, teamIds: readonly string[]) =>
  db
    .select()
    .from(capacitySettings)
    .where(and(eq(capacitySettings.tenantId, tenantId), inArray(capacitySettings.teamId, [...teamIds])))
    .orderBy(sql`${capacitySettings.sprintId} is not null`, asc(capacitySettings.id));

export const defaultsByTeamIds = (db: Database, tenantId: string, teamIds: readonly string[]) =>
  db
    .select()
    .from(capacitySettings)
    .where(and(eq(capacitySettings.tenantId, tenantId), inArray(capacitySettings.teamId, [...teamIds]), isNull(capacitySettings.sprintId)));

export const overridesBySprintIds = (db: Database, tenantId: string, sprintIds: readonly string[]) =>
  db
    .select()
    .from(capacitySettings)
    .where(and(eq(capacitySettings.tenantId, tenantId), inArray(capacitySettings.sprintId, [...sprintIds])));

export const daysOffBySprintIds = (db: Database, tenantId: string, sprintIds: readonly string[]) =>
  db
    .select()
    .from(memberDaysOff)
    .where(and(eq(memberDaysOff.tenantId, tenantId), inArray(memberDaysOff.sprintId, [...sprintIds])));

/**
 * Writes a team's defaults (no sprint) or a sprint's overrides: one row per team and sprint, kept
 * by the partial unique indexes, so two first writes at once end as one row. Answers it as stored.
 */
export async function upsertSetting(db: Database, row: CapacitySettingRow): Promise<CapacitySettingRow> {
  const { focusFactor, defaultPointsPerDay, historySprints, hoursPerDay, holidays } = row;
  const values = { focusFactor, defaultPointsPerDay, historySprints, hoursPerDay, holidays };
  const [stored] = await db
    .insert(capacitySettings)
    .values(row)
    .onConflictDoUpdate(
      row.sprintId
        ? { target: [capacitySettings.teamId, capacitySettings.sprintId], targetWhere: sql`sprint_id is not null`, set: values }
        : { target: capacitySettings.teamId, targetWhere: sql`sprint_id is null`, set: values },
    )
    .returning();
  return stored;
}

export async function upsertSettings(db: Database, rows: CapacitySettingRow[]) {
  for (const row of rows) await upsertSetting(db, row);
}

/** Days off of 0 delete the row: no row means no days off. */
export async function setDaysOff(db: Database, rows: MemberDaysOffRow[]) {
  for (const row of rows) {
    const key = and(
      eq(memberDaysOff.tenantId, row.tenantId),
      eq(memberDaysOff.teamId, row.teamId),
      eq(memberDaysOff.sprintId, row.sprintId),
      eq(memberDaysOff.userId, row.userId),
    );
    if (row.daysOff === 0) await db.delete(memberDaysOff).where(key);
    else
      await db
        .insert(memberDaysOff)
        .values(row)
        .onConflictDoUpdate({ target: [memberDaysOff.teamId, memberDaysOff.sprintId, memberDaysOff.userId], set: { daysOff: row.daysOff } });
  }
}

// The read model (drizzle/schema/capacity.ts): one statement per batch of keys for the query path,
// and the writes of the internal mutations that keep it current (read-model.ts).

const { sprintInputs, teamInputs, teamMemberInputs, sprintQueueInputs } = capacityTables;

/** The most history a sprint's row brings (MAX_HISTORY_SPRINTS in compute.ts). */
const HISTORY_LIMIT = 20;

export type WireHistory = { id: string; startDate: string; endDate: string; completeDate: string | null; completed: Record<string, number> };

/**
 * The sprints' inputs, each with its queue's planned points and its history: the board's closed,
 * analysed sprints that started before it, newest first (at most HISTORY_LIMIT). One statement,
 * whatever the number of sprints or the board's length (the board and start index serves it).
 */
export const sprintInputsByIds = (db: Database, tenantId: string, sprintIds: readonly string[]) =>
  db
    .select({
      sprint: sprintInputs,
      planned: sprintQueueInputs.planned,
      history: sql<WireHistory[]>`coalesce((
        select json_agg(json_build_object('id', h.sprint_id, 'startDate', h.start_date, 'endDate', h.end_date, 'completeDate', h.complete_date, 'completed', h.completed) order by h.start_date desc)
        from (
          select h.* from capacity.sprint_inputs h
          where h.tenant_id = ${sprintInputs.tenantId} and h.board_id = ${sprintInputs.boardId} and h.sprint_id <> ${sprintInputs.sprintId}
            and h.state = 'CLOSED' and h.completed is not null and h.start_date is not null and h.end_date is not null
            and (${sprintInputs.startDate} is null or h.start_date < ${sprintInputs.startDate})
          order by h.start_date desc limit ${sql.raw(String(HISTORY_LIMIT))}
        ) h), '[]'::json)`,
    })
    .from(sprintInputs)
    .leftJoin(sprintQueueInputs, and(eq(sprintQueueInputs.tenantId, sprintInputs.tenantId), eq(sprintQueueInputs.sprintId, sprintInputs.sprintId)))
    .where(and(eq(sprintInputs.tenantId, tenantId), inArray(sprintInputs.sprintId, [...sprintIds])));

/** The teams capacity has heard of, each with its members (none: member null), by display name as the users subgraph lists them. */
export const teamMemberInputsByTeamIds = (db: Database, tenantId: string, teamIds: readonly string[]) =>
  db
    .select({ teamId: teamInputs.teamId, member: teamMemberInputs })
    .from(teamInputs)
    .leftJoin(teamMemberInputs, and(eq(teamMemberInputs.tenantId, teamInputs.tenantId), eq(teamMemberInputs.teamId, teamInputs.teamId)))
    .where(and(eq(teamInputs.tenantId, tenantId), inArray(teamInputs.teamId, [...teamIds])))
    .orderBy(asc(teamMemberInputs.displayName), asc(teamMemberInputs.userId));

export type SprintInputRow = typeof sprintInputs.$inferInsert;
export type TeamMemberInputRow = typeof teamMemberInputs.$inferInsert;

/** Writes these sprints' rows and deletes those of `gone` (deleted, or not the tenant's). */
export async function replaceSprintInputs(db: Database, tenantId: string, rows: SprintInputRow[], gone: readonly string[]) {
  if (gone.length) await db.delete(sprintInputs).where(and(eq(sprintInputs.tenantId, tenantId), inArray(sprintInputs.sprintId, [...gone])));
  if (!rows.length) return;
  await db
    .insert(sprintInputs)
    .values(rows)
    .onConflictDoUpdate({
      target: sprintInputs.sprintId,
      set: {
        boardId: sql`excluded.board_id`,
        teamId: sql`excluded.team_id`,
        state: sql`excluded.state`,
        startDate: sql`excluded.start_date`,
        endDate: sql`excluded.end_date`,
        completeDate: sql`excluded.complete_date`,
        committed: sql`excluded.committed`,
        completed: sql`excluded.completed`,
        updatedAt: sql`now()`,
      },
    });
}

/** Replaces the members of these teams (known ones; `gone`, teams the tenant does not have, are forgotten). */
export async function replaceTeamMembers(db: Database, tenantId: string, teams: { teamId: string; members: TeamMemberInputRow[] }[], gone: readonly string[]) {
  const all = [...teams.map((t) => t.teamId), ...gone];
  if (!all.length) return;
  await db.delete(teamMemberInputs).where(and(eq(teamMemberInputs.tenantId, tenantId), inArray(teamMemberInputs.teamId, all)));
  if (gone.length) await db.delete(teamInputs).where(and(eq(teamInputs.tenantId, tenantId), inArray(teamInputs.teamId, [...gone])));
  const members = teams.flatMap((t) => t.members);
  if (members.length) await db.insert(teamMemberInputs).values(members);
  if (teams.length) {
    await db
      .insert(teamInputs)
      .values(teams.map((t) => ({ tenantId, teamId: t.teamId })))
      .onConflictDoUpdate({ target: teamInputs.teamId, set: { updatedAt: sql`now()` } });
  }
}

/** Writes these sprints' queue points; a sprint of `none` has no queue (any more). */
export async function replaceQueueInputs(
  db: Database,
  tenantId: string,
  rows: { sprintId: string; planned: Record<string, number> }[],
  none: readonly string[],
) {
  if (none.length) await db.delete(sprintQueueInputs).where(and(eq(sprintQueueInputs.tenantId, tenantId), inArray(sprintQueueInputs.sprintId, [...none])));
  if (!rows.length) return;
  await db
    .insert(sprintQueueInputs)
    .values(rows.map((r) => ({ tenantId, ...r })))
    .onConflictDoUpdate({ target: sprintQueueInputs.sprintId, set: { planned: sql`excluded.planned` } });
}
