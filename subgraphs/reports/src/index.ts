import { defineSubgraph } from '@sprint-reports/core';
import { start } from './jobs.ts';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers.ts';
import { reportRoutes } from './routes.ts';

export const subgraph = defineSubgraph({ name: 'reports', resolvers, createLoaders, start, routes: reportRoutes });
export * as reportsData from './data.ts';
export { runReport, requeueStalledReports, GENERATE_JOB, REPORT_LEASE_MS } from './report-job.ts';
export { runDueSchedules, SCHEDULES_JOB } from './jobs.ts';
export { smtpServerOf } from './email/mailer.ts';
export * from './models.ts';
