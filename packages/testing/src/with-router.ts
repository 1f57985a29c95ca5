// The harness for tests of the whole supergraph: everything of '@sprint-reports/testing', and
// routers over a test database (embedded, seeded, syncing through JIRA simulators).
export * from './index.ts';
export * from './router.ts';
export * from './seeded-router.ts';
export * from './router-jira.ts';
