import { defineSubgraph } from '@sprint-reports/core';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers.ts';
import { start } from './jobs.ts';

export const subgraph = defineSubgraph({ name: 'capacity', resolvers, createLoaders, start });
export * as capacityData from './data.ts';
export * from './models.ts';
export { sprintCapacity, workingDays } from './compute.ts';
export { BACKFILL_JOB } from './read-model.ts';
