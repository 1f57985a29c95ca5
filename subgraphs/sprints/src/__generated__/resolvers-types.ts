import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { BoardRow, SprintRow, AnalysisRow, EstimateChangeEntry, TeamRef, ConnectionRef, VelocityRow, AnalysedIssueEntry, ScopeEventEntry, CarryOverEntry, DisciplineFiguresEntry, BurndownDay, JiraReportView, JiraReportIssueView } from '../models.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AnalysedIssue = {
  __typename?: 'AnalysedIssue';
  addedAfterStart: Scalars['Boolean']['output'];
  /** Why it is, or is not, in the commitment. */
  commitment: CommitmentReason;
  cycleTimeHours?: Maybe<Scalars['Float']['output']>;
  discipline: Scalars['String']['output'];
  issue?: Maybe<Issue>;
  key: Scalars['String']['output'];
  leadTimeHours?: Maybe<Scalars['Float']['output']>;
  outcome: IssueOutcome;
  /** Its estimate at the sprint's close, or when it left. */
  pointsAtEnd?: Maybe<Scalars['Float']['output']>;
  /** Its estimate when it joined the sprint, as the Added figure counts it (JIRA's "2 → 1" starts here): at the start for issues in it then; null when unestimated then, or in analyses stored by older rules. */
  pointsAtJoin?: Maybe<Scalars['Float']['output']>;
  /** Its estimate when the sprint started (null: not in it then, or unestimated). */
  pointsAtStart?: Maybe<Scalars['Float']['output']>;
  /** What it counts for in the commitment: its estimate at the start when IN_COMMITMENT, else 0. */
  pointsCommitted: Scalars['Float']['output'];
  unestimated: Scalars['Boolean']['output'];
};

/** A JIRA board: a team's view of its sprints. */
export type Board = {
  __typename?: 'Board';
  /** The board's columns, left to right, with their JIRA status ids: the right-most one is done. */
  columns: Array<BoardColumn>;
  /** The board's estimation field in JIRA (its estimation statistic). */
  estimationField?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  jiraBoardId?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** How steadily the board delivers what it commits to, over its last N closed sprints (null: all). */
  predictability: Predictability;
  projectKey?: Maybe<Scalars['String']['output']>;
  /** How the board's sprints are analysed. */
  settings: BoardSettings;
  /** The board's sprints in board order, oldest first; `last` keeps the most recent N. */
  sprints: Array<Sprint>;
  team?: Maybe<Team>;
  /**
   * The last N closed sprints (JIRA shows 7; null: all of them), oldest first, each with its
   * commitment, completion and rolling averages.
   */
  velocity: Array<VelocityEntry>;
};


/** A JIRA board: a team's view of its sprints. */
export type BoardPredictabilityArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A JIRA board: a team's view of its sprints. */
export type BoardSprintsArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A JIRA board: a team's view of its sprints. */
export type BoardVelocityArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type BoardColumn = {
  __typename?: 'BoardColumn';
  name: Scalars['String']['output'];
  statusIds: Array<Scalars['String']['output']>;
};

export type BoardColumnInput = {
  name: Scalars['String']['input'];
  statusIds: Array<Scalars['String']['input']>;
};

export type BoardSettings = {
  __typename?: 'BoardSettings';
  /** Resolutions that mean won't do: such issues count neither as completed nor as not completed. Compared case-insensitively. */
  cancelledResolutions: Array<Scalars['String']['output']>;
  /** Which discipline an issue belongs to, by its components, labels or issue type; the first matching rule wins. */
  disciplineRules: Array<DisciplineRule>;
  /** The statistic the board's analyses count in. */
  estimationStatistic: EstimationStatistic;
  /** True when estimationStatistic was chosen here rather than followed from the board's estimation field in JIRA. */
  estimationStatisticOverridden: Scalars['Boolean']['output'];
  subtaskPolicy: SubtaskPolicy;
  /** The team's time zone (IANA, e.g. Europe/Berlin): burndown days begin and end in it. */
  timeZone: Scalars['String']['output'];
};

