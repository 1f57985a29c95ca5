import { idempotencyKeysOf } from './idempotency.ts';
import { valuesOf } from './vocabulary.ts';
import type { StatusCategory as SdlStatusCategory } from '../../packages/core/src/__generated__/issues.ts';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  pgSchema,
  uuid,
  text,
  timestamp,
  doublePrecision,
  jsonb,
  index,
  uniqueIndex,
  primaryKey,
  integer,
  boolean,
} from 'drizzle-orm/pg-core';

/** JIRA issues and their change history. Owned by the issues subgraph (the JIRA integration). */
export const issuesSchema = pgSchema('issues');

export const statusCategories = valuesOf<SdlStatusCategory>()(['TODO', 'IN_PROGRESS', 'DONE']);
export type StatusCategory = (typeof statusCategories)[number];

export const issues = issuesSchema.table(
  'issues',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    /** The JIRA connection it was synced through: deleting the connection deletes its issues. */
    connectionId: uuid('connection_id').references((): AnyPgColumn => jiraConnections.id, { onDelete: 'cascade' }),
    jiraId: text('jira_id'),
    key: text('key').notNull(),
    projectKey: text('project_key').notNull(),
    summary: text('summary').notNull(),
    issueType: text('issue_type').notNull(),
    status: text('status').notNull(),
    statusId: text('status_id'),
    statusCategory: text('status_category', { enum: statusCategories }).notNull(),
    priority: text('priority'),
    /** JIRA's LexoRank string: sorts lexicographically in board order. */
    rank: text('rank'),
    storyPoints: doublePrecision('story_points'),
    /** A users.users id; a federation reference. */
    assigneeId: uuid('assignee_id'),
    /** The assignee as JIRA knows them (accountId on Cloud, user key on Server/DC). */
    assigneeAccountId: text('assignee_account_id'),
    assigneeName: text('assignee_name'),
    components: jsonb('components').$type<string[]>().notNull().default([]),
    labels: jsonb('labels').$type<string[]>().notNull().default([]),
    discipline: text('discipline'),
    parentKey: text('parent_key'),
    epicKey: text('epic_key'),
    isSubtask: boolean('is_subtask').notNull().default(false),
    resolution: text('resolution'),
    /** Issue links, e.g. { type: 'Blocks', direction: 'outward', key: 'ATL-7' }: "ATL-7 is blocked by this". */
    links: jsonb('links').$type<IssueLink[]>().notNull().default([]),
    /** Why the estimate is null although JIRA has a value (negative, not a number). */
    estimateWarning: text('estimate_warning'),
    /** The fields as JIRA last sent them: estimates re-derive from these when the story points field changes. */
    rawFields: jsonb('raw_fields').$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    /** Set when JIRA no longer has the issue (a sync did not see it, or a deletion webhook). */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    /** The sync run that last saw the issue in JIRA: what a run did not see was deleted there. */
    lastSeenRunId: uuid('last_seen_run_id'),
  },
  (t) => [
    // Keys are unique within a JIRA site; a tenant may connect two sites (or one twice).
    // Deleted issues keep their key: a recreated project may reuse it for a new issue.
    uniqueIndex('issues_connection_key_uq')
      .on(t.connectionId, t.key)
      .where(sql`deleted_at is null`),
    index('issues_tenant_key_idx').on(t.tenantId, t.key),
    uniqueIndex('issues_connection_jira_uq').on(t.connectionId, t.jiraId),
    index('issues_assignee_idx').on(t.assigneeId),
    // A sub-task's sprints follow its parent's: the sync finds the sub-tasks of the parents it wrote.
    index('issues_subtask_parent_idx')
      .on(t.connectionId, t.parentKey)
      .where(sql`is_subtask`),
  ],
);

export type IssueLink = { type: string; direction: 'inward' | 'outward'; key: string };

/** Sprint membership over time: added at, and removed at when taken out while the sprint ran. */
export const issueSprints = issuesSchema.table(
  'issue_sprints',
  {
    tenantId: uuid('tenant_id').notNull(),
    issueId: uuid('issue_id')
      .notNull()
      .references(() => issues.id, { onDelete: 'cascade' }),
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
    issueId: uuid('issue_id')
      .notNull()
      .references(() => issues.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    fromStatus: text('from_status'),
    /** The status left, by id and category: the first change's is the status at creation. Null in rows synced before they were kept. */
    fromStatusId: text('from_status_id'),
    fromCategory: text('from_category', { enum: statusCategories }),
    toStatus: text('to_status').notNull(),
    toStatusId: text('to_status_id'),
    toCategory: text('to_category', { enum: statusCategories }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.issueId, t.at, t.toStatus] })],
);

