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

export async function upsertSettings(db: Database, rows: CapacitySettingRow[]) {
  for (const row of rows) {
    const { id, tenantId, teamId, sprintId, ...values } = row;
    const [existing] = await db
      .select({ id: capacitySettings.id })
      .from(capacitySettings)
      .where(and(eq(capacitySettings.tenantId, tenantId), eq(capacitySettings.teamId, teamId), sprintId ? eq(capacitySettings.sprintId, sprintId) : isNull(capacitySettings.sprintId)));
    if (existing) await db.update(capacitySettings).set(values).where(eq(capacitySettings.id, existing.id));
    else await db.insert(capacitySettings).values({ id, tenantId, teamId, sprintId, ...values });
  }
}

/** Days off of 0 delete the row: no row means no days off. */
export async function setDaysOff(db: Database, rows: MemberDaysOffRow[]) {
  for (const row of rows) {
    const key = and(eq(memberDaysOff.tenantId, row.tenantId), eq(memberDaysOff.teamId, row.teamId), eq(memberDaysOff.sprintId, row.sprintId), eq(memberDaysOff.userId, row.userId));
    if (row.daysOff === 0) await db.delete(memberDaysOff).where(key);
    else await db.insert(memberDaysOff).values(row).onConflictDoUpdate({ target: [memberDaysOff.teamId, memberDaysOff.sprintId, memberDaysOff.userId], set: { daysOff: row.daysOff } });
  }
}
