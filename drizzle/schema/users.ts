import { pgSchema, uuid, text, timestamp, integer, primaryKey, uniqueIndex, index } from 'drizzle-orm/pg-core';

/** Identity: tenants, their users and teams. Owned by the users subgraph. */
export const usersSchema = pgSchema('users');

export const tenants = usersSchema.table('tenants', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const users = usersSchema.table(
  'users',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    jiraAccountId: text('jira_account_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_tenant_email_uq').on(t.tenantId, t.email)],
);

export const teams = usersSchema.table(
  'teams',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('teams_tenant_idx').on(t.tenantId)],
);

export const teamMembers = usersSchema.table(
  'team_members',
  {
    tenantId: uuid('tenant_id').notNull(),
    teamId: uuid('team_id').notNull().references(() => teams.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    discipline: text('discipline').notNull(),
    role: text('role').notNull(),
    allocationPercent: integer('allocation_percent').notNull().default(100),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index('team_members_user_idx').on(t.userId)],
);
