/**
 * What a report says, before it is a file: gathered from the subgraphs that own the data
 * (remote/gather.ts) and turned into each format by render/. Every number is the owner's own figure,
 * copied, never recomputed here: a report's numbers equal `Sprint.analysis`, `Board.velocity` and
 * `Sprint.capacity` as the API answers them. Dates are ISO strings (the model is also the JSON format).
 */

export type ReportKind = 'SPRINT' | 'VELOCITY' | 'CAPACITY' | 'HISTORY';
export type ReportFormat = 'JSON' | 'CSV' | 'MARKDOWN' | 'HTML' | 'PDF';
/** The sprints subgraph's vocabulary, as its served schema declares it. */
export type { EstimationStatistic as Statistic, SprintState } from './remote/__generated__/sprints.ts';
import type { EstimationStatistic as Statistic, SprintState } from './remote/__generated__/sprints.ts';
import type { QueueStatus } from './remote/__generated__/queues.ts';
export type IssueOutcome = 'COMPLETED' | 'NOT_COMPLETED' | 'REMOVED' | 'COMPLETED_OUTSIDE' | 'CANCELLED';

export interface FlowPercentiles {
  count: number;
  p50: number;
  p85: number;
  p95: number;
}

export interface SprintRef {
  id: string;
  name: string;
  state: SprintState;
  startDate: string | null;
  endDate: string | null;
  completeDate: string | null;
}

export interface BoardRef {
  id: string;
  name: string;
}

export interface TeamRef {
  id: string;
  name: string;
}

/** What the analysis counts for a sprint and for each discipline in it. */
export interface Figures {
  committedPoints: number;
  completedPoints: number;
  addedPoints: number;
  removedPoints: number;
  notCompletedPoints: number;
  completedOutsidePoints: number;
  sayDoRatio: number | null;
  issueCount: number;
  cycleTime: FlowPercentiles | null;
}

/** The figures of a sprint's analysis (SprintAnalysis), as the sprints subgraph answers them. */
export interface SprintFigures extends Figures {
  /** Done at the close with a won't-do resolution the board names. */
  cancelledPoints: number;
  completionRate: number | null;
  scopeChangeRate: number | null;
  leadTime: FlowPercentiles | null;
}

/** One discipline's figures (SprintAnalysis.disciplineBreakdown). */
export interface DisciplineFigures extends Figures {
  discipline: string;
}

/** One issue of the sprint with its class (AnalysedIssue) and what the issues subgraph says of it. */
export interface ReportIssue {
  id: string;
  key: string;
  /** Null when the issue is gone from the issues subgraph (deleted in JIRA). */
  summary: string | null;
  type: string | null;
  /** Its status as of the model's `statusAsOf`: at the close for a closed sprint, else as last synced. */
  status: string | null;
  assignee: string | null;
  /** Its class in the analysis; null for a sprint that has not started (no analysis). */
  outcome: IssueOutcome | null;
  addedAfterStart: boolean;
  pointsAtStart: number | null;
  /** Its estimate when it joined the sprint (what the Added figure counts); null when unknown or unestimated. */
  pointsAtJoin: number | null;
  /** Its estimate at the sprint's close or when it left; for a sprint not started, its estimate now. */
  pointsAtEnd: number | null;
  unestimated: boolean;
  discipline: string;
  cycleTimeHours: number | null;
  leadTimeHours: number | null;
  /** A sub-task (known for a sprint not started, where the board's policy includes them): never a queue candidate. */
  subtask?: boolean;
}

export interface BurndownPoint {
  date: string;
  remainingPoints: number | null;
  completedPoints: number | null;
  scopePoints: number | null;
  idealPoints: number;
}

export interface ScopeChange {
  at: string;
  key: string;
  kind: 'ADDED' | 'REMOVED' | 'ESTIMATE_CHANGED';
  points: number;
}

export interface CarryOverEntry {
  key: string;
  carriedIn: boolean;
  carriedOut: boolean;
  sprintCount: number;
  points: number | null;
}

/** A discipline's capacity in a sprint (DisciplineCapacity) next to what it delivered. */
export interface DisciplineCapacityRow {
  discipline: string;
  members: number;
  availableDays: number;
  /** Capacity in points: availableDays × points per day × factor (the focus factor only for a default rate; see docs/planning.md). */
  capacityPoints: number;
  /** What the sprint held against it (capacity's committedPoints for the discipline). */
  committedPoints: number;
  /** Done at the sprint's close (the analysis's discipline breakdown); null before the sprint started. */
  completedPoints: number | null;
  utilisation: number | null;
}

export interface SprintCapacitySummary {
  workingDays: number;
  focusFactor: number;
  /** A sprint override's factor on measured rates (sprint focus ÷ team focus; 1 without one). */
  adjustment: number;
  /** The measured sprints' average completed points in the disciplines the team has people in, beside which the capacity should sit; null without history. */
  historyAverageCompletedPoints: number | null;
  /** Their average completed points in the other disciplines ("Unassigned", ones nobody holds today): no capacity covers them. */
  historyUnstaffedCompletedPoints: number | null;
  /** Whose points per day are measured: every discipline's, some, or none (the team's default). */
  measured: 'ALL' | 'SOME' | 'NONE';
  totalDays: number;
  totalPoints: number;
  committedPoints: number;
  utilisation: number | null;
  byDiscipline: DisciplineCapacityRow[];
}

