import { idempotencyKeysOf } from './idempotency.ts';
import { sql } from 'drizzle-orm';
import { pgSchema, uuid, text, integer, boolean, doublePrecision, timestamp, jsonb, index, primaryKey, uniqueIndex, customType } from 'drizzle-orm/pg-core';

/** Generated reports, their documents, schedules and email deliveries. Owned by the reports subgraph. */
export const reportsSchema = pgSchema('reports');

export const reportKinds = ['SPRINT', 'VELOCITY', 'CAPACITY', 'HISTORY'] as const;
export const reportFormats = ['JSON', 'CSV', 'MARKDOWN', 'HTML', 'PDF'] as const;
export const reportStatuses = ['QUEUED', 'RUNNING', 'READY', 'FAILED'] as const;
export const deliveryStatuses = ['PENDING', 'RETRYING', 'SENT', 'FAILED', 'UNSUBSCRIBED'] as const;

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** What a report covers beyond its sprint, board or team. */
export type ReportParams = { from?: string; to?: string; last?: number };
export type HeadlineFigure = { label: string; value: string };

/** One request for a report: who asked, for what, and how its generation went. */
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
    params: jsonb('params').$type<ReportParams>().notNull().default({}),
    /** 0 to 1 while it runs. */
    progress: doublePrecision('progress').notNull().default(0),
    documentId: uuid('document_id').references(() => documents.id),
    /** The document was one already made from the same inputs on the same data. */
    cached: boolean('cached').notNull().default(false),
    sizeBytes: integer('size_bytes'),
    error: text('error'),
    /** A users.users id; null when a schedule asked. */
    requestedBy: uuid('requested_by'),
    scheduleId: uuid('schedule_id'),
    /** The generation run that holds the report, until leaseUntil: another run (a duplicate job, the sweep's) waits or takes over after. */
    runId: uuid('run_id'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('reports_sprint_idx').on(t.sprintId), index('reports_team_idx').on(t.teamId), index('reports_board_idx').on(t.boardId)],
);

/**
 * A rendered file. `fingerprint` hashes the report's kind, format, parameters and the data it was
 * made from: the same fingerprint is the same document, which is what makes the cache exact.
 */
export const documents = reportsSchema.table(
  'documents',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    fingerprint: text('fingerprint').notNull(),
    /** The report's title, e.g. "Sprint report: Sprint 12" (email subjects). */
    title: text('title').notNull(),
    content: bytea('content').notNull(),
    contentType: text('content_type').notNull(),
    fileName: text('file_name').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** The numbers an email body shows. */
    headline: jsonb('headline').$type<HeadlineFigure[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('documents_fingerprint_uq').on(t.tenantId, t.fingerprint)],
);

/** A team's report sent by email on a cron expression or whenever one of its sprints closes. */
export const schedules = reportsSchema.table(
  'schedules',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    teamId: uuid('team_id').notNull(),
    kind: text('kind', { enum: reportKinds }).notNull(),
    format: text('format', { enum: reportFormats }).notNull(),
    recipients: jsonb('recipients').$type<string[]>().notNull(),
    cron: text('cron'),
    timeZone: text('time_zone').notNull().default('UTC'),
    atSprintClose: boolean('at_sprint_close').notNull().default(false),
    /** CAPACITY and HISTORY cover this many days up to the firing. */
    rangeDays: integer('range_days').notNull().default(90),
    /** A paused schedule does not fire (nextRunAt is null meanwhile); resuming works out its next time again. */
    paused: boolean('paused').notNull().default(false),
    /** When the cron expression fires next. */
    nextRunAt: timestamp('next_run_at', { withTimezone: true }),
    /** Sprints of the team that closed (completeDate) after this are reported at their close: those before the schedule are not. */
    closedAfter: timestamp('closed_after', { withTimezone: true }),
    lastRunAt: timestamp('last_run_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('schedules_team_idx').on(t.teamId), index('schedules_next_run_idx').on(t.nextRunAt)],
);

/** One email of a report to one recipient: the delivery log. */
export const deliveries = reportsSchema.table(
  'deliveries',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    scheduleId: uuid('schedule_id'),
    recipient: text('recipient').notNull(),
    status: text('status', { enum: deliveryStatuses }).notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    /** The SMTP server's last answer (or the connection error). */
    smtpResponse: text('smtp_response'),
    messageId: text('message_id'),
    requestedBy: uuid('requested_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('deliveries_report_idx').on(t.reportId),
    index('deliveries_schedule_idx').on(t.scheduleId),
    // The minute sweep looks only at emails still to go.
    index('deliveries_waiting_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} in ('PENDING', 'RETRYING')`),
  ],
);

/** The closed sprints an at-close schedule has reported: each once, whenever its close is learnt. */
export const scheduleSprints = reportsSchema.table(
  'schedule_sprints',
  {
    tenantId: uuid('tenant_id').notNull(),
    scheduleId: uuid('schedule_id')
      .notNull()
      .references(() => schedules.id, { onDelete: 'cascade' }),
    /** A sprints.sprints id. */
    sprintId: uuid('sprint_id').notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scheduleId, t.sprintId] })],
);

/** Addresses that asked for no more report emails: of one schedule, or (schedule null) of the tenant. */
export const unsubscribes = reportsSchema.table(
  'unsubscribes',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    email: text('email').notNull(),
    scheduleId: uuid('schedule_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('unsubscribes_uq').on(t.tenantId, sql`lower(${t.email})`, sql`coalesce(${t.scheduleId}, '00000000-0000-0000-0000-000000000000'::uuid)`)],
);

/** Each tenant's key for signed links (download URLs, unsubscribe links), made on first use. */
export const linkKeys = reportsSchema.table('link_keys', {
  tenantId: uuid('tenant_id').primaryKey(),
  secret: bytea('secret').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Idempotency keys of this subgraph's creating mutations. */
export const idempotencyKeys = idempotencyKeysOf(reportsSchema);
