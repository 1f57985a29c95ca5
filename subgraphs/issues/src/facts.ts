import type { EstimateChangeRow, IssueFact, StatusChangeRow } from './models.ts';
import type { membershipsInSprints } from './data.ts';

type MembershipWithIssue = Awaited<ReturnType<typeof membershipsInSprints>>[number];

/**
 * Builds the facts sprint analysis needs from stored history. The estimate at creation is the
 * first change's "from" value (or the current value when it never changed); likewise an issue
 * whose status never changed has had its current status category since creation.
 */
export function buildFact(m: MembershipWithIssue, estimates: EstimateChangeRow[], statuses: StatusChangeRow[]): IssueFact {
  const initial = estimates.length ? estimates[0].fromPoints : m.storyPoints;
  return {
    issueId: m.membership.issueId,
    discipline: m.discipline,
    addedAt: m.membership.addedAt,
    removedAt: m.membership.removedAt,
    estimates: [{ at: m.createdAt, points: initial }, ...estimates.map((e) => ({ at: e.at, points: e.toPoints }))],
    statusCategories: statuses.length
      ? statuses.map((s) => ({ at: s.at, category: s.toCategory }))
      : [{ at: m.createdAt, category: m.statusCategory }],
  };
}
