import { defineSubgraph } from '@sprint-reports/core';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers.ts';

export const subgraph = defineSubgraph({ name: 'issues', resolvers, createLoaders });
export * as issuesData from './data.ts';
export * from './models.ts';
