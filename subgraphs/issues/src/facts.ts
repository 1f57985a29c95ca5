import type { EstimateChangeRow, IssueFact, StatusChangeRow } from './models.ts';
import type { membershipsInSprints } from './data.ts';

type MembershipWithIssue = Awaited<ReturnType<typeof membershipsInSprints>>[number];

/**
 * Builds the facts sprint analysis needs from stored history. The estimate at creation is the
 * first change's "from" value (or the current value when it never changed); likewise an issue
 * whose status never changed has had its current status category since creation.
 */
export function buildFact(
  m: MembershipWithIssue,
  estimates: EstimateChangeRow[],
  statuses: StatusChangeRow[],
  resolutions: { at: Date; from: string | null; to: string | null }[],
): IssueFact {
  const initial = estimates.length ? estimates[0].fromPoints : m.storyPoints;
  return {
    issueId: m.membership.issueId,
    key: m.key,
    parentKey: m.isSubtask ? m.parentKey : null,
    subtask: m.isSubtask,
    discipline: m.discipline,
    addedAt: m.membership.addedAt,
    removedAt: m.membership.removedAt,
    estimates: [{ at: m.createdAt, points: initial }, ...estimates.map((e) => ({ at: e.at, points: e.toPoints }))],
    statusCategories: statuses.length
      ? statuses.map((s) => ({ at: s.at, statusId: s.toStatusId, category: s.toCategory }))
      : [{ at: m.createdAt, statusId: m.statusId, category: m.statusCategory }],
    // Unresolved at creation unless the first change says otherwise; the current value when it never changed.
    resolutions: [{ at: m.createdAt, resolution: resolutions.length ? resolutions[0].from : m.resolution }, ...resolutions.map((r) => ({ at: r.at, resolution: r.to }))],
  };
}
