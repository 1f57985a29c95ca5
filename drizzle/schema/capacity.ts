import { sql } from 'drizzle-orm';
import { valuesOf } from './vocabulary.ts';
import type { SprintState } from '../../packages/core/src/__generated__/sprints.ts';
import { pgSchema, uuid, doublePrecision, integer, jsonb, primaryKey, uniqueIndex, index, text, timestamp } from 'drizzle-orm/pg-core';

/** Team capacity: working days, availability and focus. Owned by the capacity subgraph. */
export const capacitySchema = pgSchema('capacity');

/** A non-working day of a team (a public holiday, an offsite): `date` is YYYY-MM-DD. */
export type Holiday = { date: string; name: string };

/**
 * A team's capacity settings. The row with no sprint holds the team's defaults; a row with a
 * sprint overrides them for that sprint (null columns follow the default). Members' disciplines
 * and allocations are their team memberships (users subgraph), not repeated here.
 */
export const capacitySettings = capacitySchema.table(
  'team_capacity',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    /** users.teams / sprints.sprints ids: federation references. */
    teamId: uuid('team_id').notNull(),
    sprintId: uuid('sprint_id'),
    focusFactor: doublePrecision('focus_factor'),
    /** Points per available person-day when a discipline's history is thin. */
    defaultPointsPerDay: doublePrecision('default_points_per_day'),
    /** How many analysed sprints a discipline's points per person-day are averaged over. */
    historySprints: integer('history_sprints'),
    hoursPerDay: doublePrecision('hours_per_day'),
    /** Defaults: the team's holidays; a sprint's row: non-working days of that sprint only. */
    holidays: jsonb('holidays').$type<Holiday[]>().notNull().default([]),
  },
  (t) => [
    uniqueIndex('team_capacity_team_default_uq')
      .on(t.teamId)
      .where(sql`sprint_id is null`),
    uniqueIndex('team_capacity_team_sprint_uq')
      .on(t.teamId, t.sprintId)
      .where(sql`sprint_id is not null`),
    index('team_capacity_sprint_idx').on(t.sprintId),
  ],
);

/** A member's days off in one sprint of a team (days, halves allowed). */
export const memberDaysOff = capacitySchema.table(
  'member_days_off',
  {
    tenantId: uuid('tenant_id').notNull(),
    teamId: uuid('team_id').notNull(),
    sprintId: uuid('sprint_id').notNull(),
    /** A users.users id. */
    userId: uuid('user_id').notNull(),
    daysOff: doublePrecision('days_off').notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.sprintId, t.userId] }), index('member_days_off_sprint_idx').on(t.sprintId)],
);

// The read model: what capacity needs of other domains, copied from their facts by the internal
// mutations that their owners call once a change commits (subgraphs/capacity/src/inputs.ts). A query
// reads only these tables and the settings above: it never calls another subgraph.

/** A discipline's points, as a sprint's analysis or queue holds them. */
export type PointsByDiscipline = Record<string, number>;

/**
 * A sprint (sprints subgraph) as capacity reads it: its board, team and dates, and the points of its
 * stored analysis per discipline (null before it has one). One row per sprint not deleted.
 */
export const sprintInputs = capacitySchema.table(
  'sprint_inputs',
  {
    sprintId: uuid('sprint_id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    boardId: uuid('board_id').notNull(),
    /** The board's team (a users.teams id); null while the board has none. */
    teamId: uuid('team_id'),
    state: text('state', { enum: valuesOf<SprintState>()(['FUTURE', 'ACTIVE', 'CLOSED']) }).notNull(),
    startDate: timestamp('start_date', { withTimezone: true }),
    endDate: timestamp('end_date', { withTimezone: true }),
    completeDate: timestamp('complete_date', { withTimezone: true }),
    /** JIRA's commitment per discipline, from the stored analysis; null without one. */
    committed: jsonb('committed').$type<PointsByDiscipline>(),
    /** Completed points per discipline, from the stored analysis; null without one. */
    completed: jsonb('completed').$type<PointsByDiscipline>(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // A sprint's history: the board's closed, analysed sprints that started before it, newest first.
  (t) => [index('sprint_inputs_board_start_idx').on(t.boardId, t.startDate)],
);

/** A team's members (users subgraph): whom its capacity counts, and how much of their time. */
export const teamMemberInputs = capacitySchema.table(
  'team_member_inputs',
  {
    tenantId: uuid('tenant_id').notNull(),
    teamId: uuid('team_id').notNull(),
    userId: uuid('user_id').notNull(),
    displayName: text('display_name').notNull(),
    discipline: text('discipline').notNull(),
    allocationPercent: integer('allocation_percent').notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] })],
);

/**
 * Teams whose members have been copied (none or some): a team missing here is one capacity has not
 * heard of yet, which a read then asks to be filled (see inputs.ts), not a team without members.
 */
export const teamInputs = capacitySchema.table('team_inputs', {
  teamId: uuid('team_id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A future sprint's queue (queues subgraph): its planned points per discipline. One row per sprint with a queue. */
export const sprintQueueInputs = capacitySchema.table('sprint_queue_inputs', {
  sprintId: uuid('sprint_id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  planned: jsonb('planned').$type<PointsByDiscipline>().notNull(),
});
