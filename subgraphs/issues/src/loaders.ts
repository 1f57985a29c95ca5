import { type Database, groupByKeys, isUuid, loader, orderByKeys, rowById, rowsById } from '@sprint-reports/core';
import * as data from './data.ts';
import { buildFact } from './facts.ts';
import { runsByIds } from './sync/runs.ts';

/** Per-request loaders: each turns a request's worth of lookups into one SQL statement (facts: three). */
export function createLoaders(db: Database, tenantId: string) {
  return {
    issue: rowById((ids) => data.issuesByIds(db, tenantId, ids), (r) => r.id),
    issueByKey: loader((keys: readonly string[]) => data.issuesByKeys(db, tenantId, keys).then((rows) => orderByKeys(keys, rows, (r) => r.key))),
    issuesBySprint: rowsById((sprintIds) => data.issuesInSprints(db, tenantId, sprintIds), (r) => r.sprintId),
    membershipsByIssue: rowsById((issueIds) => data.membershipsByIssueIds(db, tenantId, issueIds), (r) => r.issueId),
    statusChangesByIssue: rowsById((issueIds) => data.statusChanges(db, tenantId, issueIds), (r) => r.issueId),
    estimateChangesByIssue: rowsById((issueIds) => data.estimateChanges(db, tenantId, issueIds), (r) => r.issueId),
    connection: rowById((ids) => data.connectionsByIds(db, tenantId, ids), (r) => r.id),
    syncRun: rowById((ids) => runsByIds(db, tenantId, ids), (r) => r.id),
    factsBySprint: loader(async (keys: readonly string[]) => {
      const sprintIds = keys.filter(isUuid);
      const memberships = sprintIds.length ? await data.membershipsInSprints(db, tenantId, sprintIds) : [];
      const issueIds = [...new Set(memberships.map((m) => m.membership.issueId))];
      const [estimates, statuses, resolutions] = issueIds.length
        ? await Promise.all([data.estimateChanges(db, tenantId, issueIds), data.statusChanges(db, tenantId, issueIds), data.resolutionChanges(db, tenantId, issueIds)])
        : [[], [], []];
      const resolutionsOf = new Map(groupByKeys(issueIds, resolutions, (r) => r.issueId).map((g, i) => [issueIds[i], g]));
      const estimatesOf = new Map(groupByKeys(issueIds, estimates, (e) => e.issueId).map((g, i) => [issueIds[i], g]));
      const statusesOf = new Map(groupByKeys(issueIds, statuses, (s) => s.issueId).map((g, i) => [issueIds[i], g]));
      const facts = memberships.map((m) => ({
        sprintId: m.membership.sprintId,
        fact: buildFact(m, estimatesOf.get(m.membership.issueId)!, statusesOf.get(m.membership.issueId)!, resolutionsOf.get(m.membership.issueId)!),
      }));
      return groupByKeys(keys, facts, (f) => f.sprintId).map((g) => g.map((f) => f.fact));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
