import { sql } from 'drizzle-orm';
import { pgSchema, uuid, doublePrecision, integer, jsonb, primaryKey, uniqueIndex, index } from 'drizzle-orm/pg-core';

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
    uniqueIndex('team_capacity_team_default_uq').on(t.teamId).where(sql`sprint_id is null`),
    uniqueIndex('team_capacity_team_sprint_uq').on(t.teamId, t.sprintId).where(sql`sprint_id is not null`),
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
