import { pgSchema, uuid, text, integer, timestamp, index } from 'drizzle-orm/pg-core';

/** Generated report documents. Owned by the reports subgraph. */
export const reportsSchema = pgSchema('reports');

export const reportKinds = ['SPRINT', 'VELOCITY', 'CAPACITY', 'HISTORY'] as const;
export const reportFormats = ['JSON', 'CSV', 'MARKDOWN', 'HTML', 'PDF'] as const;
export const reportStatuses = ['QUEUED', 'RUNNING', 'READY', 'FAILED'] as const;

export const reports = reportsSchema.table(
  'reports',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    kind: text('kind', { enum: reportKinds }).notNull(),
    format: text('format', { enum: reportFormats }).notNull(),
    status: text('status', { enum: reportStatuses }).notNull().default('QUEUED'),
    /** Federation references to what the report is about. */
    sprintId: uuid('sprint_id'),
    boardId: uuid('board_id'),
    teamId: uuid('team_id'),
    sizeBytes: integer('size_bytes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reports_sprint_idx').on(t.sprintId)],
);
