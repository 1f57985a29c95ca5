import { pgSchema, uuid, text, timestamp, doublePrecision, jsonb, index, uniqueIndex, primaryKey } from 'drizzle-orm/pg-core';

/** JIRA issues and their change history. Owned by the issues subgraph (the JIRA integration). */
export const issuesSchema = pgSchema('issues');

export const statusCategories = ['TODO', 'IN_PROGRESS', 'DONE'] as const;
export type StatusCategory = (typeof statusCategories)[number];

export const issues = issuesSchema.table(
  'issues',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    jiraId: text('jira_id'),
    key: text('key').notNull(),
    projectKey: text('project_key').notNull(),
    summary: text('summary').notNull(),
    issueType: text('issue_type').notNull(),
    status: text('status').notNull(),
    statusCategory: text('status_category', { enum: statusCategories }).notNull(),
    priority: text('priority'),
    /** JIRA's LexoRank string: sorts lexicographically in board order. */
    rank: text('rank'),
    storyPoints: doublePrecision('story_points'),
    /** A users.users id; a federation reference. */
    assigneeId: uuid('assignee_id'),
    components: jsonb('components').$type<string[]>().notNull().default([]),
    labels: jsonb('labels').$type<string[]>().notNull().default([]),
    discipline: text('discipline'),
    parentKey: text('parent_key'),
    epicKey: text('epic_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('issues_tenant_key_uq').on(t.tenantId, t.key), index('issues_assignee_idx').on(t.assigneeId)],
);

/** Sprint membership over time: added at, and removed at when taken out while the sprint ran. */
export const issueSprints = issuesSchema.table(
  'issue_sprints',
  {
    tenantId: uuid('tenant_id').notNull(),
    issueId: uuid('issue_id').notNull().references(() => issues.id, { onDelete: 'cascade' }),
    /** A sprints.sprints id; a federation reference. */
    sprintId: uuid('sprint_id').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.issueId, t.sprintId, t.addedAt] }), index('issue_sprints_sprint_idx').on(t.sprintId)],
);

export const issueStatusChanges = issuesSchema.table(
  'issue_status_changes',
  {
    tenantId: uuid('tenant_id').notNull(),
    issueId: uuid('issue_id').notNull().references(() => issues.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    toCategory: text('to_category', { enum: statusCategories }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.issueId, t.at, t.toStatus] })],
);

export const issueEstimateChanges = issuesSchema.table(
  'issue_estimate_changes',
  {
    tenantId: uuid('tenant_id').notNull(),
    issueId: uuid('issue_id').notNull().references(() => issues.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    fromPoints: doublePrecision('from_points'),
    toPoints: doublePrecision('to_points'),
  },
  (t) => [primaryKey({ columns: [t.issueId, t.at] })],
);
