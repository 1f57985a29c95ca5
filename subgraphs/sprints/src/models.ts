import type { JiraReportIssueEntry, sprintsTables } from '@sprint-reports/drizzle';

/** What resolvers pass around: database rows, and bare references to other subgraphs' entities. */
export type BoardRow = typeof sprintsTables.boards.$inferSelect;
/** A board as the sync writes it: the analysis settings keep their own values (or defaults). */
export type BoardInsert = typeof sprintsTables.boards.$inferInsert;
export type SprintRow = typeof sprintsTables.sprints.$inferSelect;
export type AnalysisRow = typeof sprintsTables.sprintAnalyses.$inferSelect;
export type AnalysisInputsRow = typeof sprintsTables.analysisInputs.$inferSelect;
export type TeamRef = { id: string };
export type ConnectionRef = { id: string };
export type JiraReportRow = typeof sprintsTables.jiraSprintReports.$inferSelect;
/** JIRA's report with our issue ids by key (from the sprint's analysis), for Issue references. */
/** `leftOutAtStart`: the keys our analysis leaves out of the commitment at the start (JIRA's rebuilt commitment follows it). */
export type JiraReportView = { row: JiraReportRow; issueIds: ReadonlyMap<string, string>; leftOutAtStart: ReadonlySet<string> };
export type JiraReportIssueView = JiraReportIssueEntry & { issueId: string | null };
export type VelocityRow = {
  sprint: SprintRow;
  committedPoints: number;
  completedPoints: number;
  sayDoRatio: number | null;
  scopeChangeRate: number | null;
  rollingAverage3: number | null;
  rollingAverage5: number | null;
};
export type {
  EstimateChangeEntry,
  AnalysedIssueEntry,
  JiraReportIssueEntry,
  JiraReportSums,
  ScopeEventEntry,
  CarryOverEntry,
  DisciplineFigures as DisciplineFiguresEntry,
  BurndownDay,
  DisciplineRule,
} from '@sprint-reports/drizzle';
