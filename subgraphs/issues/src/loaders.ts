import { type Database, groupByKeys, loader, orderByKeys } from '@sprint-reports/core';
import * as data from './data.ts';
import { buildFact } from './facts.ts';

/** Per-request loaders: each turns a request's worth of lookups into one SQL statement (facts: three). */
export function createLoaders(db: Database, tenantId: string) {
  return {
    issue: loader((ids: readonly string[]) => data.issuesByIds(db, tenantId, ids).then((rows) => orderByKeys(ids, rows, (r) => r.id))),
    issueByKey: loader((keys: readonly string[]) => data.issuesByKeys(db, tenantId, keys).then((rows) => orderByKeys(keys, rows, (r) => r.key))),
    issuesBySprint: loader((sprintIds: readonly string[]) =>
      data.issuesInSprints(db, tenantId, sprintIds).then((rows) => groupByKeys(sprintIds, rows, (r) => r.sprintId).map((g) => g.map((r) => r.issue))),
    ),
    membershipsByIssue: loader((issueIds: readonly string[]) =>
      data.membershipsByIssueIds(db, tenantId, issueIds).then((rows) => groupByKeys(issueIds, rows, (r) => r.issueId)),
    ),
    factsBySprint: loader(async (sprintIds: readonly string[]) => {
      const memberships = await data.membershipsInSprints(db, tenantId, sprintIds);
      const issueIds = [...new Set(memberships.map((m) => m.membership.issueId))];
      const [estimates, statuses] = issueIds.length
        ? await Promise.all([data.estimateChanges(db, tenantId, issueIds), data.statusChanges(db, tenantId, issueIds)])
        : [[], []];
      const estimatesOf = new Map(groupByKeys(issueIds, estimates, (e) => e.issueId).map((g, i) => [issueIds[i], g]));
      const statusesOf = new Map(groupByKeys(issueIds, statuses, (s) => s.issueId).map((g, i) => [issueIds[i], g]));
      const facts = memberships.map((m) => ({
        sprintId: m.membership.sprintId,
        fact: buildFact(m, estimatesOf.get(m.membership.issueId)!, statusesOf.get(m.membership.issueId)!),
      }));
      return groupByKeys(sprintIds, facts, (f) => f.sprintId).map((g) => g.map((f) => f.fact));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
