// Lint rules for the whole repository (`npm run lint`, or `turbo run lint` per package).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
  // Configuration gate: the environment is read in packages/core/src/config.ts alone, checked once
  // at start (loadConfig); everything else takes a Config or one of config.ts's readers.
  {
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through packages/core/src/config.ts (loadConfig, or a reader there), not process.env.' }],
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
