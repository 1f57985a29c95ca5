import { defineSubgraph } from '@sprint-reports/core';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers.ts';

export const subgraph = defineSubgraph({ name: 'users', resolvers, createLoaders });
export * as usersData from './data.ts';
export * from './models.ts';
