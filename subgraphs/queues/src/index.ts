import { defineSubgraph } from '@sprint-reports/core';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers.ts';
import { start } from './jobs.ts';

export const subgraph = defineSubgraph({ name: 'queues', resolvers, createLoaders, start });
export * as queuesData from './data.ts';
export * from './models.ts';
export { planQueue, PLANNER_VERSION } from './plan/plan.ts';
export { generateQueue } from './build-queue.ts';
export { REGENERATE_JOB, replanStaleQueues } from './jobs.ts';