/** The sprint's queue as planned, and what became of each planned issue in the sprint. */
export interface QueueOutcome {
  status: QueueStatus;
  generatedAt: string;
  acceptedAt: string | null;
  plannedPoints: number;
  /** Planned points of items the analysis counts COMPLETED; null before the sprint started. */
  completedPoints: number | null;
  items: {
    position: number;
    key: string;
    points: number | null;
    discipline: string;
    reason: string;
    /** Whether the issue is one of the report's issues: in the analysis, or, before the start, in the sprint in JIRA now. */
    inSprint: boolean;
    /** The item's outcome in the sprint; null before the sprint started, or when it never entered the sprint. */
    outcome: IssueOutcome | null;
  }[];
}

export interface SprintReportModel {
  kind: 'SPRINT';
  title: string;
  generatedAt: string;
  statistic: Statistic;
  /** The unit the statistic counts in, for labels: "points", "hours" or "issues". */
  unit: string;
  /** plannedStartDate: JIRA's planned start where a Server/DC sprint was started later (startDate is the activation). */
  sprint: SprintRef & { goal: string | null; plannedStartDate?: string | null };
  board: BoardRef;
  team: TeamRef | null;
  /** Null for a sprint that has not started: it has no analysis. */
  figures: SprintFigures | null;
  /**
   * When the issues' statuses hold: a closed sprint's close (completeDate), read from each issue's
   * status history; null for a sprint not closed (their statuses as last synced).
   */
  statusAsOf: string | null;
  issues: ReportIssue[];
  disciplines: DisciplineFigures[];
  burndown: BurndownPoint[];
  scopeChanges: ScopeChange[];
  carryOver: CarryOverEntry[];
  /** Null when the sprint has no dates or its board no team. */
  capacity: SprintCapacitySummary | null;
  /** Null when no queue was generated for the sprint. */
  queue: QueueOutcome | null;
}

/** One closed sprint in a board's velocity (VelocityEntry). */
export interface VelocityRow {
  sprint: SprintRef;
  committedPoints: number;
  completedPoints: number;
  sayDoRatio: number | null;
  scopeChangeRate: number | null;
  rollingAverage3: number | null;
  rollingAverage5: number | null;
}

export interface Predictability {
  sprints: number;
  averageCommittedPoints: number | null;
  averageCompletedPoints: number | null;
  averageSayDoRatio: number | null;
  velocityVariation: number | null;
  predictability: number | null;
  averageScopeChangeRate: number | null;
}

export interface VelocityReportModel {
  kind: 'VELOCITY';
  title: string;
  generatedAt: string;
  /** How many closed sprints each board shows. */
  last: number;
  team: TeamRef | null;
  /** One board (boardId given) or each of the team's boards. */
  boards: { board: BoardRef; statistic: Statistic; unit: string; sprints: VelocityRow[]; predictability: Predictability }[];
}

/** Planned vs. actual per discipline for one sprint of the range. */
export interface CapacitySprintRow {
  sprint: SprintRef;
  board: BoardRef;
  unit: string;
  totalPoints: number;
  committedPoints: number;
  /** Null before the sprint started. */
  completedPoints: number | null;
  byDiscipline: DisciplineCapacityRow[];
}

export interface CapacityReportModel {
  kind: 'CAPACITY';
  title: string;
  generatedAt: string;
  team: TeamRef;
  from: string;
  to: string;
  /** Sprints of the team's boards that started within the range, by start date. */
  sprints: CapacitySprintRow[];
  /** Per discipline over all those sprints: sums of the rows above. */
  /** utilisation: committed ÷ capacity; delivery: completed ÷ capacity (null without capacity). */
  totals: {
    discipline: string;
    capacityPoints: number;
    committedPoints: number;
    completedPoints: number;
    utilisation: number | null;
    delivery: number | null;
  }[];
}

/** One closed sprint's trend figures in a HISTORY report. */
export interface HistorySprintRow {
  sprint: SprintRef;
  board: BoardRef;
  unit: string;
  committedPoints: number;
  completedPoints: number;
  sayDoRatio: number | null;
  scopeChangeRate: number | null;
  /** Issues that left this sprint unfinished into a later one, and their points. */
  carriedOutIssues: number;
  carriedOutPoints: number;
  cycleTime: FlowPercentiles | null;
  disciplines: DisciplineFigures[];
}

export interface HistoryReportModel {
  kind: 'HISTORY';
  title: string;
  generatedAt: string;
  team: TeamRef;
  from: string;
  to: string;
  /** Closed sprints of the team's boards completed within the range, oldest first. */
  sprints: HistorySprintRow[];
  /** Means over those sprints (null without sprints), overall and per discipline. */
  averages: {
    completedPoints: number | null;
    sayDoRatio: number | null;
    scopeChangeRate: number | null;
    carriedOutPoints: number | null;
    cycleTimeP50: number | null;
  };
  byDiscipline: {
    discipline: string;
    sprints: number;
    completedPoints: number;
    averageCompletedPoints: number;
    averageSayDoRatio: number | null;
    cycleTimeP50: number | null;
  }[];
}

export type ReportModel = SprintReportModel | VelocityReportModel | CapacityReportModel | HistoryReportModel;

/** A rendered report: what is stored and downloaded. */
export interface RenderedReport {
  content: Buffer;
  contentType: string;
  /** e.g. "sprint-report-atlas-sprint-12.pdf" */
  fileName: string;
}

/** The few numbers an email body shows (headline): label and formatted value, in order. */
export type Headline = { label: string; value: string }[];
