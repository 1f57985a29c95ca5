import { and, eq, inArray, isNull } from 'drizzle-orm';
import { upsertOn, type Database } from '@sprint-reports/core';
import { capacityTables } from '@sprint-reports/drizzle';
import type { CapacitySettingRow } from './models.ts';

const { capacitySettings } = capacityTables;

export const settingsByIds = (db: Database, tenantId: string, ids: readonly string[]) =>
  db.select().from(capacitySettings).where(and(eq(capacitySettings.tenantId, tenantId), inArray(capacitySettings.id, [...ids])));

/** The teams' defaults: settings without a sprint. */
export const defaultSettingsByTeamIds = (db: Database, tenantId: string, teamIds: readonly string[]) =>
  db
    .select()
    .from(capacitySettings)
    .where(and(eq(capacitySettings.tenantId, tenantId), inArray(capacitySettings.teamId, [...teamIds]), isNull(capacitySettings.sprintId)));

export const overridesBySprintIds = (db: Database, tenantId: string, sprintIds: readonly string[]) =>
  db.select().from(capacitySettings).where(and(eq(capacitySettings.tenantId, tenantId), inArray(capacitySettings.sprintId, [...sprintIds])));

export async function upsertSettings(db: Database, rows: CapacitySettingRow[]) {
  if (!rows.length) return;
  await db
    .insert(capacitySettings)
    .values(rows)
    .onConflictDoUpdate(upsertOn(capacitySettings, capacitySettings.id, ['discipline', 'allocationPercent', 'daysOff', 'focusFactor', 'pointsPerDay']));
}
