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

export type EstimationStatistic =
  /** Every issue counts one. */
  | 'ISSUE_COUNT'
  /** JIRA's Original Estimate, in hours. */
  | 'ORIGINAL_ESTIMATE'
  | 'STORY_POINTS';

export type IssueOutcome =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'COMPLETED_OUTSIDE'
  | 'NOT_COMPLETED'
  | 'REMOVED';

export type JiraReportList =
  | 'COMPLETED'
  | 'COMPLETED_IN_ANOTHER_SPRINT'
  | 'NOT_COMPLETED'
  | 'PUNTED';

export type ReconciledFigure =
  | 'ADDED'
  | 'COMMITTED'
  | 'COMPLETED'
  /** Ours: completed outside; JIRA: completed in another sprint (outside of this sprint). */
  | 'COMPLETED_OUTSIDE'
  | 'NOT_COMPLETED'
  /** Ours: removed; JIRA: punted. */
  | 'REMOVED';

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

export type ScopeChangeKind =
  | 'ADDED'
  | 'ESTIMATE_CHANGED'
  | 'REMOVED';

export type SprintState =
  | 'ACTIVE'
  | 'CLOSED'
  | 'FUTURE';

export type SubtaskPolicy =
  /** Sub-tasks count nothing (JIRA's rule). */
  | 'EXCLUDE'
  /** Sub-tasks count as issues of their own. */
  | 'INCLUDE'
  /** A sub-task's estimate is added to its parent's. */
  | 'ROLL_UP';
