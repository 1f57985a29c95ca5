/**
 * JIRA's sprint-report rules, rebuilt from an issue's history (not from JIRA's undocumented
 * greenhopper endpoints). Pure: the same histories and policy always give the same report.
 *
 * - Committed: the issues in the sprint at the moment it started, each at its estimate then,
 *   except those already done (or cancelled) then and those in a status on none of the board's
 *   columns (Atlassian KB "Discrepancies between velocity report's commitment and the sprint
 *   report's sum of story points at the start of the sprint"). Each issue says why (commitment).
 * - Completed: the issues in the sprint when it completed (its completeDate; now while active)
 *   and done then, each at its estimate then. Done = a status of the board's right-most column
 *   (or, without one, the status category DONE).
 * - Not completed: in the sprint at completion and not done.
 * - Removed (punted): in the sprint at some time after the start, gone before the completion.
 * - Completed outside: in the sprint at completion, done, but its last move into done came
 *   before the sprint started or before it last joined this sprint (finished elsewhere). Its
 *   points count nowhere. An issue done at the start, reopened and done again during the sprint
 *   is completed (JIRA looks at the last transition into done).
 * - Cancelled: done at completion with a won't-do resolution the board names: neither completed
 *   nor not completed.
 * - Added after start (JIRA's asterisk): joined after the start. Orthogonal to the class.
 * - Estimate changes during the sprint (3 → 3.5), for issues in the sprint at the time.
 * - Scope events: every addition, removal and estimate change after the start, as the change
 *   to the sprint's scope under the board's policy (the steps of the burnup's scope line).
 * Every issue that was ever in the sprint lands in exactly one class.
 */
import { compareNatural, round2 } from '@sprint-reports/core';

/** As schema/sprints.graphql declares them. */
export type { EstimationStatistic as Statistic, SubtaskPolicy } from '../__generated__/resolvers-types.ts';
import type { EstimationStatistic as Statistic, SubtaskPolicy } from '../__generated__/resolvers-types.ts';
export type IssueClass = 'COMPLETED' | 'NOT_COMPLETED' | 'REMOVED' | 'COMPLETED_OUTSIDE' | 'CANCELLED';
/** The issues subgraph's StatusCategory, as its served schema declares it. */
export type { StatusCategory } from '../remote/__generated__/issues.ts';
import type { StatusCategory } from '../remote/__generated__/issues.ts';
/** Why an issue is, or is not, in the commitment. */
export type CommitmentReason = 'IN_COMMITMENT' | 'ADDED_AFTER_START' | 'DONE_AT_START' | 'CANCELLED_AT_START' | 'UNMAPPED_AT_START';

export interface BoardPolicy {
  statistic: Statistic;
  /** Status ids of the board's right-most column; null: fall back to the status category. */
  doneStatusIds: ReadonlySet<string> | null;
  /** Status ids of all the board's columns; null: the columns are unknown (every status counts as on the board). */
  mappedStatusIds: ReadonlySet<string> | null;
  subtasks: SubtaskPolicy;
  /** Resolutions that mean "won't do" (by name, compared case-insensitively). */
  cancelledResolutions: ReadonlySet<string>;
}

export const DEFAULT_POLICY: BoardPolicy = {
  statistic: 'STORY_POINTS',
  doneStatusIds: null,
  mappedStatusIds: null,
  subtasks: 'EXCLUDE',
  cancelledResolutions: new Set(),
};

/** One issue's history as far as one sprint is concerned. Times in ms since the epoch; histories oldest first. */
export interface IssueHistory {
  issueId: string;
  key: string;
  /** Set for sub-tasks: the parent issue's id. */
  parentId: string | null;
  /** When it joined and left this sprint (several spans when it came back). */
  spans: { addedAt: number; removedAt: number | null }[];
  /** The statistic's value over time (story points or original estimate in seconds); the first entry is the value at creation. */
  estimates: { at: number; value: number | null }[];
  statuses: { at: number; statusId: string; category: StatusCategory }[];
  resolutions: { at: number; resolution: string | null }[];
}

