// Lint rules for the whole repository (`npm run lint`, or `turbo run lint` per package).
import fs from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Each subgraph owns its tables: what `@sprint-reports/drizzle` exports of each subgraph's file (its
 * tables as `<name>Tables`, its column types), read from drizzle/schema/index.ts so that a new table
 * or type is covered without editing this file.
 */
const TABLES = 'drizzle/schema/index.ts';
const owned = {};
for (const line of fs.readFileSync(new URL(TABLES, import.meta.url), 'utf8').split('\n')) {
  const from = /from '\.\/(\w+)\.ts'/.exec(line)?.[1];
  if (!from) continue;
  const names = /export \* as (\w+)/.exec(line)?.[1] ?? /export type \{([^}]*)\}/.exec(line)?.[1] ?? '';
  (owned[from] ??= []).push(
    ...names
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean),
  );
}
const SUBGRAPHS = ['users', 'sprints', 'issues', 'capacity', 'queues', 'reports'];
const notOwnedBy = (own) => SUBGRAPHS.filter((s) => s !== own).flatMap((s) => owned[s] ?? []);
if (SUBGRAPHS.some((s) => !owned[s]?.length)) throw new Error(`eslint.config.js: ${TABLES} no longer exports every subgraph's tables as it did`);
const onlyTables = (names, why) => ({
  'no-restricted-imports': ['error', { paths: [{ name: '@sprint-reports/drizzle', importNames: names, message: why }] }],
});

export default tseslint.config(
  { ignores: ['**/node_modules/', '**/__generated__/', 'router/graphiql/dist/', 'app/dist/', 'app/src/gql/', 'test-results/', '.data/', '.turbo/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly', crypto: 'readonly', performance: 'readonly' } },
    rules: {
      // Test helpers and GraphQL responses are loosely typed on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // A signal handler installed before start-up reads what start-up assigns later.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  // A subgraph reads and writes only its own tables; another domain's data comes through the
  // supergraph or an internal operation of its owner (docs/architecture.md). Tests may seed others'.
  ...SUBGRAPHS.map((name) => ({
    files: [`subgraphs/${name}/src/**/*.ts`],
    rules: onlyTables(notOwnedBy(name), `The ${name} subgraph uses only its own tables (drizzle/schema/${name}.ts): ask the owning subgraph instead.`),
  })),
  // The router reads no tables: it asks the subgraphs (their exported data modules, or the supergraph).
  {
    files: ['router/src/**/*.ts'],
    rules: onlyTables(
      SUBGRAPHS.flatMap((s) => owned[s]),
      "The router reads no subgraph's tables: use the subgraph's exported data module (e.g. usersData) or an operation.",
    ),
  },
  // Configuration gate: the environment is read in packages/core/src/config.ts alone, checked once
  // at start (loadConfig); everything else takes a Config or one of config.ts's readers.
  {
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration through packages/core/src/config.ts (loadConfig, or a reader there), not process.env.',
        },
      ],
    },
  },
  {
    files: [
      'packages/core/src/config.ts',
      // Sets (not reads) a third-party library's switch, before that library is imported.
      'router/src/no-telemetry.ts',
      // Tests, the test harness, benchmarks and build scripts read the test run's or tool's own
      // environment (TEST_DATABASE_URL, REDIS_URL, ROUTER_URL…) and pass it on to child processes.
      '**/tests/**',
      'packages/testing/src/**',
      'bench/**',
      'app/vite.config.mjs',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
);
