// The harness for unit and single-subgraph tests: databases, seeding, runtimes, fakes. It does not
// load the router (the gateway, the HTTP edge): tests of the whole supergraph import
// '@sprint-reports/testing/router', which adds it.
export * from './database.ts';
export * from './secrets.ts';
export * from './auth.ts';
export * from './subgraph.ts';
export * from './ad-hoc.ts';
export * from './fixtures.ts';
export * from './jira.ts';
export * from './live.ts';
export * from './redis.ts';
export * from './subgraph-processes.ts';
export * from './postgres.ts';
export * from './fault-proxy.ts';
export * from './demo-figures.ts';
export * from './smtp.ts';
