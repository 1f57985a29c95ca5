import { defineSubgraph } from '@sprint-reports/core';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers.ts';
import { start } from './jobs.ts';

export const subgraph = defineSubgraph({ name: 'sprints', resolvers, createLoaders, start });
export * as sprintsData from './data.ts';
export * from './models.ts';
export { refreshDueAnalyses, refreshSprintAnalyses } from './analysis/refresh.ts';
export { computeAnalysis, type IssueFact } from './analysis/compute.ts';
