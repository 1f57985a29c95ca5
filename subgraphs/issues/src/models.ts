import type { issuesTables } from '@sprint-reports/drizzle';

export type IssueRow = typeof issuesTables.issues.$inferSelect;
export type MembershipRow = typeof issuesTables.issueSprints.$inferSelect;
export type StatusChangeRow = typeof issuesTables.issueStatusChanges.$inferSelect;
export type EstimateChangeRow = typeof issuesTables.issueEstimateChanges.$inferSelect;
export type SprintRef = { id: string };
export type UserRef = { id: string };

/** One time an issue was in a sprint, with the history sprint analysis is computed from. */
export interface IssueFact {
  issueId: string;
  key: string;
  parentKey: string | null;
  subtask: boolean;
  discipline: string | null;
  addedAt: Date;
  removedAt: Date | null;
  estimates: { at: Date; points: number | null }[];
  statusCategories: { at: Date; statusId: string | null; category: IssueRow['statusCategory'] }[];
  resolutions: { at: Date; resolution: string | null }[];
  createdAt: Date;
  issueType: string;
  components: string[];
  labels: string[];
  assigneeId: string | null;
  /** JIRA's Original Estimate in hours over time, in `points` as estimates hold theirs. */
  originalEstimates: { at: Date; points: number | null }[];
  /** Every sprint the issue has been in, oldest first. */
  memberships: { sprintId: string; addedAt: Date; removedAt: Date | null }[];
}
export type ConnectionRow = typeof issuesTables.jiraConnections.$inferSelect;
/** A connection as the API serves it: `issuedWebhookSecret` only in the answer that made the secret (create, rotate). */
export type ConnectionModel = ConnectionRow & { issuedWebhookSecret?: string };
export type SyncRunRow = typeof issuesTables.syncRuns.$inferSelect;
export type ChangelogRow = typeof issuesTables.issueChangelog.$inferSelect;

/** An open issue as queue planning reads it (data.ts openIssuesOfProject). */
export type PlanningIssueRow = Awaited<ReturnType<typeof import('./data/index.ts').openIssuesOfProject>>[number];