export const issueEstimateChanges = issuesSchema.table(
  'issue_estimate_changes',
  {
    tenantId: uuid('tenant_id').notNull(),
    issueId: uuid('issue_id')
      .notNull()
      .references(() => issues.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    fromPoints: doublePrecision('from_points'),
    toPoints: doublePrecision('to_points'),
  },
  (t) => [primaryKey({ columns: [t.issueId, t.at] })],
);

/** JIRA's change history, item by item, as it came: the derived histories above are rebuilt from it. */
export const issueChangelog = issuesSchema.table(
  'issue_changelog',
  {
    tenantId: uuid('tenant_id').notNull(),
    issueId: uuid('issue_id')
      .notNull()
      .references(() => issues.id, { onDelete: 'cascade' }),
    historyId: text('history_id').notNull(),
    itemIndex: integer('item_index').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    field: text('field').notNull(),
    fieldId: text('field_id'),
    fromValue: text('from_value'),
    fromString: text('from_string'),
    toValue: text('to_value'),
    toString: text('to_string'),
  },
  (t) => [primaryKey({ columns: [t.issueId, t.historyId, t.itemIndex] })],
);

export const jiraFlavors = ['CLOUD', 'SERVER'] as const;
export type JiraFlavorValue = (typeof jiraFlavors)[number];

/** REQUIRED: webhooks must carry the HMAC of the connection's secret. OFF: an admin chose to accept unsigned ones. */
export const webhookSignings = ['REQUIRED', 'OFF'] as const;
export type WebhookSigningValue = (typeof webhookSignings)[number];

/** A tenant's JIRA site. Secrets are AES-256-GCM ciphertexts with the id of the key that sealed them. */
export const jiraConnections = issuesSchema.table(
  'jira_connections',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    name: text('name').notNull(),
    baseUrl: text('base_url').notNull(),
    flavor: text('flavor', { enum: jiraFlavors }).notNull(),
    email: text('email'),
    apiTokenSealed: text('api_token_sealed').notNull(),
    /** Null only on connections made before every connection got a secret: they refuse webhooks until one is rotated in. */
    webhookSecretSealed: text('webhook_secret_sealed'),
    webhookSigning: text('webhook_signing', { enum: webhookSignings }).notNull().default('REQUIRED'),
    /** The per-connection override; when null the discovered field is used. */
    storyPointsField: text('story_points_field'),
    /** The story points field the last sync resolved (override, board estimation, or by name): id and name. */
    effectiveStoryPointsField: text('effective_story_points_field'),
    effectiveStoryPointsFieldName: text('effective_story_points_field_name'),
    sprintField: text('sprint_field'),
    rankField: text('rank_field'),
    /** The site's statuses with their categories, as the last sync read them: webhooks derive with them. */
    statuses: jsonb('statuses').$type<{ id: string; name: string; category: StatusCategory }[]>().notNull().default([]),
    /** The time zone JQL dates are read in (the connecting user's). */
    siteTimeZone: text('site_time_zone').notNull().default('UTC'),
    syncIntervalMinutes: integer('sync_interval_minutes').notNull().default(15),
    /** Incremental syncs ask for issues updated since this (minus an overlap). */
    syncCursor: timestamp('sync_cursor', { withTimezone: true }),
    lastSyncedAt: timestamp('last_synced_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('jira_connections_tenant_idx').on(t.tenantId)],
);

export const syncStatuses = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'] as const;
export type SyncStatusValue = (typeof syncStatuses)[number];

/** Where a run is, committed with the data of each page so a killed run resumes there. */
export type SyncCheckpoint = {
  /** Boards whose issues are all written. */
  boardsDone: number[];
  /** The board being read and the page to ask for next. */
  board?: number;
  nextPageToken?: string;
  startAt?: number;
  /** The upper bound of updated times seen: the next incremental sync starts from it. */
  maxUpdated?: string;
  /** Sprints whose issues the run wrote: their analyses are recomputed at the end. */
  touchedSprints?: string[];
};

export const syncRuns = issuesSchema.table(
  'sync_runs',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    connectionId: uuid('connection_id')
      .notNull()
      .references(() => jiraConnections.id, { onDelete: 'cascade' }),
    full: boolean('full').notNull(),
    status: text('status', { enum: syncStatuses }).notNull(),
    phase: text('phase').notNull().default('queued'),
    checkpoint: jsonb('checkpoint').$type<SyncCheckpoint>().notNull().default({ boardsDone: [] }),
    /** The lower bound of an incremental run, fixed when it starts so a resumed run asks the same. */
    since: timestamp('since', { withTimezone: true }),
    pages: integer('pages').notNull().default(0),
    issuesSynced: integer('issues_synced').notNull().default(0),
    issuesTotal: integer('issues_total'),
    sprintsSynced: integer('sprints_synced').notNull().default(0),
    boardsSynced: integer('boards_synced').notNull().default(0),
    issuesDeleted: integer('issues_deleted').notNull().default(0),
    errors: jsonb('errors').$type<string[]>().notNull().default([]),
    warnings: jsonb('warnings').$type<string[]>().notNull().default([]),
    cancelRequested: boolean('cancel_requested').notNull().default(false),
    /** The process running it (host:pid:nonce); with heartbeatAt, a lease no other process takes while it is fresh. */
    owner: text('owner'),
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
  },
  (t) => [
    index('sync_runs_connection_idx').on(t.connectionId, t.queuedAt),
    // One sync per connection at a time, whichever process asks.
    uniqueIndex('sync_runs_one_active_uq')
      .on(t.connectionId)
      .where(sql`status in ('QUEUED', 'RUNNING')`),
  ],
);

/** Idempotency keys of this subgraph's creating mutations. */
export const idempotencyKeys = idempotencyKeysOf(issuesSchema);
