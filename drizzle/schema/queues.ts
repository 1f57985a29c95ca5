import { pgSchema, uuid, text, integer, doublePrecision, timestamp, jsonb, index, primaryKey } from 'drizzle-orm/pg-core';

/** Next-sprint work queues. Owned by the queues subgraph. */
export const queuesSchema = pgSchema('queues');

export const queueStatuses = ['DRAFT', 'ACCEPTED'] as const;

export const queues = queuesSchema.table(
  'queues',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    /** A sprints.sprints id: the sprint the queue plans. */
    sprintId: uuid('sprint_id').notNull(),
    status: text('status', { enum: queueStatuses }).notNull().default('DRAFT'),
    generatedAt: timestamp('generated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('queues_sprint_idx').on(t.sprintId)],
);

export const queueItems = queuesSchema.table(
  'queue_items',
  {
    tenantId: uuid('tenant_id').notNull(),
    queueId: uuid('queue_id').notNull().references(() => queues.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** An issues.issues id. */
    issueId: uuid('issue_id').notNull(),
    discipline: text('discipline'),
    points: doublePrecision('points'),
    reason: text('reason').notNull(),
  },
  (t) => [primaryKey({ columns: [t.queueId, t.position] })],
);

export const queueConflicts = queuesSchema.table(
  'queue_conflicts',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    queueId: uuid('queue_id').notNull().references(() => queues.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    message: text('message').notNull(),
    issueIds: jsonb('issue_ids').$type<string[]>().notNull().default([]),
  },
  (t) => [index('queue_conflicts_queue_idx').on(t.queueId)],
);
