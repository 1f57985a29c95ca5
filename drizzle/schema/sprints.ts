import { valuesOf } from './vocabulary.ts';
import type { EstimationStatistic, SprintState as SdlSprintState, SubtaskPolicy } from '../../packages/core/src/__generated__/sprints.ts';
import { pgSchema, uuid, text, timestamp, integer, doublePrecision, jsonb, index, uniqueIndex } from 'drizzle-orm/pg-core';

export const estimationStatistics = valuesOf<EstimationStatistic>()(['STORY_POINTS', 'ORIGINAL_ESTIMATE', 'ISSUE_COUNT']);
export const subtaskPolicies = valuesOf<SubtaskPolicy>()(['EXCLUDE', 'INCLUDE', 'ROLL_UP']);

/** Boards, sprints and the persisted sprint analyses. Owned by the sprints subgraph. */
export const sprintsSchema = pgSchema('sprints');

export const boards = sprintsSchema.table(
  'boards',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    /** The issues subgraph's JIRA connection it was synced through. */
    connectionId: uuid('connection_id'),
    jiraBoardId: integer('jira_board_id'),
    name: text('name').notNull(),
    projectKey: text('project_key'),
    /** A users.teams id; a federation reference, not a foreign key across schemas. */
    teamId: uuid('team_id'),
    /** The board's columns, left to right, with their JIRA status ids: the right-most is "done". */
    columns: jsonb('columns').$type<BoardColumn[]>().notNull().default([]),
    /** The board's estimation field (JIRA's "estimation statistic"), e.g. customfield_10016. */
    estimationField: text('estimation_field'),
    // Analysis settings, set here (never by the sync): see BoardSettings in schema/sprints.graphql.
    /** null: follow JIRA's estimation field (original time estimate → ORIGINAL_ESTIMATE, else STORY_POINTS). */
    estimationStatistic: text('estimation_statistic', { enum: estimationStatistics }),
    subtaskPolicy: text('subtask_policy', { enum: subtaskPolicies }).notNull().default('EXCLUDE'),
    /** Resolutions that mean "won't do": counted neither completed nor not completed. */
    cancelledResolutions: text('cancelled_resolutions').array().notNull().default([]),
    disciplineRules: jsonb('discipline_rules').$type<DisciplineRule[]>().notNull().default([]),
    /** Where the team's days begin and end: burndown days are in it. */
    timeZone: text('time_zone').notNull().default('UTC'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('boards_tenant_idx').on(t.tenantId), uniqueIndex('boards_connection_jira_uq').on(t.connectionId, t.jiraBoardId)],
);

export type BoardColumn = { name: string; statusIds: string[] };
/** An issue matching any component, label or issue type listed (case-insensitively) is of the discipline; the first matching rule wins. */
export type DisciplineRule = { discipline: string; components: string[]; labels: string[]; issueTypes: string[] };

export const sprintStates = valuesOf<SdlSprintState>()(['FUTURE', 'ACTIVE', 'CLOSED']);
export type SprintState = (typeof sprintStates)[number];

export const sprints = sprintsSchema.table(
  'sprints',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    jiraSprintId: integer('jira_sprint_id'),
    name: text('name').notNull(),
    state: text('state', { enum: sprintStates }).notNull(),
    goal: text('goal'),
    /** When the sprint really started: Server/DC's activatedDate (Start pressed) when JIRA sends one, else JIRA's startDate. */
    startDate: timestamp('start_date', { withTimezone: true }),
    /** JIRA's startDate: the planned start (on Cloud, and before Server/DC started the sprint, the same as startDate). */
    plannedStartDate: timestamp('planned_start_date', { withTimezone: true }),
    endDate: timestamp('end_date', { withTimezone: true }),
    completeDate: timestamp('complete_date', { withTimezone: true }),
    connectionId: uuid('connection_id'),
    /** JIRA's board the sprint was created on. */
    originJiraBoardId: integer('origin_jira_board_id'),
    /** Set when the sprint was deleted in JIRA. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    /** When JIRA last told us about the sprint (a webhook's timestamp, a sync's read): older news is ignored. */
    lastEventAt: timestamp('last_event_at', { withTimezone: true }),
    /** Board order: JIRA orders sprints by its own sequence, which is not the start date for future sprints. */
    sequence: integer('sequence').notNull(),
  },
  (t) => [index('sprints_board_seq_idx').on(t.boardId, t.sequence), uniqueIndex('sprints_connection_jira_uq').on(t.connectionId, t.jiraSprintId)],
);

