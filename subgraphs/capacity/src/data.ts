import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '@sprint-reports/core';
import { capacityTables } from '@sprint-reports/drizzle';
import type { CapacitySettingRow, MemberDaysOffRow } from './models.ts';

const { capacitySettings, memberDaysOff } = capacityTables;

export const settingsByIds = (db: Database, tenantId: string, ids: readonly string[]) =>
  db.select().from(capacitySettings).where(and(eq(capacitySettings.tenantId, tenantId), inArray(capacitySettings.id, [...ids])));

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
  db.select().from(capacitySettings).where(and(eq(capacitySettings.tenantId, tenantId), inArray(capacitySettings.sprintId, [...sprintIds])));

export const daysOffBySprintIds = (db: Database, tenantId: string, sprintIds: readonly string[]) =>
  db.select().from(memberDaysOff).where(and(eq(memberDaysOff.tenantId, tenantId), inArray(memberDaysOff.sprintId, [...sprintIds])));

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
    const key = and(eq(memberDaysOff.tenantId, row.tenantId), eq(memberDaysOff.teamId, row.teamId), eq(memberDaysOff.sprintId, row.sprintId), eq(memberDaysOff.userId, row.userId));
    if (row.daysOff === 0) await db.delete(memberDaysOff).where(key);
    else await db.insert(memberDaysOff).values(row).onConflictDoUpdate({ target: [memberDaysOff.teamId, memberDaysOff.sprintId, memberDaysOff.userId], set: { daysOff: row.daysOff } });
  }
}