/** Fields left out are unchanged. */
export type BoardSettingsInput = {
  cancelledResolutions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Replaces the board's rules. */
  disciplineRules?: InputMaybe<Array<DisciplineRuleInput>>;
  /** null: follow the board's estimation field in JIRA. */
  estimationStatistic?: InputMaybe<EstimationStatistic>;
  subtaskPolicy?: InputMaybe<SubtaskPolicy>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type BurndownPoint = {
  __typename?: 'BurndownPoint';
  /** Points done by the end of that day, of issues then in the sprint. */
  completedPoints?: Maybe<Scalars['Float']['output']>;
  date: Scalars['Date']['output'];
  /**
   * JIRA's guideline: the commitment on the start's day, falling evenly on working days to zero on the
   * planned end's day, flat on non-working days, zero after.
   */
  idealPoints: Scalars['Float']['output'];
  /** Points in the sprint and not done at the end of that day; null for days after the sprint completed, or still to come. */
  remainingPoints?: Maybe<Scalars['Float']['output']>;
  /** Points in the sprint at the end of that day, done or not. */
  scopePoints?: Maybe<Scalars['Float']['output']>;
  /** Not a Saturday or Sunday nor one of the team's holidays (capacity settings): the guideline falls only on working days. */
  workingDay: Scalars['Boolean']['output'];
};

export type BurnupPoint = {
  __typename?: 'BurnupPoint';
  completedPoints?: Maybe<Scalars['Float']['output']>;
  date: Scalars['Date']['output'];
  /** The guideline from zero up to the commitment: the burndown's guideline turned up, rising only on working days. */
  idealPoints: Scalars['Float']['output'];
  scopePoints?: Maybe<Scalars['Float']['output']>;
  workingDay: Scalars['Boolean']['output'];
};

export type CarryOver = {
  __typename?: 'CarryOver';
  /** It came into this sprint unfinished from an earlier one. */
  carriedIn: Scalars['Boolean']['output'];
  /** It left this sprint unfinished, into a later one. */
  carriedOut: Scalars['Boolean']['output'];
  issue?: Maybe<Issue>;
  key: Scalars['String']['output'];
  /** Its estimate at this sprint's close (or when it left). */
  points?: Maybe<Scalars['Float']['output']>;
  sprintCount: Scalars['Int']['output'];
  /** The sprints it has been in, oldest first, this one among them. */
  sprints: Array<Sprint>;
};

/** Why an issue is, or is not, in the sprint's commitment (JIRA's rule). */
export type CommitmentReason =
  /** Joined after the start: an addition, not part of the commitment. */
  | 'ADDED_AFTER_START'
  /** Already done with a won't-do resolution the board names at the start: left out of the commitment. */
  | 'CANCELLED_AT_START'
  /** Already done (the board's right-most column) at the start: JIRA leaves it out of the commitment. */
  | 'DONE_AT_START'
  /** In the sprint at the start, not done, not cancelled, on the board: its estimate then is committed. */
  | 'IN_COMMITMENT'
  /** In a status on none of the board's columns at the start: it counts 0 in the commitment. */
  | 'UNMAPPED_AT_START';

export type DisciplineFigures = {
  __typename?: 'DisciplineFigures';
  addedPoints: Scalars['Float']['output'];
  /** Points, at the close, of the discipline's issues done then with a won't-do resolution the board names. */
  cancelledPoints: Scalars['Float']['output'];
  committedPoints: Scalars['Float']['output'];
  completedOutsidePoints: Scalars['Float']['output'];
  completedPoints: Scalars['Float']['output'];
  cycleTime?: Maybe<FlowPercentiles>;
  discipline: Scalars['String']['output'];
  issueCount: Scalars['Int']['output'];
  notCompletedPoints: Scalars['Float']['output'];
  removedPoints: Scalars['Float']['output'];
  /** completedPoints ÷ committedPoints; null when nothing was committed. */
  sayDoRatio?: Maybe<Scalars['Float']['output']>;
};

export type DisciplineRule = {
  __typename?: 'DisciplineRule';
  components: Array<Scalars['String']['output']>;
  discipline: Scalars['String']['output'];
  issueTypes: Array<Scalars['String']['output']>;
  labels: Array<Scalars['String']['output']>;
};

export type DisciplineRuleInput = {
  components?: Array<Scalars['String']['input']>;
  discipline: Scalars['String']['input'];
  issueTypes?: Array<Scalars['String']['input']>;
  labels?: Array<Scalars['String']['input']>;
};

export type EstimationStatistic =
  /** Every issue counts one. */
  | 'ISSUE_COUNT'
  /** JIRA's Original Estimate, in hours. */
  | 'ORIGINAL_ESTIMATE'
  | 'STORY_POINTS';

/** Nearest-rank percentiles, in hours. */
export type FlowPercentiles = {
  __typename?: 'FlowPercentiles';
  count: Scalars['Int']['output'];
  p50: Scalars['Float']['output'];
  p85: Scalars['Float']['output'];
  p95: Scalars['Float']['output'];
};

/** An issue, owned by the issues subgraph: sprints only points at it. */
export type Issue = {
  __typename?: 'Issue';
  id: Scalars['ID']['output'];
};

export type IssueOutcome =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'COMPLETED_OUTSIDE'
  | 'NOT_COMPLETED'
  | 'REMOVED';

/** Internal: a board as the JIRA sync read it. */
export type JiraBoardInput = {
  columns: Array<BoardColumnInput>;
  estimationField?: InputMaybe<Scalars['String']['input']>;
  jiraBoardId: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  projectKey?: InputMaybe<Scalars['String']['input']>;
};

/** A JIRA connection (issues subgraph): the boards its syncs brought in. */
export type JiraConnection = {
  __typename?: 'JiraConnection';
  /** The boards synced through the connection, by name; empty before its first sync. */
  boards: Array<Board>;
  id: Scalars['ID']['output'];
};

export type JiraReportIssue = {
  __typename?: 'JiraReportIssue';
  addedDuringSprint: Scalars['Boolean']['output'];
  /** Its estimate at the close, or when it left the sprint. */
  currentEstimate?: Maybe<Scalars['Float']['output']>;
  done: Scalars['Boolean']['output'];
  /** Its estimate when the sprint started, or when it was added. */
  initialEstimate?: Maybe<Scalars['Float']['output']>;
  /** The issue, when our analysis of the sprint has it. */
  issue?: Maybe<Issue>;
  key: Scalars['String']['output'];
  list: JiraReportList;
  statusName?: Maybe<Scalars['String']['output']>;
  summary: Scalars['String']['output'];
};

export type JiraReportIssueInput = {
  addedDuringSprint: Scalars['Boolean']['input'];
  currentEstimate?: InputMaybe<Scalars['Float']['input']>;
  done: Scalars['Boolean']['input'];
  initialEstimate?: InputMaybe<Scalars['Float']['input']>;
  key: Scalars['String']['input'];
  list: JiraReportList;
  statusId?: InputMaybe<Scalars['String']['input']>;
  statusName?: InputMaybe<Scalars['String']['input']>;
  summary: Scalars['String']['input'];
};

export type JiraReportList =
  | 'COMPLETED'
  | 'COMPLETED_IN_ANOTHER_SPRINT'
  | 'NOT_COMPLETED'
  | 'PUNTED';

export type JiraReportSumsInput = {
  all?: InputMaybe<Scalars['Float']['input']>;
  completed?: InputMaybe<Scalars['Float']['input']>;
  completedInAnotherSprint?: InputMaybe<Scalars['Float']['input']>;
  completedInAnotherSprintInitial?: InputMaybe<Scalars['Float']['input']>;
  completedInitial?: InputMaybe<Scalars['Float']['input']>;
  notCompleted?: InputMaybe<Scalars['Float']['input']>;
  notCompletedInitial?: InputMaybe<Scalars['Float']['input']>;
  punted?: InputMaybe<Scalars['Float']['input']>;
  puntedInitial?: InputMaybe<Scalars['Float']['input']>;
};

/** Internal: a sprint as the JIRA sync read it, from a board's sprint list or a webhook. */
export type JiraSprintInput = {
  /** Server/Data Center only: when the sprint was started (Start pressed). Cloud does not send it. */
  activatedDate?: InputMaybe<Scalars['DateTime']['input']>;
  completeDate?: InputMaybe<Scalars['DateTime']['input']>;
  endDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** When JIRA said this (a webhook's timestamp; a sync's read time): older news of the sprint is ignored. */
  eventAt?: InputMaybe<Scalars['DateTime']['input']>;
  goal?: InputMaybe<Scalars['String']['input']>;
  /** The board it was listed on (or, for webhooks, its origin board). */
  jiraBoardId: Scalars['Int']['input'];
  jiraSprintId: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  originBoardId?: InputMaybe<Scalars['Int']['input']>;
  /** JIRA's startDate: the planned start. */
  startDate?: InputMaybe<Scalars['DateTime']['input']>;
  state: SprintState;
};

/**
 * JIRA's sprint report, as JIRA computed it. Points are in the board's estimation field; "initial"
 * is JIRA's estimate when the sprint started (or when the issue was added), the others its estimate
 * at the close (for a removed issue, when it left).
 */
export type JiraSprintReport = {
  __typename?: 'JiraSprintReport';
  /** Issues added after the start (JIRA's asterisk), whatever list they are in. */
  addedIssues: Array<JiraReportIssue>;
  /** The initial estimates of the issues added after the start. */
  addedPoints: Scalars['Float']['output'];
  /**
   * JIRA's commitment, rebuilt (the report has none): the initial estimates of the issues in the
   * sprint when it started, less those JIRA lists as completed outside the sprint and those our
   * history finds done, cancelled or in an unmapped status at the start (the KB rule: the report
   * cannot say an issue's status at the start).
   */
  committedPoints: Scalars['Float']['output'];
  completedInAnotherSprintIssues: Array<JiraReportIssue>;
  /** Done at the close but done before the start or before joining (JIRA Cloud: completed outside of this sprint). */
  completedInAnotherSprintPoints: Scalars['Float']['output'];
  completedInitialPoints: Scalars['Float']['output'];
  completedIssues: Array<JiraReportIssue>;
  completedPoints: Scalars['Float']['output'];
  fetchedAt: Scalars['DateTime']['output'];
  notCompletedInitialPoints: Scalars['Float']['output'];
  notCompletedIssues: Array<JiraReportIssue>;
  notCompletedPoints: Scalars['Float']['output'];
  puntedInitialPoints: Scalars['Float']['output'];
  puntedIssues: Array<JiraReportIssue>;
  /** Removed from the sprint while it ran (JIRA: punted). */
  puntedPoints: Scalars['Float']['output'];
};

/** Internal: the fingerprint a stored JIRA sprint report was fetched at. */
export type JiraSprintReportFingerprint = {
  __typename?: 'JiraSprintReportFingerprint';
  fingerprint: Scalars['String']['output'];
  jiraSprintId: Scalars['Int']['output'];
};

/** Internal: JIRA's sprint report of a closed sprint as the sync fetched it, or the site's refusal. */
export type JiraSprintReportInput = {
  /** The sync's summary of the sprint and its issues: the report is fetched again only when it changes. */
  fingerprint: Scalars['String']['input'];
  issues?: InputMaybe<Array<JiraReportIssueInput>>;
  jiraSprintId: Scalars['Int']['input'];
  sums?: InputMaybe<JiraReportSumsInput>;
  /** A failure worth trying again (no answer, rate limited): a report already stored is kept. */
  transient?: InputMaybe<Scalars['Boolean']['input']>;
  /** Set when the site refused the report (404, 403, unexpected shape, no answer); then sums and issues are left out. */
  unavailableReason?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Internal: a JIRA connection was deleted: its boards, sprints and analyses go. Returns the boards deleted. */
  deleteJiraConnectionData: Scalars['Int']['output'];
  /** Internal: marks a sprint deleted in JIRA. */
  deleteJiraSprint: Scalars['Boolean']['output'];
  /** Assigns a board to a team (or none): its sprints' capacity and queues are that team's. */
  setBoardTeam: Board;
  /** Internal: issue history of these sprints changed. Recomputes their analyses now (wait) or in the background. */
  sprintsChanged: Scalars['Int']['output'];
  /** Internal: upserts the connection's boards; returns how many. A board whose columns or estimation field changed has its started sprints analysed anew (in the background). */
  syncJiraBoards: Scalars['Int']['output'];
  /** Internal: stores JIRA's sprint reports (or their refusal) of the connection's closed sprints; returns how many were stored. */
  syncJiraSprintReports: Scalars['Int']['output'];
  /** Internal: upserts sprints of synced boards; returns the ids written (sprints of unknown boards are skipped). */
  syncJiraSprints: Array<Scalars['ID']['output']>;
  /**
   * Internal: the team's holidays changed (capacity settings; with sprintId, only that sprint's own).
   * Re-analyses the started sprints of the team's boards (or that sprint) in the background: their
   * burndown guideline is flat on holidays. Returns how many were queued.
   */
  teamHolidaysChanged: Scalars['Int']['output'];
  /** Changes how the board's sprints are analysed, and re-analyses them all in the same transaction. */
  updateBoardSettings: Board;
};


export type MutationDeleteJiraConnectionDataArgs = {
  connectionId: Scalars['ID']['input'];
};


export type MutationDeleteJiraSprintArgs = {
  connectionId: Scalars['ID']['input'];
  eventAt?: InputMaybe<Scalars['DateTime']['input']>;
  jiraSprintId: Scalars['Int']['input'];
};


export type MutationSetBoardTeamArgs = {
  boardId: Scalars['ID']['input'];
  teamId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSprintsChangedArgs = {
  sprintIds: Array<Scalars['ID']['input']>;
  wait?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationSyncJiraBoardsArgs = {
  boards: Array<JiraBoardInput>;
  connectionId: Scalars['ID']['input'];
};


export type MutationSyncJiraSprintReportsArgs = {
  connectionId: Scalars['ID']['input'];
  reports: Array<JiraSprintReportInput>;
};


export type MutationSyncJiraSprintsArgs = {
  connectionId: Scalars['ID']['input'];
  sprints: Array<JiraSprintInput>;
};


export type MutationTeamHolidaysChangedArgs = {
  sprintId?: InputMaybe<Scalars['ID']['input']>;
  teamId: Scalars['ID']['input'];
};


export type MutationUpdateBoardSettingsArgs = {
  boardId: Scalars['ID']['input'];
  settings: BoardSettingsInput;
};

export type Predictability = {
  __typename?: 'Predictability';
  averageCommittedPoints?: Maybe<Scalars['Float']['output']>;
  averageCompletedPoints?: Maybe<Scalars['Float']['output']>;
  /** Mean of the sprints' say/do ratios. */
  averageSayDoRatio?: Maybe<Scalars['Float']['output']>;
  averageScopeChangeRate?: Maybe<Scalars['Float']['output']>;
  /** Share of sprints (0-1) whose say/do ratio was within 80-120 %. */
  predictability?: Maybe<Scalars['Float']['output']>;
  /** Closed sprints with an analysis that it covers. */
  sprints: Scalars['Int']['output'];
  /** Standard deviation of completed points ÷ their mean: 0 is perfectly steady. */
  velocityVariation?: Maybe<Scalars['Float']['output']>;
};

export type Query = {
  __typename?: 'Query';
  board?: Maybe<Board>;
  /**
   * How a closed sprint of the board (`sprintId`, else the board's last closed one) would be analysed
   * with these settings, beside how it is analysed with the saved ones: both computed now by the rules
   * `updateBoardSettings` re-analyses with, from the issue history its stored analysis was computed
   * from. Nothing is saved. Null when the board has no closed sprint. Who may change the board's
   * settings may preview them. PREVIEW_NOT_READY: the sprint was analysed before that history was
   * kept; it is being gathered (a background job), ask again in a moment.
   */
  boardSettingsPreview?: Maybe<SprintAnalysisPreview>;
  boards: Array<Board>;
  /** Internal: the fingerprints of the JIRA sprint reports stored for these sprints of the connection. */
  jiraSprintReportFingerprints: Array<JiraSprintReportFingerprint>;
  sprint?: Maybe<Sprint>;
};


export type QueryBoardArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBoardSettingsPreviewArgs = {
  boardId: Scalars['ID']['input'];
  settings: BoardSettingsInput;
  sprintId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryJiraSprintReportFingerprintsArgs = {
  connectionId: Scalars['ID']['input'];
  jiraSprintIds: Array<Scalars['Int']['input']>;
};


export type QuerySprintArgs = {
  id: Scalars['ID']['input'];
};

export type ReconciledFigure =
  | 'ADDED'
  | 'COMMITTED'
  | 'COMPLETED'
  /** Ours: completed outside; JIRA: completed in another sprint (outside of this sprint). */
  | 'COMPLETED_OUTSIDE'
  | 'NOT_COMPLETED'
  /** Ours: removed; JIRA: punted. */
  | 'REMOVED';

export type ReconciledIssue = {
  __typename?: 'ReconciledIssue';
  /** The issue, when our data has it (JIRA may list issues the board's filter does not show). */
  issue?: Maybe<Issue>;
  key: Scalars['String']['output'];
  /** e.g. "HOLD-7 was done before the start: JIRA leaves it out of the commitment". */
  reason: Scalars['String']['output'];
};

/**
 * One figure where our analysis and JIRA's report part: the points on each side, the issues behind
 * the difference (in one list and not the other, or counted at another estimate), and why.
 */
export type ReconciliationDifference = {
  __typename?: 'ReconciliationDifference';
  figure: ReconciledFigure;
  issues: Array<ReconciledIssue>;
  jira: Scalars['Float']['output'];
  ours: Scalars['Float']['output'];
  /** Every issue's reason, in one text a team lead reads. */
  reason: Scalars['String']['output'];
};

export type ReconciliationStatus =
  /** At least one figure or issue list differs: see differences. */
  | 'DIFFERS'
  /** Every figure and every issue list agrees with JIRA's report. */
  | 'MATCH'
  /**
   * No comparison: JIRA's report could not be had (the endpoint is undocumented; the site answered
   * 404 or 403, an unexpected shape, or nothing), no sync has fetched it yet, or our analysis of the
   * sprint is not computed yet. reason says which.
   */
  | 'UNAVAILABLE';

/** Tenant roles, most powerful first; each includes the ones after it. */
export type Role =
  | 'ADMIN'
  | 'MANAGER'
  | 'MEMBER'
  | 'VIEWER';

export type ScopeChange = {
  __typename?: 'ScopeChange';
  at: Scalars['DateTime']['output'];
  issue?: Maybe<Issue>;
  key: Scalars['String']['output'];
  kind: ScopeChangeKind;
  /** The change to the sprint's scope: negative for a removal or a lowered estimate. */
  points: Scalars['Float']['output'];
};

export type ScopeChangeKind =
  | 'ADDED'
  | 'ESTIMATE_CHANGED'
  | 'REMOVED';

export type Sprint = {
  __typename?: 'Sprint';
  /** The sprint's analysis as last computed from issue history; null for a sprint that has not started. */
  analysis?: Maybe<SprintAnalysis>;
  board: Board;
  /**
   * Issues that spilled into or out of this sprint: each was in a sprint at its close without being
   * done and went on to the next. Empty for a sprint that has not started.
   */
  carryOver: Array<CarryOver>;
  completeDate?: Maybe<Scalars['DateTime']['output']>;
  endDate?: Maybe<Scalars['DateTime']['output']>;
  goal?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /**
   * JIRA's own sprint report of this closed sprint, as the last sync fetched it (greenhopper's
   * undocumented sprintreport endpoint). Null before the sprint closed, before a sync fetched it,
   * or when the site refused it (reconciliation then says why).
   */
  jiraReport?: Maybe<JiraSprintReport>;
  jiraSprintId?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /**
   * The start date the sprint was planned with (JIRA's startDate). The same as startDate on Cloud,
   * which keeps no separate activation time; on Server/Data Center it may differ when the sprint
   * was started earlier or later than planned.
   */
  plannedStartDate?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Our analysis beside JIRA's own sprint report: each figure that differs, with the issues behind
   * it and why. Null for a sprint that is not closed (JIRA's report is final only at the close).
   */
  reconciliation?: Maybe<SprintReconciliation>;
  /**
   * When the sprint started: on Server/Data Center the moment someone pressed Start (JIRA's
   * activatedDate), else JIRA's start date. Every figure of the analysis is measured from it.
   */
  startDate?: Maybe<Scalars['DateTime']['output']>;
  state: SprintState;
  /**
   * Internal: the stored analysis's per-discipline figures as last computed, without recomputing an
   * active sprint's (capacity reads commitment and history with it); null before the sprint started.
   */
  storedDisciplineFigures?: Maybe<Array<DisciplineFigures>>;
  /** The board's team. */
  team?: Maybe<Team>;
};

/**
 * JIRA's sprint report rebuilt from issue history, and more. Points are in the board's estimation
 * statistic (story points, hours of original estimate, or issues). Committed: in the sprint when it
 * started and neither done, cancelled nor in a status on none of the board's columns then, at their
 * estimate then (each issue's `commitment` says why it is in or not). Completed: done when the sprint completed (now, for an active
 * sprint; done is the board's right-most column), at their estimate then. An active sprint's
 * analysis older than a minute (ANALYSIS_TTL_SECONDS) is served as stored and recomputed in the
 * background; `sprintAnalysisUpdated` brings the new figures.
 */
export type SprintAnalysis = {
  __typename?: 'SprintAnalysis';
  /** Issues added after the sprint started (JIRA's asterisk), whatever became of them. */
  addedIssues: Array<AnalysedIssue>;
  /** Points of issues added after the sprint started. */
  addedPoints: Scalars['Float']['output'];
  /**
   * One point per day (in the board's time zone) from the start to the planned end, and on to the close
   * when it came later (today, while a late sprint runs).
   */
  burndown: Array<BurndownPoint>;
  /** The same days as the burndown, counted up: completed against total scope. */
  burnup: Array<BurnupPoint>;
  /** Done with a won't-do resolution the board names. */
  cancelledIssues: Array<AnalysedIssue>;
  /** Points, at the close, of issues done then with a won't-do resolution the board names. Counted in no other figure. */
  cancelledPoints: Scalars['Float']['output'];
  /**
   * JIRA's commitment: the estimates at the start of the issues in the sprint then that were not yet
   * done, not cancelled and in a status on the board (Atlassian KB "Discrepancies between velocity
   * report's commitment and the sprint report's sum of story points at the start of the sprint").
   */
  committedPoints: Scalars['Float']['output'];
  completedIssues: Array<AnalysedIssue>;
  completedOutsideIssues: Array<AnalysedIssue>;
  /** Points of issues done at completion whose last move into done came before the sprint started, or before they last joined it (JIRA: completed outside this sprint). Counted in no other figure. */
  completedOutsidePoints: Scalars['Float']['output'];
  completedPoints: Scalars['Float']['output'];
  /** completedPoints ÷ (completedPoints + notCompletedPoints): how much of the sprint's final scope got done; null when that is zero. */
  completionRate?: Maybe<Scalars['Float']['output']>;
  computedAt: Scalars['DateTime']['output'];
  /** Hours from first in progress to done, of the completed issues. */
  cycleTime?: Maybe<FlowPercentiles>;
  /** Every figure per discipline: the board's discipline rules, else the assignee's discipline in the board's team, else Unassigned. */
  disciplineBreakdown: Array<DisciplineFigures>;
  /** Estimates changed while the sprint ran, of issues in it at the time (JIRA shows them as 3 → 3.5). */
  estimateChanges: Array<SprintEstimateChange>;
  /** Issues that were ever in the sprint. */
  issueCount: Scalars['Int']['output'];
  /** Every issue that was ever in the sprint, in key order, with its class. */
  issues: Array<AnalysedIssue>;
  /** Hours from creation to done, of the completed issues. */
  leadTime?: Maybe<FlowPercentiles>;
  notCompletedIssues: Array<AnalysedIssue>;
  /** Points of issues still in the sprint and not done when it completed. */
  notCompletedPoints: Scalars['Float']['output'];
  removedIssues: Array<AnalysedIssue>;
  /** Points of issues taken out of the sprint while it ran. */
  removedPoints: Scalars['Float']['output'];
  /** completedPoints ÷ committedPoints: what was done against what was promised; null when nothing was committed. */
  sayDoRatio?: Maybe<Scalars['Float']['output']>;
  /** (addedPoints + removedPoints) ÷ committedPoints; null when nothing was committed. */
  scopeChangeRate?: Maybe<Scalars['Float']['output']>;
  /** Every change of scope after the start, oldest first: the steps in the burnup's scope line. */
  scopeChanges: Array<ScopeChange>;
  /** What points count: the board's estimation statistic when this was computed. */
  statistic: EstimationStatistic;
};

/** A closed sprint's analysis with the board's saved settings and with unsaved ones (Query.boardSettingsPreview). */
export type SprintAnalysisPreview = {
  __typename?: 'SprintAnalysisPreview';
  /** With the settings as saved: what the sprint's report shows. */
  current: SprintAnalysis;
  /** With the settings given: what the report would show once they are saved. */
  preview: SprintAnalysis;
  sprint: Sprint;
};

export type SprintAnalysisUpdate = {
  __typename?: 'SprintAnalysisUpdate';
  /** When it was announced. */
  at: Scalars['DateTime']['output'];
  board: Board;
  sprint: Sprint;
};

export type SprintEstimateChange = {
  __typename?: 'SprintEstimateChange';
  at: Scalars['DateTime']['output'];
  from?: Maybe<Scalars['Float']['output']>;
  issue?: Maybe<Issue>;
  to?: Maybe<Scalars['Float']['output']>;
};

export type SprintReconciliation = {
  __typename?: 'SprintReconciliation';
  /** Empty unless DIFFERS. */
  differences: Array<ReconciliationDifference>;
  /** When the sync fetched JIRA's report (or was refused it). */
  jiraReportFetchedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why there is no comparison (UNAVAILABLE only). */
  reason?: Maybe<Scalars['String']['output']>;
  status: ReconciliationStatus;
};

export type SprintState =
  | 'ACTIVE'
  | 'CLOSED'
  | 'FUTURE';

export type SprintUpdate = {
  __typename?: 'SprintUpdate';
  /** When it was announced. */
  at: Scalars['DateTime']['output'];
  sprint: Sprint;
};

/**
 * Live updates. The router serves subscriptions itself, over WebSocket (graphql-ws) at /graphql: a
 * subgraph never executes them. Events carry ids; what a subscriber selects is resolved through the
 * supergraph when the event is delivered (docs/live.md).
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** A sprint of the board has new analysis figures (after a sync, a webhook or a settings change). */
  sprintAnalysisUpdated: SprintAnalysisUpdate;
  /** The sprint changed in JIRA (name, state, dates, goal) or its analysis figures moved. */
  sprintUpdated: SprintUpdate;
};


/**
 * Live updates. The router serves subscriptions itself, over WebSocket (graphql-ws) at /graphql: a
 * subgraph never executes them. Events carry ids; what a subscriber selects is resolved through the
 * supergraph when the event is delivered (docs/live.md).
 */
export type SubscriptionSprintAnalysisUpdatedArgs = {
  boardId: Scalars['ID']['input'];
};


/**
 * Live updates. The router serves subscriptions itself, over WebSocket (graphql-ws) at /graphql: a
 * subgraph never executes them. Events carry ids; what a subscriber selects is resolved through the
 * supergraph when the event is delivered (docs/live.md).
 */
export type SubscriptionSprintUpdatedArgs = {
  sprintId: Scalars['ID']['input'];
};

export type SubtaskPolicy =
  /** Sub-tasks count nothing (JIRA's rule). */
  | 'EXCLUDE'
  /** Sub-tasks count as issues of their own. */
  | 'INCLUDE'
  /** A sub-task's estimate is added to its parent's. */
  | 'ROLL_UP';

export type Team = {
  __typename?: 'Team';
  boards?: Maybe<Array<Board>>;
  id: Scalars['ID']['output'];
};

export type VelocityEntry = {
  __typename?: 'VelocityEntry';
  committedPoints: Scalars['Float']['output'];
  completedPoints: Scalars['Float']['output'];
  /** Mean completed points of this sprint and the 2 closed sprints before it; null with fewer than 3. */
  rollingAverage3?: Maybe<Scalars['Float']['output']>;
  /** The same over 5 sprints. */
  rollingAverage5?: Maybe<Scalars['Float']['output']>;
  sayDoRatio?: Maybe<Scalars['Float']['output']>;
  scopeChangeRate?: Maybe<Scalars['Float']['output']>;
  sprint: Sprint;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Board: Board;
  JiraConnection: JiraConnection;
  Sprint: Sprint;
  Team: Team;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Board:
    ( { __typename: 'Board' }
    & GraphQLRecursivePick<FederationTypes['Board'], {"id":true}> );
  JiraConnection:
    ( { __typename: 'JiraConnection' }
    & GraphQLRecursivePick<FederationTypes['JiraConnection'], {"id":true}> );
  Sprint:
    ( { __typename: 'Sprint' }
    & GraphQLRecursivePick<FederationTypes['Sprint'], {"id":true}> );
  Team:
    ( { __typename: 'Team' }
    & GraphQLRecursivePick<FederationTypes['Team'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AnalysedIssue: ResolverTypeWrapper<AnalysedIssueEntry>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Board: ResolverTypeWrapper<BoardRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  BoardColumn: ResolverTypeWrapper<BoardColumn>;
  BoardColumnInput: BoardColumnInput;
  BoardSettings: ResolverTypeWrapper<BoardRow>;
  BoardSettingsInput: BoardSettingsInput;
  BurndownPoint: ResolverTypeWrapper<BurndownDay>;
  BurnupPoint: ResolverTypeWrapper<BurndownDay>;
  CarryOver: ResolverTypeWrapper<CarryOverEntry>;
  CommitmentReason: CommitmentReason;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DisciplineFigures: ResolverTypeWrapper<DisciplineFiguresEntry>;
  DisciplineRule: ResolverTypeWrapper<DisciplineRule>;
  DisciplineRuleInput: DisciplineRuleInput;
  EstimationStatistic: EstimationStatistic;
  FlowPercentiles: ResolverTypeWrapper<FlowPercentiles>;
  Issue: ResolverTypeWrapper<Issue>;
  IssueOutcome: IssueOutcome;
  JiraBoardInput: JiraBoardInput;
  JiraConnection: ResolverTypeWrapper<ConnectionRef>;
  JiraReportIssue: ResolverTypeWrapper<JiraReportIssueView>;
  JiraReportIssueInput: JiraReportIssueInput;
  JiraReportList: JiraReportList;
  JiraReportSumsInput: JiraReportSumsInput;
  JiraSprintInput: JiraSprintInput;
  JiraSprintReport: ResolverTypeWrapper<JiraReportView>;
  JiraSprintReportFingerprint: ResolverTypeWrapper<JiraSprintReportFingerprint>;
  JiraSprintReportInput: JiraSprintReportInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Predictability: ResolverTypeWrapper<Predictability>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReconciledFigure: ReconciledFigure;
  ReconciledIssue: ResolverTypeWrapper<ReconciledIssue>;
  ReconciliationDifference: ResolverTypeWrapper<ReconciliationDifference>;
  ReconciliationStatus: ReconciliationStatus;
  Role: Role;
  ScopeChange: ResolverTypeWrapper<ScopeEventEntry>;
  ScopeChangeKind: ScopeChangeKind;
  Sprint: ResolverTypeWrapper<SprintRow>;
  SprintAnalysis: ResolverTypeWrapper<AnalysisRow>;
  SprintAnalysisPreview: ResolverTypeWrapper<Omit<SprintAnalysisPreview, 'current' | 'preview' | 'sprint'> & { current: ResolversTypes['SprintAnalysis'], preview: ResolversTypes['SprintAnalysis'], sprint: ResolversTypes['Sprint'] }>;
  SprintAnalysisUpdate: ResolverTypeWrapper<Omit<SprintAnalysisUpdate, 'board' | 'sprint'> & { board: ResolversTypes['Board'], sprint: ResolversTypes['Sprint'] }>;
  SprintEstimateChange: ResolverTypeWrapper<EstimateChangeEntry>;
  SprintReconciliation: ResolverTypeWrapper<SprintReconciliation>;
  SprintState: SprintState;
  SprintUpdate: ResolverTypeWrapper<Omit<SprintUpdate, 'sprint'> & { sprint: ResolversTypes['Sprint'] }>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SubtaskPolicy: SubtaskPolicy;
  Team: ResolverTypeWrapper<TeamRef>;
  VelocityEntry: ResolverTypeWrapper<VelocityRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AnalysedIssue: AnalysedIssueEntry;
  Float: Scalars['Float']['output'];
  String: Scalars['String']['output'];
  Board: BoardRow;
  ID: Scalars['ID']['output'];
  BoardColumn: BoardColumn;
  BoardColumnInput: BoardColumnInput;
  BoardSettings: BoardRow;
  BoardSettingsInput: BoardSettingsInput;
  BurndownPoint: BurndownDay;
  BurnupPoint: BurndownDay;
  CarryOver: CarryOverEntry;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DisciplineFigures: DisciplineFiguresEntry;
  DisciplineRule: DisciplineRule;
  DisciplineRuleInput: DisciplineRuleInput;
  FlowPercentiles: FlowPercentiles;
  Issue: Issue;
  JiraBoardInput: JiraBoardInput;
  JiraConnection: ConnectionRef;
  JiraReportIssue: JiraReportIssueView;
  JiraReportIssueInput: JiraReportIssueInput;
  JiraReportSumsInput: JiraReportSumsInput;
  JiraSprintInput: JiraSprintInput;
  JiraSprintReport: JiraReportView;
  JiraSprintReportFingerprint: JiraSprintReportFingerprint;
  JiraSprintReportInput: JiraSprintReportInput;
  Mutation: Record<PropertyKey, never>;
  Predictability: Predictability;
  Query: Record<PropertyKey, never>;
  ReconciledIssue: ReconciledIssue;
  ReconciliationDifference: ReconciliationDifference;
  ScopeChange: ScopeEventEntry;
  Sprint: SprintRow;
  SprintAnalysis: AnalysisRow;
  SprintAnalysisPreview: Omit<SprintAnalysisPreview, 'current' | 'preview' | 'sprint'> & { current: ResolversParentTypes['SprintAnalysis'], preview: ResolversParentTypes['SprintAnalysis'], sprint: ResolversParentTypes['Sprint'] };
  SprintAnalysisUpdate: Omit<SprintAnalysisUpdate, 'board' | 'sprint'> & { board: ResolversParentTypes['Board'], sprint: ResolversParentTypes['Sprint'] };
  SprintEstimateChange: EstimateChangeEntry;
  SprintReconciliation: SprintReconciliation;
  SprintUpdate: Omit<SprintUpdate, 'sprint'> & { sprint: ResolversParentTypes['Sprint'] };
  Subscription: Record<PropertyKey, never>;
  Team: TeamRef;
  VelocityEntry: VelocityRow;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
}>;

export type AuthDirectiveArgs = {
  role: Role;
};

export type AuthDirectiveResolver<Result, Parent, ContextType = Context, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LimitDirectiveArgs = {
  items?: Maybe<Scalars['Int']['input']>;
  length?: Maybe<Scalars['Int']['input']>;
  multiline?: Maybe<Scalars['Boolean']['input']>;
};

export type LimitDirectiveResolver<Result, Parent, ContextType = Context, Args = LimitDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AnalysedIssueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnalysedIssue'] = ResolversParentTypes['AnalysedIssue']> = ResolversObject<{
  addedAfterStart?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  commitment?: Resolver<ResolversTypes['CommitmentReason'], ParentType, ContextType>;
  cycleTimeHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  discipline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issue?: Resolver<Maybe<ResolversTypes['Issue']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  leadTimeHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['IssueOutcome'], ParentType, ContextType>;
  pointsAtEnd?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pointsAtJoin?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pointsAtStart?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pointsCommitted?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unestimated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type BoardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Board'] = ResolversParentTypes['Board'], FederationReferenceType extends FederationReferenceTypes['Board'] = FederationReferenceTypes['Board']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Board']> | FederationReferenceType, FederationReferenceType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['BoardColumn']>, ParentType, ContextType>;
  estimationField?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jiraBoardId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  predictability?: Resolver<ResolversTypes['Predictability'], ParentType, ContextType, RequireFields<BoardPredictabilityArgs, 'last'>>;
  projectKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  settings?: Resolver<ResolversTypes['BoardSettings'], ParentType, ContextType>;
  sprints?: Resolver<Array<ResolversTypes['Sprint']>, ParentType, ContextType, Partial<BoardSprintsArgs>>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  velocity?: Resolver<Array<ResolversTypes['VelocityEntry']>, ParentType, ContextType, RequireFields<BoardVelocityArgs, 'last'>>;
}>;

export type BoardColumnResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BoardColumn'] = ResolversParentTypes['BoardColumn']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statusIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BoardSettingsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BoardSettings'] = ResolversParentTypes['BoardSettings']> = ResolversObject<{
  cancelledResolutions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  disciplineRules?: Resolver<Array<ResolversTypes['DisciplineRule']>, ParentType, ContextType>;
  estimationStatistic?: Resolver<ResolversTypes['EstimationStatistic'], ParentType, ContextType>;
  estimationStatisticOverridden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subtaskPolicy?: Resolver<ResolversTypes['SubtaskPolicy'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BurndownPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BurndownPoint'] = ResolversParentTypes['BurndownPoint']> = ResolversObject<{
  completedPoints?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  idealPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  remainingPoints?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  scopePoints?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  workingDay?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type BurnupPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BurnupPoint'] = ResolversParentTypes['BurnupPoint']> = ResolversObject<{
  completedPoints?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  idealPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scopePoints?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  workingDay?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CarryOverResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CarryOver'] = ResolversParentTypes['CarryOver']> = ResolversObject<{
  carriedIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  carriedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  issue?: Resolver<Maybe<ResolversTypes['Issue']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sprintCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sprints?: Resolver<Array<ResolversTypes['Sprint']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisciplineFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisciplineFigures'] = ResolversParentTypes['DisciplineFigures']> = ResolversObject<{
  addedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cancelledPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  committedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  completedOutsidePoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  completedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cycleTime?: Resolver<Maybe<ResolversTypes['FlowPercentiles']>, ParentType, ContextType>;
  discipline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issueCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notCompletedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  removedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sayDoRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type DisciplineRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisciplineRule'] = ResolversParentTypes['DisciplineRule']> = ResolversObject<{
  components?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  discipline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issueTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type FlowPercentilesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FlowPercentiles'] = ResolversParentTypes['FlowPercentiles']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  p50?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p85?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p95?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type IssueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Issue'] = ResolversParentTypes['Issue']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type JiraConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JiraConnection'] = ResolversParentTypes['JiraConnection'], FederationReferenceType extends FederationReferenceTypes['JiraConnection'] = FederationReferenceTypes['JiraConnection']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['JiraConnection']> | FederationReferenceType, FederationReferenceType, ContextType>;
  boards?: Resolver<Array<ResolversTypes['Board']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type JiraReportIssueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JiraReportIssue'] = ResolversParentTypes['JiraReportIssue']> = ResolversObject<{
  addedDuringSprint?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  currentEstimate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  initialEstimate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  issue?: Resolver<Maybe<ResolversTypes['Issue']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  list?: Resolver<ResolversTypes['JiraReportList'], ParentType, ContextType>;
  statusName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type JiraSprintReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JiraSprintReport'] = ResolversParentTypes['JiraSprintReport']> = ResolversObject<{
  addedIssues?: Resolver<Array<ResolversTypes['JiraReportIssue']>, ParentType, ContextType>;
  addedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  committedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  completedInAnotherSprintIssues?: Resolver<Array<ResolversTypes['JiraReportIssue']>, ParentType, ContextType>;
  completedInAnotherSprintPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  completedInitialPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  completedIssues?: Resolver<Array<ResolversTypes['JiraReportIssue']>, ParentType, ContextType>;
  completedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  fetchedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  notCompletedInitialPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  notCompletedIssues?: Resolver<Array<ResolversTypes['JiraReportIssue']>, ParentType, ContextType>;
  notCompletedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  puntedInitialPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  puntedIssues?: Resolver<Array<ResolversTypes['JiraReportIssue']>, ParentType, ContextType>;
  puntedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type JiraSprintReportFingerprintResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JiraSprintReportFingerprint'] = ResolversParentTypes['JiraSprintReportFingerprint']> = ResolversObject<{
  fingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  jiraSprintId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  deleteJiraConnectionData?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationDeleteJiraConnectionDataArgs, 'connectionId'>>;
  deleteJiraSprint?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteJiraSprintArgs, 'connectionId' | 'jiraSprintId'>>;
  setBoardTeam?: Resolver<ResolversTypes['Board'], ParentType, ContextType, RequireFields<MutationSetBoardTeamArgs, 'boardId'>>;
  sprintsChanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationSprintsChangedArgs, 'sprintIds'>>;
  syncJiraBoards?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationSyncJiraBoardsArgs, 'boards' | 'connectionId'>>;
  syncJiraSprintReports?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationSyncJiraSprintReportsArgs, 'connectionId' | 'reports'>>;
  syncJiraSprints?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationSyncJiraSprintsArgs, 'connectionId' | 'sprints'>>;
  teamHolidaysChanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationTeamHolidaysChangedArgs, 'teamId'>>;
  updateBoardSettings?: Resolver<ResolversTypes['Board'], ParentType, ContextType, RequireFields<MutationUpdateBoardSettingsArgs, 'boardId' | 'settings'>>;
}>;

export type PredictabilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Predictability'] = ResolversParentTypes['Predictability']> = ResolversObject<{
  averageCommittedPoints?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageCompletedPoints?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageSayDoRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageScopeChangeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  predictability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sprints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  velocityVariation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  board?: Resolver<Maybe<ResolversTypes['Board']>, ParentType, ContextType, RequireFields<QueryBoardArgs, 'id'>>;
  boardSettingsPreview?: Resolver<Maybe<ResolversTypes['SprintAnalysisPreview']>, ParentType, ContextType, RequireFields<QueryBoardSettingsPreviewArgs, 'boardId' | 'settings'>>;
  boards?: Resolver<Array<ResolversTypes['Board']>, ParentType, ContextType>;
  jiraSprintReportFingerprints?: Resolver<Array<ResolversTypes['JiraSprintReportFingerprint']>, ParentType, ContextType, RequireFields<QueryJiraSprintReportFingerprintsArgs, 'connectionId' | 'jiraSprintIds'>>;
  sprint?: Resolver<Maybe<ResolversTypes['Sprint']>, ParentType, ContextType, RequireFields<QuerySprintArgs, 'id'>>;
}>;

export type ReconciledIssueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReconciledIssue'] = ResolversParentTypes['ReconciledIssue']> = ResolversObject<{
  issue?: Resolver<Maybe<ResolversTypes['Issue']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReconciliationDifferenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReconciliationDifference'] = ResolversParentTypes['ReconciliationDifference']> = ResolversObject<{
  figure?: Resolver<ResolversTypes['ReconciledFigure'], ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['ReconciledIssue']>, ParentType, ContextType>;
  jira?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ScopeChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScopeChange'] = ResolversParentTypes['ScopeChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issue?: Resolver<Maybe<ResolversTypes['Issue']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ScopeChangeKind'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SprintResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Sprint'] = ResolversParentTypes['Sprint'], FederationReferenceType extends FederationReferenceTypes['Sprint'] = FederationReferenceTypes['Sprint']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Sprint']> | FederationReferenceType, FederationReferenceType, ContextType>;
  analysis?: Resolver<Maybe<ResolversTypes['SprintAnalysis']>, ParentType, ContextType>;
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  carryOver?: Resolver<Array<ResolversTypes['CarryOver']>, ParentType, ContextType>;
  completeDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  goal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jiraReport?: Resolver<Maybe<ResolversTypes['JiraSprintReport']>, ParentType, ContextType>;
  jiraSprintId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plannedStartDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reconciliation?: Resolver<Maybe<ResolversTypes['SprintReconciliation']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['SprintState'], ParentType, ContextType>;
  storedDisciplineFigures?: Resolver<Maybe<Array<ResolversTypes['DisciplineFigures']>>, ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
}>;