export interface ClassifiedIssue {
  issueId: string;
  key: string;
  class: IssueClass;
  addedAfterStart: boolean;
  /** Why it is, or is not, in the commitment. */
  commitment: CommitmentReason;
  /** What it counts for in the commitment: its value at the start when IN_COMMITMENT, else 0. */
  committed: number;
  /** The statistic's value at the sprint's start (issues in the sprint then) and at its completion; null: unestimated. */
  atStart: number | null;
  atEnd: number | null;
  /** For issues added after the start: the value when they joined. */
  atJoin: number | null;
  unestimated: boolean;
  /** A sub-task (JIRA's sprint report never lists them). */
  subtask: boolean;
  /** Under ROLL_UP, for a parent with estimated sub-tasks: their share of atStart, of its value when it was added, and of atEnd. */
  rolledUp: { atStart: number; atJoin: number; atEnd: number } | null;
}

export interface ScopeEvent {
  issueId: string;
  key: string;
  at: number;
  kind: 'ADDED' | 'REMOVED' | 'ESTIMATE_CHANGED';
  /** The change to the scope: negative for a removal or a lowered estimate. */
  points: number;
}

export interface EstimateChange {
  issueId: string;
  key: string;
  at: number;
  from: number | null;
  to: number | null;
}

export interface SprintReport {
  committed: number;
  completed: number;
  added: number;
  removed: number;
  notCompleted: number;
  completedOutside: number;
  cancelled: number;
  issues: ClassifiedIssue[];
  estimateChanges: EstimateChange[];
  scopeEvents: ScopeEvent[];
}

/** The last entry at or before `t`, else the first (the state at creation). */
function at<T extends { at: number }>(history: readonly T[], t: number): T | undefined {
  let found: T | undefined;
  for (const entry of history) {
    if (entry.at <= t) found = entry;
    else break;
  }
  return found ?? history[0];
}

/**
 * Completing a sprint in JIRA moves its open issues to the next sprint or the backlog a moment
 * after the completeDate it records (the changelog's Sprint change comes a little before or
 * after): an issue that leaves within this margin of the completion was in the sprint when it
 * completed (not completed, not removed).
 */
export const CLOSE_MARGIN_MS = 60_000;

export const inSprintAt = (h: IssueHistory, t: number) => h.spans.some((s) => s.addedAt <= t && (s.removedAt === null || s.removedAt > t));

/** Whether the issue is done at `t`: the right-most column's statuses when the board has one, else category DONE. */
export function doneAt(h: IssueHistory, t: number, policy: BoardPolicy): boolean {
  const status = h.statuses.length ? at(h.statuses, t) : undefined;
  if (!status || status.at > t) return false;
  return policy.doneStatusIds ? policy.doneStatusIds.has(status.statusId) : status.category === 'DONE';
}

/** When the issue last became done at or before `t` (null: not done at `t`). */
export function doneSince(h: IssueHistory, t: number, policy: BoardPolicy): number | null {
  if (!doneAt(h, t, policy)) return null;
  let since: number | null = null;
  for (const s of h.statuses) {
    if (s.at > t) break;
    const done = policy.doneStatusIds ? policy.doneStatusIds.has(s.statusId) : s.category === 'DONE';
    if (done && since === null) since = s.at;
    if (!done) since = null;
  }
  return since;
}

/**
 * What an issue counts for at a moment under the board's policy: its statistic's value (null:
 * unestimated), nothing for a sub-task unless the board includes them, and, when sub-tasks roll
 * up, its own value plus theirs.
 */
export function valuation(histories: readonly IssueHistory[], policy: BoardPolicy): (h: IssueHistory, t: number) => number | null {
  const subtasksOf = new Map<string, IssueHistory[]>();
  for (const h of histories) if (h.parentId) subtasksOf.set(h.parentId, [...(subtasksOf.get(h.parentId) ?? []), h]);
  const ownValue = (h: IssueHistory, t: number): number | null => {
    if (h.parentId && policy.subtasks !== 'INCLUDE') return null;
    if (policy.statistic === 'ISSUE_COUNT') return 1;
    return at(h.estimates, t)?.value ?? null;
  };
  return (h, t) => {
    const own = ownValue(h, t);
    if (policy.subtasks !== 'ROLL_UP' || policy.statistic === 'ISSUE_COUNT') return own;
    const children = (subtasksOf.get(h.issueId) ?? []).map((c) => at(c.estimates, t)?.value ?? null).filter((v): v is number => v !== null);
    return children.length ? (own ?? 0) + children.reduce((a, b) => a + b, 0) : own;
  };
}

/** The status at `t` is on none of the board's columns (only when the board's columns are known, and the status is). */
function unmappedAt(h: IssueHistory, t: number, policy: BoardPolicy): boolean {
  const status = policy.mappedStatusIds && h.statuses.length ? at(h.statuses, t) : undefined;
  return !!status && status.at <= t && status.statusId !== '' && !policy.mappedStatusIds!.has(status.statusId);
}

