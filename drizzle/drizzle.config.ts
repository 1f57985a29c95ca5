import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes SQL migrations from these tables; drizzle's migrator applies them
// at start-up on PGlite and PostgreSQL alike, so generating needs no database.
export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './drizzle/schema/users.ts',
    './drizzle/schema/sprints.ts',
    './drizzle/schema/issues.ts',
    './drizzle/schema/capacity.ts',
    './drizzle/schema/queues.ts',
    './drizzle/schema/reports.ts',
  ],
  out: './drizzle/migrations',
  schemaFilter: ['users', 'sprints', 'issues', 'capacity', 'queues', 'reports'],
});
