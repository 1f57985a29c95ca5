import DataLoader from 'dataloader';
import { type Database, loader, rowById, rowsById } from '@sprint-reports/core';
import * as data from './data.ts';
import { storedLinkKey } from './links.ts';
import type { ReportRow } from './models.ts';

/** Per-`limit` loaders of the newest reports of an owner (a team, a schedule): one loader per limit asked for. */
function newestReports(fetch: (ids: string[], limit: number) => Promise<ReportRow[]>, ownerOf: (r: ReportRow) => string) {
  const byLimit = new Map<number, DataLoader<string, ReportRow[]>>();
  return (limit: number) => {
    let l = byLimit.get(limit);
    if (!l) byLimit.set(limit, (l = rowsById((ids) => fetch(ids, limit), ownerOf)));
    return l;
  };
}

/** Per-request loaders: each turns a request's worth of lookups into one SQL statement. */
export function createLoaders(db: Database, tenantId: string) {
  return {
    report: rowById(
      (ids) => data.reportsByIds(db, tenantId, ids),
      (r) => r.id,
    ),
    reportsBySprint: rowsById(
      (sprintIds) => data.reportsBySprintIds(db, tenantId, sprintIds),
      (r) => r.sprintId!,
    ),
    reportsByTeam: newestReports(
      (ids, limit) => data.reportsByTeamIds(db, tenantId, ids, limit),
      (r) => r.teamId!,
    ),
    document: rowById(
      (ids) => data.documentMetaByIds(db, tenantId, ids),
      (d) => d.id,
    ),
    schedule: rowById(
      (ids) => data.schedulesByIds(db, tenantId, ids),
      (s) => s.id,
    ),
    schedulesByTeam: rowsById(
      (teamIds) => data.schedulesByTeamIds(db, tenantId, teamIds),
      (s) => s.teamId,
    ),
    reportsBySchedule: newestReports(
      (ids, limit) => data.reportsByScheduleIds(db, tenantId, ids, limit),
      (r) => r.scheduleId!,
    ),
    delivery: rowById(
      (ids) => data.deliveriesByIds(db, tenantId, ids),
      (d) => d.id,
    ),
    deliveriesByReport: rowsById(
      (reportIds) => data.deliveriesByReportIds(db, tenantId, reportIds),
      (d) => d.reportId,
    ),
    /** The addresses (lower-cased) a schedule no longer emails: unsubscribed from it or from all of the tenant's report emails. */
    unsubscribedFrom: loader(async (scheduleIds: readonly string[]) => {
      const rows = await data.unsubscribesOfSchedules(db, tenantId, scheduleIds);
      return scheduleIds.map((id) => new Set(rows.filter((r) => r.scheduleId === null || r.scheduleId === id).map((r) => r.email.toLowerCase())));
    }),
    /** The tenant's key for signed links (null before its first READY report), read once per request. */
    linkKey: loader(async (tenants: readonly string[]) => Promise.all(tenants.map((t) => storedLinkKey(db, t)))),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