/**
 * Why an issue in the sprint at its start is or is not in the commitment: JIRA leaves out what
 * was already done (or cancelled: done with a won't-do resolution) at the start, and counts an
 * issue in a status mapped to none of the board's columns as 0.
 */
function commitmentAt(h: IssueHistory, start: number, policy: BoardPolicy, cancelled: ReadonlySet<string>): CommitmentReason {
  if (doneAt(h, start, policy))
    return cancelled.size && cancelled.has((at(h.resolutions, start)?.resolution ?? '').toLowerCase()) ? 'CANCELLED_AT_START' : 'DONE_AT_START';
  if (unmappedAt(h, start, policy)) return 'UNMAPPED_AT_START';
  return 'IN_COMMITMENT';
}

export function classify(
  /** `end`: the completion, or now for a sprint still running (`running`: no close margin then). */
  window: { start: number; end: number; running?: boolean },
  histories: readonly IssueHistory[],
  policy: BoardPolicy = DEFAULT_POLICY,
): SprintReport {
  const { start, end } = window;
  const cancelled = new Set([...policy.cancelledResolutions].map((r) => r.toLowerCase()));
  const valueAt = valuation(histories, policy);
  const points = (v: number | null) => v ?? 0;

  const report: SprintReport = {
    committed: 0,
    completed: 0,
    added: 0,
    removed: 0,
    notCompleted: 0,
    completedOutside: 0,
    cancelled: 0,
    issues: [],
    estimateChanges: [],
    scopeEvents: [],
  };
  const subtasksOf = new Map<string, IssueHistory[]>();
  for (const h of histories) if (h.parentId) subtasksOf.set(h.parentId, [...(subtasksOf.get(h.parentId) ?? []), h]);
  for (const h of histories) {
    const everIn = h.spans.some((s) => s.addedAt <= end && (s.removedAt === null || s.removedAt > start));
    if (!everIn) continue;
    const inAtStart = inSprintAt(h, start);
    const joined = Math.min(...h.spans.map((s) => s.addedAt));
    // The join that led to the close (the span open then, or the last one before it): an issue
    // finished while out of the sprint and dragged back in done was finished elsewhere, however
    // often it was in before.
    const joinedForClose = Math.max(...h.spans.filter((s) => s.addedAt <= end).map((s) => s.addedAt));
    const addedAfterStart = !inAtStart;
    const atStart = inAtStart ? valueAt(h, start) : null;
    const commitment = inAtStart ? commitmentAt(h, start, policy, cancelled) : 'ADDED_AFTER_START';
    const committed = commitment === 'IN_COMMITMENT' ? points(atStart) : 0;
    const movedAtClose =
      !window.running && h.spans.some((s) => s.addedAt <= end - CLOSE_MARGIN_MS && s.removedAt !== null && Math.abs(s.removedAt - end) <= CLOSE_MARGIN_MS);
    const inAtEnd = inSprintAt(h, end) || movedAtClose;
    const atEnd = valueAt(h, inAtEnd ? end : Math.min(end, lastRemoval(h, end)));

    let cls: IssueClass;
    if (!inAtEnd) cls = 'REMOVED';
    else {
      const since = doneSince(h, end, policy);
      if (since === null) cls = 'NOT_COMPLETED';
      else if (cancelled.size && cancelled.has((at(h.resolutions, end)?.resolution ?? '').toLowerCase())) cls = 'CANCELLED';
      // Done before the sprint started, or before it came into this sprint: finished elsewhere.
      else if (since <= start || since < joinedForClose) cls = 'COMPLETED_OUTSIDE';
      else cls = 'COMPLETED';
    }

    const atJoin = addedAfterStart ? valueAt(h, Math.max(joined, start)) : null;
    report.committed += committed;
    if (addedAfterStart) report.added += points(atJoin);
    if (cls === 'REMOVED') report.removed += points(atEnd);
    if (cls === 'COMPLETED') report.completed += points(atEnd);
    if (cls === 'NOT_COMPLETED') report.notCompleted += points(atEnd);
    if (cls === 'COMPLETED_OUTSIDE') report.completedOutside += points(atEnd);
    if (cls === 'CANCELLED') report.cancelled += points(atEnd);

    const rollsUp = policy.subtasks === 'ROLL_UP' && policy.statistic !== 'ISSUE_COUNT' && (subtasksOf.get(h.issueId) ?? []).length > 0;
    const share = (t: number) => round2((subtasksOf.get(h.issueId) ?? []).reduce((a, c) => a + (at(c.estimates, t)?.value ?? 0), 0));
    // When it was added after the start: the moment of its first ADDED scope event.
    const addedAt = h.spans.find((s) => s.addedAt > start && s.addedAt <= end)?.addedAt;
    const rolledUp = rollsUp
      ? {
          atStart: inAtStart ? share(start) : 0,
          atJoin: addedAt !== undefined ? share(addedAt) : 0,
          atEnd: share(inAtEnd ? end : Math.min(end, lastRemoval(h, end))),
        }
      : null;
    const unestimated = policy.statistic !== 'ISSUE_COUNT' && !(h.parentId && policy.subtasks !== 'INCLUDE') && valueAt(h, inAtEnd ? end : start) === null;
    report.issues.push({
      issueId: h.issueId,
      key: h.key,
      class: cls,
      addedAfterStart,
      commitment,
      committed,
      atStart,
      atEnd,
      atJoin,
      unestimated,
      subtask: h.parentId !== null,
      rolledUp: rolledUp && (rolledUp.atStart || rolledUp.atJoin || rolledUp.atEnd) ? rolledUp : null,
    });
    report.scopeEvents.push(...scopeEvents(h, window, valueAt, policy.subtasks === 'ROLL_UP' ? (subtasksOf.get(h.issueId) ?? []) : []));

    if (policy.statistic !== 'ISSUE_COUNT') {
      for (let i = 1; i < h.estimates.length; i++) {
        const change = h.estimates[i];
        if (change.at > start && change.at <= end && inSprintAt(h, change.at)) {
          report.estimateChanges.push({ issueId: h.issueId, key: h.key, at: change.at, from: h.estimates[i - 1].value, to: change.value });
        }
      }
    }
  }
  for (const k of ['committed', 'completed', 'added', 'removed', 'notCompleted', 'completedOutside', 'cancelled'] as const) report[k] = round2(report[k]);
  report.issues.sort((a, b) => compareNatural(a.key, b.key));
  report.estimateChanges.sort((a, b) => a.at - b.at || compareNatural(a.key, b.key));
  report.scopeEvents.sort((a, b) => a.at - b.at || compareNatural(a.key, b.key));
  return report;
}

