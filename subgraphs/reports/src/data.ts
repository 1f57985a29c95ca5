import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '@sprint-reports/core';
import { reportsTables } from '@sprint-reports/drizzle';
import type { ReportRow } from './models.ts';

const { reports } = reportsTables;

export const reportsByIds = (db: Database, tenantId: string, ids: readonly string[]) =>
  db.select().from(reports).where(and(eq(reports.tenantId, tenantId), inArray(reports.id, [...ids])));

export const reportsBySprintIds = (db: Database, tenantId: string, sprintIds: readonly string[]) =>
  db.select().from(reports).where(and(eq(reports.tenantId, tenantId), inArray(reports.sprintId, [...sprintIds]))).orderBy(desc(reports.createdAt));

export async function insertReport(db: Database, row: ReportRow) {
  await db.insert(reports).values(row);
}
