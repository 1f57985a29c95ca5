import { asSystem, withTenant, type Database, type SubgraphClient } from '@sprint-reports/core';
import { boardsByIds, sprintsDueForAnalysis, startedSprints, upsertAnalyses } from '../data.ts';
import type { AnalysisRow } from '../models.ts';
import { computeAnalysis, type IssueFact } from './compute.ts';

/** Issue history comes from the issues subgraph through federation, never by SQL across schemas. */
const FACTS_QUERY = /* GraphQL */ `
  query SprintIssueFacts($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Sprint {
        id
        issueFacts {
          issueId key parentKey subtask discipline addedAt removedAt
          estimates { at points } statusCategories { at statusId category } resolutions { at resolution }
        }
      }
    }
  }
`;

type WireFact = Omit<IssueFact, 'addedAt' | 'removedAt' | 'estimates' | 'statusCategories' | 'resolutions'> & {
  addedAt: string;
  removedAt: string | null;
  estimates: { at: string; points: number | null }[];
  statusCategories: { at: string; statusId: string | null; category: IssueFact['statusCategories'][number]['category'] }[];
  resolutions: { at: string; resolution: string | null }[];
};

const toFact = (w: WireFact): IssueFact => ({
  ...w,
  addedAt: new Date(w.addedAt),
  removedAt: w.removedAt ? new Date(w.removedAt) : null,
  estimates: w.estimates.map((e) => ({ at: new Date(e.at), points: e.points })),
  statusCategories: w.statusCategories.map((s) => ({ at: new Date(s.at), statusId: s.statusId, category: s.category })),
  resolutions: w.resolutions.map((r) => ({ at: new Date(r.at), resolution: r.resolution })),
});

/**
 * Recomputes and stores the analysis of the tenant's started sprints (all, or the given ones),
 * in batches, each batch read and written in one transaction scoped to the tenant. Called in a
 * request of that tenant (`deps.db` its transaction), it all joins the request's transaction;
 * from a job (`deps.db` the base database), each batch is a transaction of its own. The issues
 * subgraph, in this process, answers inside the same transaction. Returns how many analyses were
 * written.
 */
export async function refreshSprintAnalyses(
  deps: { db: Database; client: SubgraphClient; now?: () => Date },
  tenantId: string,
  sprintIds?: readonly string[],
  batchSize = 50,
): Promise<number> {
  const inTenant = <T>(fn: (tx: Database) => Promise<T>) => withTenant(deps.db, tenantId, fn);
  const sprints = await inTenant((tx) => startedSprints(tx, tenantId, sprintIds));
  let written = 0;
  for (let i = 0; i < sprints.length; i += batchSize) {
    const batch = sprints.slice(i, i + batchSize);
    written += await inTenant(async (tx) => {
      const data = await deps.client.execute<{ _entities: ({ id: string; issueFacts: WireFact[] } | null)[] }>('issues', tenantId, FACTS_QUERY, {
        representations: batch.map((s) => ({ __typename: 'Sprint', id: s.id })),
      });
      // The boards' columns say which statuses are done (JIRA's right-most column).
      const boards = new Map((await boardsByIds(tx, tenantId, [...new Set(batch.map((s) => s.boardId))])).map((b) => [b.id, b]));
      const now = deps.now?.() ?? new Date();
      const rows: AnalysisRow[] = [];
      batch.forEach((sprint, j) => {
        const row = computeAnalysis(sprint, (data._entities[j]?.issueFacts ?? []).map(toFact), now, boards.get(sprint.boardId));
        if (row) rows.push(row);
      });
      await upsertAnalyses(tx, rows);
      return rows.length;
    });
  }
  return written;
}

/**
 * Computes every tenant's due analyses: active sprints, whose numbers change with time alone (their
 * end is "now"), and started sprints left without one (a refresh that did not finish). Run at
 * start-up, outside any scope: the search spans tenants (system scope), then each tenant's
 * analyses are computed in its own scope, one tenant after the other. Returns how many analyses
 * were written.
 */
export async function refreshDueAnalyses(deps: { db: Database; client: SubgraphClient; now?: () => Date }): Promise<number> {
  let written = 0;
  for (const [tenantId, ids] of await asSystem(deps.db, sprintsDueForAnalysis)) written += await refreshSprintAnalyses(deps, tenantId, ids);
  return written;
}