export type SprintAnalysisResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SprintAnalysis'] = ResolversParentTypes['SprintAnalysis']> = ResolversObject<{
  addedIssues?: Resolver<Array<ResolversTypes['AnalysedIssue']>, ParentType, ContextType>;
  addedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  burndown?: Resolver<Array<ResolversTypes['BurndownPoint']>, ParentType, ContextType>;
  burnup?: Resolver<Array<ResolversTypes['BurnupPoint']>, ParentType, ContextType>;
  cancelledIssues?: Resolver<Array<ResolversTypes['AnalysedIssue']>, ParentType, ContextType>;
  cancelledPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  committedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  completedIssues?: Resolver<Array<ResolversTypes['AnalysedIssue']>, ParentType, ContextType>;
  completedOutsideIssues?: Resolver<Array<ResolversTypes['AnalysedIssue']>, ParentType, ContextType>;
  completedOutsidePoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  completedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  completionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cycleTime?: Resolver<Maybe<ResolversTypes['FlowPercentiles']>, ParentType, ContextType>;
  disciplineBreakdown?: Resolver<Array<ResolversTypes['DisciplineFigures']>, ParentType, ContextType>;
  estimateChanges?: Resolver<Array<ResolversTypes['SprintEstimateChange']>, ParentType, ContextType>;
  issueCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['AnalysedIssue']>, ParentType, ContextType>;
  leadTime?: Resolver<Maybe<ResolversTypes['FlowPercentiles']>, ParentType, ContextType>;
  notCompletedIssues?: Resolver<Array<ResolversTypes['AnalysedIssue']>, ParentType, ContextType>;
  notCompletedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  removedIssues?: Resolver<Array<ResolversTypes['AnalysedIssue']>, ParentType, ContextType>;
  removedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sayDoRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  scopeChangeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  scopeChanges?: Resolver<Array<ResolversTypes['ScopeChange']>, ParentType, ContextType>;
  statistic?: Resolver<ResolversTypes['EstimationStatistic'], ParentType, ContextType>;
}>;