export type FlowPercentiles = { count: number; p50: number; p85: number; p95: number };
export type DisciplineFigures = {
  discipline: string;
  committedPoints: number;
  completedPoints: number;
  addedPoints: number;
  removedPoints: number;
  notCompletedPoints: number;
  completedOutsidePoints: number;
  /** Absent from rows computed before rules version 6. */
  cancelledPoints?: number;
  issueCount: number;
  /** Hours, of the discipline's completed issues. */
  cycleTime: FlowPercentiles | null;
};
/** The figures of one day, at its end (in the board's time zone); null for days after the sprint completed, or still to come. */
export type BurndownDay = {
  date: string;
  remainingPoints: number | null;
  completedPoints: number | null;
  scopePoints: number | null;
  idealPoints: number;
  /** Not a weekend nor a team holiday: the guideline falls only on working days. */
  workingDay: boolean;
};
export const issueClasses = ['COMPLETED', 'NOT_COMPLETED', 'REMOVED', 'COMPLETED_OUTSIDE', 'CANCELLED'] as const;
/** Why an issue is, or is not, in the sprint's commitment (JIRA's rule: not done, not cancelled, on the board at the start). */
export const commitmentReasons = ['IN_COMMITMENT', 'ADDED_AFTER_START', 'DONE_AT_START', 'CANCELLED_AT_START', 'UNMAPPED_AT_START'] as const;
/** One issue that was ever in the sprint, as the analysis classed it. Hours for times. */
export type AnalysedIssueEntry = {
  issueId: string;
  key: string;
  class: (typeof issueClasses)[number];
  addedAfterStart: boolean;
  commitment: (typeof commitmentReasons)[number];
  /** What it counts for in committedPoints: its value at the start when IN_COMMITMENT, else 0. */
  pointsCommitted: number;
  pointsAtStart: number | null;
  pointsAtEnd: number | null;
  /** Its value when it joined the sprint (what addedPoints counts; pointsAtStart for issues in it at the start); absent in analyses stored before rules v7. */
  pointsAtJoin?: number | null;
  unestimated: boolean;
  /** A sub-task (JIRA's sprint report never lists them); absent in analyses stored before rules v4. */
  subtask?: boolean;
  /** Under ROLL_UP, for a parent with estimated sub-tasks: their share of pointsAtStart, of its value when added, and of pointsAtEnd. */
  rolledUp?: { atStart: number; atJoin: number; atEnd: number };
  discipline: string;
  cycleTimeHours: number | null;
  leadTimeHours: number | null;
};
/** A change of the sprint's scope after it started; `points` is the change to the scope (negative for removals). */
export type ScopeEventEntry = { at: string; issueId: string; key: string; kind: 'ADDED' | 'REMOVED' | 'ESTIMATE_CHANGED'; points: number };
/** An issue that spilled from sprint to sprint: the sprints it was in at their close without being done, then the one it is in now or was last in. */
export type CarryOverEntry = { issueId: string; key: string; sprintIds: string[]; carriedIn: boolean; carriedOut: boolean; points: number | null };
/** An estimate changed while the sprint ran (JIRA's "3 → 3.5"); `at` is an ISO timestamp. */
export type EstimateChangeEntry = { issueId: string; key: string; at: string; from: number | null; to: number | null };

