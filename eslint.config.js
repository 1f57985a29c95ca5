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
);
