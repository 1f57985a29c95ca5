import { defineSubgraph } from '@sprint-reports/core';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers.ts';
import { startCapacityJobs } from './inputs.ts';

export const subgraph = defineSubgraph({ name: 'capacity', resolvers, createLoaders, start: startCapacityJobs });
export * as capacityData from './data.ts';
export * from './models.ts';
export { sprintCapacity, workingDays } from './compute.ts';
export { BACKFILL_JOB } from './inputs.ts';
