import { pgSchema, uuid, text, integer, doublePrecision, index } from 'drizzle-orm/pg-core';

/** Capacity per team member and discipline. Owned by the capacity subgraph. */
export const capacitySchema = pgSchema('capacity');

/**
 * One member's availability to a team. A row with no sprint is the team default;
 * a row with a sprint overrides the default for that member in that sprint.
 */
export const capacitySettings = capacitySchema.table(
  'capacity_settings',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    /** users.teams / users.users / sprints.sprints ids: federation references. */
    teamId: uuid('team_id').notNull(),
    userId: uuid('user_id').notNull(),
    sprintId: uuid('sprint_id'),
    discipline: text('discipline').notNull(),
    allocationPercent: integer('allocation_percent').notNull().default(100),
    daysOff: doublePrecision('days_off').notNull().default(0),
    focusFactor: doublePrecision('focus_factor').notNull().default(0.8),
    pointsPerDay: doublePrecision('points_per_day').notNull().default(1),
  },
  (t) => [index('capacity_settings_team_idx').on(t.teamId), index('capacity_settings_sprint_idx').on(t.sprintId)],
);
