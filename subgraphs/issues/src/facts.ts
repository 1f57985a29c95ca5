import { HOUR_MS, flowTimes, round2, type FlowStatus } from '@sprint-reports/core';
import { fieldChanges } from './jira/derive.ts';
import type { EstimateChangeRow, IssueFact, IssueRow, StatusChangeRow } from './models.ts';
import type { factChangelog, membershipsOfSprintIssues } from './data/index.ts';

type MembershipWithIssue = Awaited<ReturnType<typeof membershipsOfSprintIssues>>[number];
type FactChangelogRow = Awaited<ReturnType<typeof factChangelog>>[number];

/**
 * Builds the facts sprint analysis needs from stored history. The estimate at creation is the
 * first change's "from" value (or the current value when it never changed); likewise the status at
 * creation is the first status change's "from", or the current status when it never changed.
 */
export function buildFact(
  m: MembershipWithIssue,
  estimates: EstimateChangeRow[],
  statuses: StatusChangeRow[],
  changelog: FactChangelogRow[],
  memberships: MembershipWithIssue['membership'][],
): IssueFact {
  const initial = estimates.length ? estimates[0].fromPoints : m.storyPoints;
  const resolutions = changelog.filter((r) => r.field === 'resolution');
  return {
    issueId: m.membership.issueId,
    key: m.key,
    parentKey: m.isSubtask ? m.parentKey : null,
    subtask: m.isSubtask,
    discipline: m.discipline,
    addedAt: m.membership.addedAt,
    removedAt: m.membership.removedAt,
    estimates: [{ at: m.createdAt, points: initial }, ...estimates.map((e) => ({ at: e.at, points: e.toPoints }))],
    statusCategories: [
      ...(statuses.length ? statusAtCreation(m.createdAt, statuses) : [{ at: m.createdAt, statusId: m.statusId, category: m.statusCategory }]),
      ...statuses.map((s) => ({ at: s.at, statusId: s.toStatusId, category: s.toCategory })),
    ],
    // Unresolved at creation unless the first change says otherwise; the current value when it never changed.
    resolutions: [
      { at: m.createdAt, resolution: resolutions.length ? resolutions[0].fromString : m.resolution },
      ...resolutions.map((r) => ({ at: r.at, resolution: r.toString })),
    ],
    createdAt: m.createdAt,
    issueType: m.issueType,
    components: m.components,
    labels: m.labels,
    assigneeId: m.assigneeId,
    originalEstimates: originalEstimates(
      m.createdAt,
      m.originalEstimate,
      changelog.filter((r) => r.field === 'timeoriginalestimate'),
    ),
    memberships: memberships.map((x) => ({ sprintId: x.sprintId, addedAt: x.addedAt, removedAt: x.removedAt })),
  };
}

/**
 * The status at creation: what the first change left (JIRA records no item for the status an issue
 * is created in). Empty for rows synced before the from-status was kept, until the next full sync.
 */
function statusAtCreation(createdAt: Date, changes: StatusChangeRow[]): { at: Date; statusId: string | null; category: StatusChangeRow['toCategory'] }[] {
  const first = changes[0];
  return first?.fromCategory ? [{ at: createdAt, statusId: first.fromStatusId, category: first.fromCategory }] : [];
}

/** JIRA keeps time tracking in seconds (as text in the changelog); anything else is no estimate. */
export function secondsToHours(seconds: string | number | null | undefined): number | null {
  if (seconds == null || (typeof seconds === 'string' && seconds.trim() === '')) return null;
  const n = Number(seconds);
  return Number.isFinite(n) && n >= 0 ? n / 3600 : null;
}

/**
 * The Original Estimate over time, in hours, read from the changelog the way story points are
 * (jira/derive.ts fieldChanges). The value at creation is the first change's "from", else the
 * current value (creating an issue with an estimate writes no changelog item).
 */
export function originalEstimates(createdAt: Date, current: string | null, items: FactChangelogRow[]): { at: Date; points: number | null }[] {
  const kept = fieldChanges(
    items,
    (r) => secondsToHours(r.fromValue ?? r.fromString),
    (r) => secondsToHours(r.toValue ?? r.toString),
  );
  const initial = kept.length ? kept[0].from : secondsToHours(current);
  return [{ at: createdAt, points: initial }, ...kept.map((c) => ({ at: c.at, points: c.to }))];
}

export interface FlowTime {
  hours: number;
  days: number;
  from: Date;
  to: Date;
}

const flowTime = (from: number, to: number): FlowTime => ({
  hours: round2((to - from) / HOUR_MS),
  days: round2((to - from) / HOUR_MS / 24),
  from: new Date(from),
  to: new Date(to),
});

/**
 * An issue's cycle and lead time by status category, from the status at creation on (as in the
 * facts): an issue created in progress started at creation.
 */
export function issueFlow(
  issue: Pick<IssueRow, 'createdAt' | 'statusCategory'>,
  changes: StatusChangeRow[],
): { cycleTime: FlowTime | null; leadTime: FlowTime | null } {
  const created = issue.createdAt.getTime();
  const initial = changes.length ? statusAtCreation(issue.createdAt, changes) : [{ at: issue.createdAt, category: issue.statusCategory }];
  const statuses: FlowStatus[] = [...initial, ...changes.map((c) => ({ at: c.at, category: c.toCategory }))].map((s) => ({
    at: s.at.getTime(),
    category: s.category,
  }));
  const t = flowTimes(created, statuses);
  return {
    cycleTime: t.cycleMs !== null ? flowTime(t.startedAt!, t.doneAt!) : null,
    leadTime: t.leadMs !== null ? flowTime(created, t.doneAt!) : null,
  };
}