/**
 * The issue's changes to the sprint's scope after the start: each time it joined or left (not the
 * move at the close), and each change of what it counts for while in the sprint (its own
 * estimate, or a rolled-up sub-task's).
 */
function scopeEvents(
  h: IssueHistory,
  window: { start: number; end: number; running?: boolean },
  valueAt: (h: IssueHistory, t: number) => number | null,
  rolledUp: IssueHistory[],
): ScopeEvent[] {
  const { start, end } = window;
  const events: ScopeEvent[] = [];
  const push = (at: number, kind: ScopeEvent['kind'], points: number) => {
    if (points !== 0 || kind !== 'ESTIMATE_CHANGED') events.push({ issueId: h.issueId, key: h.key, at, kind, points: round2(points) });
  };
  for (const span of h.spans) {
    if (span.addedAt > start && span.addedAt <= end) push(span.addedAt, 'ADDED', valueAt(h, span.addedAt) ?? 0);
    const atClose = !window.running && span.removedAt !== null && Math.abs(span.removedAt - end) <= CLOSE_MARGIN_MS;
    if (span.removedAt !== null && span.removedAt > start && span.removedAt <= end && !atClose)
      push(span.removedAt, 'REMOVED', -(valueAt(h, span.removedAt - 1) ?? 0));
  }
  const changes = new Set([...h.estimates.slice(1), ...rolledUp.flatMap((c) => c.estimates.slice(1))].map((e) => e.at));
  for (const t of changes) {
    if (t <= start || t > end || !inSprintAt(h, t) || !inSprintAt(h, t - 1)) continue;
    push(t, 'ESTIMATE_CHANGED', (valueAt(h, t) ?? 0) - (valueAt(h, t - 1) ?? 0));
  }
  return events;
}

/** When the issue last left the sprint at or before `end`: a removed issue counts at its value then. */
function lastRemoval(h: IssueHistory, end: number): number {
  const removals = h.spans.map((s) => s.removedAt).filter((r): r is number => r !== null && r <= end);
  return removals.length ? Math.max(...removals) : end;
}
