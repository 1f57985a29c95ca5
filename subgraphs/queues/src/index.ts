import { defineSubgraph } from '@sprint-reports/core';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers.ts';

export const subgraph = defineSubgraph({ name: 'queues', resolvers, createLoaders });
export * as queuesData from './data.ts';
export * from './models.ts';