/** A snapshot computed in the background from issue history; the API only reads it. */
export const sprintAnalyses = sprintsSchema.table('sprint_analyses', {
  sprintId: uuid('sprint_id')
    .primaryKey()
    .references(() => sprints.id, { onDelete: 'cascade' }),
  tenantId: uuid('tenant_id').notNull(),
  committedPoints: doublePrecision('committed_points').notNull(),
  completedPoints: doublePrecision('completed_points').notNull(),
  addedPoints: doublePrecision('added_points').notNull(),
  removedPoints: doublePrecision('removed_points').notNull(),
  notCompletedPoints: doublePrecision('not_completed_points').notNull(),
  completionRate: doublePrecision('completion_rate'),
  /** Done at completion but done before the sprint started or before joining it: counted nowhere else. */
  completedOutsidePoints: doublePrecision('completed_outside_points').notNull().default(0),
  /** Done at completion with a won't-do resolution the board names: counted nowhere else. */
  cancelledPoints: doublePrecision('cancelled_points').notNull().default(0),
  scopeChangeRate: doublePrecision('scope_change_rate'),
  estimateChanges: jsonb('estimate_changes').$type<EstimateChangeEntry[]>().notNull().default([]),
  issueCount: integer('issue_count').notNull(),
  disciplineBreakdown: jsonb('discipline_breakdown').$type<DisciplineFigures[]>().notNull(),
  burndown: jsonb('burndown').$type<BurndownDay[]>().notNull(),
  /** completedPoints ÷ committedPoints. */
  sayDoRatio: doublePrecision('say_do_ratio'),
  statistic: text('statistic', { enum: estimationStatistics }).notNull().default('STORY_POINTS'),
  issues: jsonb('issues').$type<AnalysedIssueEntry[]>().notNull().default([]),
  scopeEvents: jsonb('scope_events').$type<ScopeEventEntry[]>().notNull().default([]),
  carryOver: jsonb('carry_over').$type<CarryOverEntry[]>().notNull().default([]),
  cycleTime: jsonb('cycle_time').$type<FlowPercentiles | null>(),
  leadTime: jsonb('lead_time').$type<FlowPercentiles | null>(),
  /** The analysis rules' version it was computed with: older snapshots are recomputed (ANALYSIS_VERSION). */
  rulesVersion: integer('rules_version').notNull().default(0),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * What the analysis of a started sprint was computed from, as the last refresh gathered it from the
 * other subgraphs (a read model): the sprint's issue facts (issues), the board's team's disciplines
 * by user (users) and the sprint's holidays (capacity). Written with the analysis, in the same
 * transaction; the settings preview recomputes from it without calling another subgraph.
 */
export const analysisInputs = sprintsSchema.table('analysis_inputs', {
  sprintId: uuid('sprint_id')
    .primaryKey()
    .references(() => sprints.id, { onDelete: 'cascade' }),
  tenantId: uuid('tenant_id').notNull(),
  /** The issues subgraph's `SprintIssueFact`s as they came off the wire (ISO timestamps). */
  facts: jsonb('facts').$type<unknown[]>().notNull(),
  /** The board's team's members' disciplines by user id; null when the board has no team (or the team was not found). */
  teamDisciplines: jsonb('team_disciplines').$type<Record<string, string> | null>(),
  /** The team's non-working dates (YYYY-MM-DD); null when none were read (weekends only). */
  holidays: jsonb('holidays').$type<string[] | null>(),
  gatheredAt: timestamp('gathered_at', { withTimezone: true }).notNull().defaultNow(),
});

export const jiraReportOutcomes = ['AVAILABLE', 'UNAVAILABLE'] as const;
export const jiraReportLists = ['COMPLETED', 'NOT_COMPLETED', 'PUNTED', 'COMPLETED_IN_ANOTHER_SPRINT'] as const;
/** One issue of JIRA's sprint report: the list JIRA put it in, its estimate at the start (or when added) and at the close. */
export type JiraReportIssueEntry = {
  key: string;
  summary: string;
  statusId: string | null;
  statusName: string | null;
  done: boolean;
  list: (typeof jiraReportLists)[number];
  addedDuringSprint: boolean;
  initialEstimate: number | null;
  currentEstimate: number | null;
};
/** JIRA's own sums (`*EstimateSum`, `*InitialEstimateSum`); null where JIRA sent `{ text: "null" }`. */
export type JiraReportSums = {
  completed: number | null;
  completedInitial: number | null;
  notCompleted: number | null;
  notCompletedInitial: number | null;
  punted: number | null;
  puntedInitial: number | null;
  completedInAnotherSprint: number | null;
  completedInAnotherSprintInitial: number | null;
  all: number | null;
};

/**
 * JIRA's own sprint report of a closed sprint (greenhopper's undocumented sprintreport endpoint),
 * as the issues subgraph's sync fetched it, or why it could not. Compared with the analysis on read.
 */
export const jiraSprintReports = sprintsSchema.table('jira_sprint_reports', {
  sprintId: uuid('sprint_id')
    .primaryKey()
    .references(() => sprints.id, { onDelete: 'cascade' }),
  tenantId: uuid('tenant_id').notNull(),
  outcome: text('outcome', { enum: jiraReportOutcomes }).notNull(),
  /** UNAVAILABLE: what the site answered (404, 403, an unexpected shape, no answer). */
  reason: text('reason'),
  /** The sync's summary of the sprint and its issues when fetched: fetched again only when it changes. */
  fingerprint: text('fingerprint').notNull(),
  sums: jsonb('sums').$type<JiraReportSums | null>(),
  issues: jsonb('issues').$type<JiraReportIssueEntry[]>().notNull().default([]),
  fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull().defaultNow(),
});
