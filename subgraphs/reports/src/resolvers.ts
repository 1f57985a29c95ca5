import { DateScalar, DateTimeScalar, orNotFound, parseId, requireTeamRole, type Identity } from '@sprint-reports/core';
import * as data from './data.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { emailReport } from './email/deliveries.ts';
import { mailerOf } from './email/mailer.ts';
import { unsubscribeLink, unsubscribeReportEmail } from './email/unsubscribe.ts';
import { requestReport } from './report-job.ts';
import { downloadUrl } from './links.ts';
import { reportRequest } from './request.ts';
import { createReportSchedule, deleteReportSchedule, runReportSchedule, updateReportSchedule } from './mutations/schedules.ts';

const MAX_LIST = 200;
const limitOf = (limit: number | null | undefined) => Math.min(Math.max(limit ?? 50, 1), MAX_LIST);

/** The teams whose delivery logs a user reads: those they manage; null for admins and our services (every team). */
const managedTeams = (identity: Identity) =>
  identity.kind === 'user' && identity.role !== 'ADMIN'
    ? Object.entries(identity.teams).flatMap(([teamId, role]) => (role === 'MANAGER' ? [teamId] : []))
    : null;

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Date: DateScalar,
  Query: {
    reportEmailEnabled: (_, __, { runtime }) => mailerOf(runtime) != null,
    report: async (_, { id }, { loaders }) => orNotFound(await loaders.report.load(parseId(id)), 'Report', id),
    // Internal (the unsubscribe page, routes.ts): what the link would do.
    unsubscribeLink: (_, { token }, ctx) => unsubscribeLink(ctx, token),
    reportSchedule: async (_, { id }, { loaders }) => orNotFound(await loaders.schedule.load(parseId(id)), 'ReportSchedule', id),
    reportDeliveries: async (_, { reportId, scheduleId, limit }, { db, tenantId, identity, loaders }) => {
      if (reportId) {
        const report = orNotFound(await loaders.report.load(parseId(reportId, 'reportId')), 'Report', reportId);
        if (report.teamId) requireTeamRole(identity, report.teamId);
      }
      // A deleted schedule's log stays readable: by the managers of its reports' teams.
      const schedule = scheduleId ? await loaders.schedule.load(parseId(scheduleId, 'scheduleId')) : null;
      if (schedule) requireTeamRole(identity, schedule.teamId);
      return data.deliveryLog(db, tenantId, {
        reportId: reportId ?? undefined,
        scheduleId: scheduleId ?? undefined,
        teamIds: managedTeams(identity),
        limit: limitOf(limit),
      });
    },
  },
  Mutation: {
    generateReport: async (_, { input }, { db, tenantId, runtime, identity }) =>
      requestReport({ db, runtime }, tenantId, reportRequest(input, new Date()), { userId: identity.kind === 'user' ? identity.userId : null }),
    emailReport: (_, { reportId, to }, ctx) => emailReport(ctx, reportId, to),
    createReportSchedule: (_, { input }, ctx) => createReportSchedule(ctx, input),
    updateReportSchedule: (_, { id, input }, ctx) => updateReportSchedule(ctx, id, input),
    runReportSchedule: (_, { id }, ctx) => runReportSchedule(ctx, id),
    deleteReportSchedule: (_, { id }, ctx) => deleteReportSchedule(ctx, id),
    unsubscribeReportEmail: (_, { token }, ctx) => unsubscribeReportEmail(ctx, token),
  },
  Report: {
    __resolveReference: (ref, { loaders }) => loaders.report.load(ref.id),
    sprint: (r) => (r.sprintId ? { id: r.sprintId } : null),
    board: (r) => (r.boardId ? { id: r.boardId } : null),
    team: (r) => (r.teamId ? { id: r.teamId } : null),
    from: (r) => r.params.from ?? null,
    to: (r) => r.params.to ?? null,
    last: (r) => r.params.last ?? null,
    fileName: async (r, _, { loaders }) => (r.documentId ? ((await loaders.document.load(r.documentId))?.fileName ?? null) : null),
    contentType: async (r, _, { loaders }) => (r.documentId ? ((await loaders.document.load(r.documentId))?.contentType ?? null) : null),
    requestedBy: (r) => (r.requestedBy ? { id: r.requestedBy } : null),
    downloadUrl: async (r, _, { loaders, tenantId, runtime }) => {
      // The key exists once a report of the tenant became READY (its job made it): a read writes nothing.
      const key = r.status === 'READY' ? await loaders.linkKey.load(tenantId) : null;
      return key ? downloadUrl(key, runtime.config.publicUrl, tenantId, r.id) : null;
    },
    schedule: (r, _, { loaders }) => (r.scheduleId ? loaders.schedule.load(r.scheduleId) : null),
    deliveries: (r, _, { loaders, identity }) => {
      if (r.teamId) requireTeamRole(identity, r.teamId);
      return loaders.deliveriesByReport.load(r.id);
    },
  },
  ReportSchedule: {
    __resolveReference: (ref, { loaders }) => loaders.schedule.load(ref.id),
    team: (s) => ({ id: s.teamId }),
    recipients: async (s, _, { loaders }) => {
      const unsubscribed = await loaders.unsubscribedFrom.load(s.id);
      return s.recipients.filter((r) => !unsubscribed.has(r.toLowerCase()));
    },
    createdBy: (s) => (s.createdBy ? { id: s.createdBy } : null),
    reports: (s, { limit }, { loaders }) => loaders.reportsBySchedule(limitOf(limit ?? 20)).load(s.id),
  },
  ReportDelivery: {
    // Found again by id for an emailReport retried with its idempotencyKey (only the same user's).
    __resolveReference: (ref, { loaders }) => loaders.delivery.load(ref.id),
    report: async (d, _, { loaders }) => orNotFound(await loaders.report.load(d.reportId), 'Report', d.reportId),
    schedule: (d, _, { loaders }) => (d.scheduleId ? loaders.schedule.load(d.scheduleId) : null),
  },
  Sprint: {
    __resolveReference: (ref) => ({ id: ref.id }),
    reports: (sprint, _, { loaders }) => loaders.reportsBySprint.load(sprint.id),
  },
  Team: {
    __resolveReference: (ref) => ({ id: ref.id }),
    reports: (team, { limit }, { loaders }) => loaders.reportsByTeam(limitOf(limit)).load(team.id),
    reportSchedules: (team, _, { loaders }) => loaders.schedulesByTeam.load(team.id),
  },
};
