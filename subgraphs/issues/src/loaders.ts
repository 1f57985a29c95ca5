import { type Database, groupByKeys, isUuid, loader, orderByKeys, rowById, rowsById } from '@sprint-reports/core';
import * as data from './data/index.ts';
import { buildFact } from './facts.ts';
import { runsByIds } from './data/sync-runs.ts';

/** Per-request loaders: each turns a request's worth of lookups into one SQL statement (facts: four). */
export function createLoaders(db: Database, tenantId: string) {
  return {
    issue: rowById(
      (ids) => data.issuesByIds(db, tenantId, ids),
      (r) => r.id,
    ),
    issueByKey: loader((keys: readonly string[]) => data.issuesByKeys(db, tenantId, keys).then((rows) => orderByKeys(keys, rows, (r) => r.key))),
    issuesBySprint: rowsById(
      (sprintIds) => data.issuesInSprints(db, tenantId, sprintIds),
      (r) => r.sprintId,
    ),
    membershipsByIssue: rowsById(
      (issueIds) => data.membershipsByIssueIds(db, tenantId, issueIds),
      (r) => r.issueId,
    ),
    statusChangesByIssue: rowsById(
      (issueIds) => data.statusChanges(db, tenantId, issueIds),
      (r) => r.issueId,
    ),
    estimateChangesByIssue: rowsById(
      (issueIds) => data.estimateChanges(db, tenantId, issueIds),
      (r) => r.issueId,
    ),
    connection: rowById(
      (ids) => data.connectionsByIds(db, tenantId, ids),
      (r) => r.id,
    ),
    syncRun: rowById(
      (ids) => runsByIds(db, tenantId, ids),
      (r) => r.id,
    ),
    factsBySprint: loader(async (keys: readonly string[]) => {
      const sprintIds = keys.filter(isUuid);
      // Every membership of the issues ever in these sprints: the sprints' own, and each issue's history.
      const memberships = sprintIds.length ? await data.membershipsOfSprintIssues(db, tenantId, sprintIds) : [];
      const issueIds = [...new Set(memberships.map((m) => m.membership.issueId))];
      const [estimates, statuses, changelog] = issueIds.length
        ? await Promise.all([
            data.estimateChanges(db, tenantId, issueIds),
            data.statusChanges(db, tenantId, issueIds),
            data.factChangelog(db, tenantId, issueIds),
          ])
        : [[], [], []];
      const byIssue = <T>(rows: T[], issueId: (r: T) => string) => new Map(groupByKeys(issueIds, rows, issueId).map((g, i) => [issueIds[i], g]));
      const changelogOf = byIssue(changelog, (r) => r.issueId);
      const estimatesOf = byIssue(estimates, (e) => e.issueId);
      const statusesOf = byIssue(statuses, (s) => s.issueId);
      const membershipsOf = byIssue(
        memberships.map((m) => m.membership),
        (m) => m.issueId,
      );
      const asked = new Set(sprintIds);
      const facts = memberships
        .filter((m) => asked.has(m.membership.sprintId))
        .map((m) => {
          const id = m.membership.issueId;
          return {
            sprintId: m.membership.sprintId,
            fact: buildFact(m, estimatesOf.get(id)!, statusesOf.get(id)!, changelogOf.get(id)!, membershipsOf.get(id)!),
          };
        });
      return groupByKeys(keys, facts, (f) => f.sprintId).map((g) => g.map((f) => f.fact));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
