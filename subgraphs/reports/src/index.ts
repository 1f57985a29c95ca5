import { defineSubgraph } from '@sprint-reports/core';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers.ts';

export const subgraph = defineSubgraph({ name: 'reports', resolvers, createLoaders });
export * as reportsData from './data.ts';
export * from './models.ts';
