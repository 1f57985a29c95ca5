import { defineSubgraph } from '@sprint-reports/core';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers.ts';
import { jiraWebhook } from './routes.ts';
import { startIssuesSubgraph } from './sync/start.ts';

export const subgraph = defineSubgraph({ name: 'issues', resolvers, createLoaders, start: startIssuesSubgraph, routes: [jiraWebhook] });
export { startSync, scheduleConnection } from './sync/jobs.ts';
export { runSync } from './sync/engine.ts';
export { createConnection, connectionFields as setConnectionFields } from './sync/connections.ts';
export { queueRun } from './sync/runs.ts';
export * as issuesData from './data.ts';
export * from './models.ts';
