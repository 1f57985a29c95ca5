import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';

// Apollo's packages are CommonJS and require graphql's CJS build; our ESM imports must get the
// same copy, or graphql refuses schemas "from another module or realm".
const graphqlCjs = createRequire(import.meta.url).resolve('graphql');

const subgraphs = ['users', 'sprints', 'issues', 'capacity', 'queues', 'reports'];
/** A package's tests that go through a router (`*.router.test.ts`): slow, so in the `router` project. */
const throughRouter = ['subgraphs/*/tests/**/*.router.test.ts', 'packages/*/tests/**/*.router.test.ts'];

// One project per package; `npm test` runs them all. Each test file gets its own database
// (a fresh PostgreSQL database when TEST_DATABASE_URL is set, else in-memory PGlite).
// Fast projects test a unit or one subgraph in this process; a package's test file that goes
// through a router is named *.router.test.ts and runs in the `router` project. Their files share a worker's loaded
// modules (isolate: false): each still opens its own database, and importing the subgraphs once
// per worker instead of once per file is most of what made them slow. The slow ones, `router` (the whole
// supergraph, some of it as separate processes) and `browser` (the web app in Chromium), are left
// out by `npm run test:fast`, which names the fast ones (Vitest ORs `--project` filters, so two
// negated ones would select everything).
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] },
  test: {
    env: { NODE_ENV: 'test', APOLLO_TELEMETRY_DISABLED: '1' },
    // Migrates one PGlite database and dumps it: each file's PGlite starts from it (packages/testing/src/pglite-template.ts).
    globalSetup: ['packages/testing/src/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      ...subgraphs.map((name) => ({
        extends: true as const,
        test: { name, include: [`subgraphs/${name}/tests/**/*.test.ts`], exclude: [...configDefaults.exclude, ...throughRouter], isolate: false },
      })),
      {
        extends: true as const,
        test: {
          name: 'router',
          include: ['router/tests/**/*.test.ts', ...throughRouter],
          exclude: [...configDefaults.exclude, 'router/tests/**/*.browser.test.ts'],
        },
      },
      { extends: true as const, test: { name: 'browser', include: ['router/tests/**/*.browser.test.ts'] } },
      {
        extends: true as const,
        test: { name: 'core', include: ['packages/*/tests/**/*.test.ts'], exclude: [...configDefaults.exclude, ...throughRouter], isolate: false },
      },
      {
        extends: true as const,
        test: { name: 'schema', include: ['schema/tests/**/*.test.ts', 'tests/**/*.test.ts', 'tools/*/tests/**/*.test.ts'], isolate: false },
      },
      { extends: true as const, test: { name: 'app', include: ['app/tests/**/*.test.ts'], isolate: false } },
      // The app's components, rendered with Testing Library in a DOM (jsdom).
      {
        extends: true as const,
        test: { name: 'app-components', include: ['app/tests/**/*.test.tsx'], environment: 'jsdom', setupFiles: ['app/tests/setup-dom.ts'] },
      },
    ],
  },
});
