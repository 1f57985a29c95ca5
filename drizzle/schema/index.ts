export * as usersTables from './users.ts';
export * as sprintsTables from './sprints.ts';
export * as issuesTables from './issues.ts';
export * as capacityTables from './capacity.ts';
export * as queuesTables from './queues.ts';
export * as reportsTables from './reports.ts';
export type {
  BurndownDay,
  DisciplineFigures,
  EstimateChangeEntry,
  SprintState,
  AnalysedIssueEntry,
  ScopeEventEntry,
  CarryOverEntry,
  DisciplineRule,
  FlowPercentiles,
  JiraReportIssueEntry,
  JiraReportSums,
} from './sprints.ts';
export type { StatusCategory, SyncCheckpoint, IssueLink } from './issues.ts';
export type { BoardColumn } from './sprints.ts';
export type { ReportParams, HeadlineFigure } from './reports.ts';