export type SprintAnalysisPreviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SprintAnalysisPreview'] = ResolversParentTypes['SprintAnalysisPreview']> = ResolversObject<{
  current?: Resolver<ResolversTypes['SprintAnalysis'], ParentType, ContextType>;
  preview?: Resolver<ResolversTypes['SprintAnalysis'], ParentType, ContextType>;
  sprint?: Resolver<ResolversTypes['Sprint'], ParentType, ContextType>;
}>;

export type SprintAnalysisUpdateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SprintAnalysisUpdate'] = ResolversParentTypes['SprintAnalysisUpdate']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  sprint?: Resolver<ResolversTypes['Sprint'], ParentType, ContextType>;
}>;

export type SprintEstimateChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SprintEstimateChange'] = ResolversParentTypes['SprintEstimateChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  issue?: Resolver<Maybe<ResolversTypes['Issue']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type SprintReconciliationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SprintReconciliation'] = ResolversParentTypes['SprintReconciliation']> = ResolversObject<{
  differences?: Resolver<Array<ResolversTypes['ReconciliationDifference']>, ParentType, ContextType>;
  jiraReportFetchedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReconciliationStatus'], ParentType, ContextType>;
}>;

export type SprintUpdateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SprintUpdate'] = ResolversParentTypes['SprintUpdate']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sprint?: Resolver<ResolversTypes['Sprint'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  sprintAnalysisUpdated?: SubscriptionResolver<ResolversTypes['SprintAnalysisUpdate'], "sprintAnalysisUpdated", ParentType, ContextType, RequireFields<SubscriptionSprintAnalysisUpdatedArgs, 'boardId'>>;
  sprintUpdated?: SubscriptionResolver<ResolversTypes['SprintUpdate'], "sprintUpdated", ParentType, ContextType, RequireFields<SubscriptionSprintUpdatedArgs, 'sprintId'>>;
}>;

