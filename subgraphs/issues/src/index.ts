import { defineSubgraph } from '@sprint-reports/core';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers.ts';
import { start } from './jobs.ts';
import { jiraWebhook } from './routes.ts';

export const subgraph = defineSubgraph({ name: 'issues', resolvers, createLoaders, start, routes: [jiraWebhook] });
export { startSync, scheduleConnection } from './jobs.ts';
export { runSync } from './sync/engine.ts';
export { createConnection, connectionFields as setConnectionFields } from './sync/connections.ts';
export { queueRun } from './data/sync-runs.ts';
export * as issuesData from './data/index.ts';
export * from './models.ts';
