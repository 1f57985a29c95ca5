import { defineSubgraph, type Runtime } from '@sprint-reports/core';
import { startDeliveryJobs } from './email/deliveries.ts';
import { startReportJobs } from './generate.ts';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers.ts';
import { reportRoutes } from './routes.ts';
import { startScheduler } from './schedules.ts';

async function start(runtime: Runtime) {
  startReportJobs(runtime);
  startDeliveryJobs(runtime);
  await startScheduler(runtime);
}

export const subgraph = defineSubgraph({ name: 'reports', resolvers, createLoaders, start, routes: reportRoutes });
export * as reportsData from './data.ts';
export { runReport, requeueStalledReports, GENERATE_JOB, REPORT_LEASE_MS } from './generate.ts';
export { runDueSchedules, SCHEDULES_JOB } from './schedules.ts';
export { smtpServerOf } from './email/mailer.ts';
export * from './models.ts';