export type TeamResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team'], FederationReferenceType extends FederationReferenceTypes['Team'] = FederationReferenceTypes['Team']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Team']> | FederationReferenceType, FederationReferenceType, ContextType>;
  boards?: Resolver<Maybe<Array<ResolversTypes['Board']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type VelocityEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VelocityEntry'] = ResolversParentTypes['VelocityEntry']> = ResolversObject<{
  committedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  completedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rollingAverage3?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rollingAverage5?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sayDoRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  scopeChangeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sprint?: Resolver<ResolversTypes['Sprint'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AnalysedIssue?: AnalysedIssueResolvers<ContextType>;
  Board?: BoardResolvers<ContextType>;
  BoardColumn?: BoardColumnResolvers<ContextType>;
  BoardSettings?: BoardSettingsResolvers<ContextType>;
  BurndownPoint?: BurndownPointResolvers<ContextType>;
  BurnupPoint?: BurnupPointResolvers<ContextType>;
  CarryOver?: CarryOverResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DisciplineFigures?: DisciplineFiguresResolvers<ContextType>;
  DisciplineRule?: DisciplineRuleResolvers<ContextType>;
  FlowPercentiles?: FlowPercentilesResolvers<ContextType>;
  Issue?: IssueResolvers<ContextType>;
  JiraConnection?: JiraConnectionResolvers<ContextType>;
  JiraReportIssue?: JiraReportIssueResolvers<ContextType>;
  JiraSprintReport?: JiraSprintReportResolvers<ContextType>;
  JiraSprintReportFingerprint?: JiraSprintReportFingerprintResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Predictability?: PredictabilityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReconciledIssue?: ReconciledIssueResolvers<ContextType>;
  ReconciliationDifference?: ReconciliationDifferenceResolvers<ContextType>;
  ScopeChange?: ScopeChangeResolvers<ContextType>;
  Sprint?: SprintResolvers<ContextType>;
  SprintAnalysis?: SprintAnalysisResolvers<ContextType>;
  SprintAnalysisPreview?: SprintAnalysisPreviewResolvers<ContextType>;
  SprintAnalysisUpdate?: SprintAnalysisUpdateResolvers<ContextType>;
  SprintEstimateChange?: SprintEstimateChangeResolvers<ContextType>;
  SprintReconciliation?: SprintReconciliationResolvers<ContextType>;
  SprintUpdate?: SprintUpdateResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  VelocityEntry?: VelocityEntryResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  limit?: LimitDirectiveResolver<any, any, ContextType>;
}>;
