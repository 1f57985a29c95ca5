import { defineSubgraph } from '@sprint-reports/core';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers.ts';
import { startSprintJobs } from './jobs.ts';

export const subgraph = defineSubgraph({ name: 'sprints', resolvers, createLoaders, start: startSprintJobs });
export * as sprintsData from './data.ts';
export * from './models.ts';
export { refreshDueAnalyses, refreshSprintAnalyses } from './analysis/refresh.ts';
export { computeAnalysis, type IssueFact } from './analysis/compute.ts';
