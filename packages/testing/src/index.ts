export * from './database.ts';
export * from './router.ts';
export * from './auth.ts';
export * from './subgraph.ts';
export * from './fixtures.ts';
export * from './jira.ts';
export * from './live.ts';
export * from './redis.ts';
