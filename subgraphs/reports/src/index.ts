import { defineSubgraph, type Runtime } from '@sprint-reports/core';
import { startReportJobs } from './generate.ts';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers.ts';

function start(runtime: Runtime) {
  startReportJobs(runtime);
}

export const subgraph = defineSubgraph({ name: 'reports', resolvers, createLoaders, start });
export * as reportsData from './data.ts';
export { runReport, GENERATE_JOB } from './generate.ts';
export { tenantOfLink } from './links.ts';
export * from './models.ts';
