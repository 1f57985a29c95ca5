import DataLoader from 'dataloader';
import { type Database, loader, rowById, rowsById } from '@sprint-reports/core';
import * as data from './data.ts';
import { linkKey } from './links.ts';
import type { ReportRow } from './models.ts';

/** Per-request loaders: each turns a request's worth of lookups into one SQL statement. */
export function createLoaders(db: Database, tenantId: string) {
  const byTeam = new Map<number, DataLoader<string, ReportRow[]>>();
  const bySchedule = new Map<number, DataLoader<string, ReportRow[]>>();
  return {
    report: rowById((ids) => data.reportsByIds(db, tenantId, ids), (r) => r.id),
    reportsBySprint: rowsById((sprintIds) => data.reportsBySprintIds(db, tenantId, sprintIds), (r) => r.sprintId!),
    /** A team's newest `limit` reports (one loader per limit asked for). */
    reportsByTeam(limit: number) {
      let l = byTeam.get(limit);
      if (!l) byTeam.set(limit, (l = rowsById((teamIds) => data.reportsByTeamIds(db, tenantId, teamIds, limit), (r) => r.teamId!)));
      return l;
    },
    document: rowById((ids) => data.documentMetaByIds(db, tenantId, ids), (d) => d.id),
    schedule: rowById((ids) => data.schedulesByIds(db, tenantId, ids), (s) => s.id),
    schedulesByTeam: rowsById((teamIds) => data.schedulesByTeamIds(db, tenantId, teamIds), (s) => s.teamId),
    /** A schedule's newest `limit` reports (one loader per limit asked for). */
    reportsBySchedule(limit: number) {
      let l = bySchedule.get(limit);
      if (!l) bySchedule.set(limit, (l = rowsById((scheduleIds) => data.reportsByScheduleIds(db, tenantId, scheduleIds, limit), (r) => r.scheduleId!)));
      return l;
    },
    deliveriesByReport: rowsById((reportIds) => data.deliveriesByReportIds(db, tenantId, reportIds), (d) => d.reportId),
    /** The addresses (lower-cased) a schedule no longer emails: unsubscribed from it or from all of the tenant's report emails. */
    unsubscribedFrom: loader(async (scheduleIds: readonly string[]) => {
      const rows = await data.unsubscribesOfSchedules(db, tenantId, scheduleIds);
      return scheduleIds.map((id) => new Set(rows.filter((r) => r.scheduleId === null || r.scheduleId === id).map((r) => r.email.toLowerCase())));
    }),
    /** The tenant's key for signed links, read once per request. */
    linkKey: loader(async (tenants: readonly string[]) => Promise.all(tenants.map((t) => linkKey(db, t)))),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
