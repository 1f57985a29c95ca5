import type { SubgraphClient } from './subgraph-client.ts';
import { afterCommit } from './tenancy.ts';

const TEAM_HOLIDAYS_CHANGED = /* GraphQL */ `
  mutation TeamHolidaysChanged($teamId: ID!, $sprintId: ID) { teamHolidaysChanged(teamId: $teamId, sprintId: $sprintId) }
`;

/**
 * Tells the sprints subgraph that a team's holidays changed (its defaults, or with `sprintId` that
 * sprint's own): the analyses whose burndown guideline is flat on them are recomputed. Sent once
 * the caller's transaction commits, so the recomputation reads the change. A process that runs
 * without the sprints subgraph (a subgraph alone, in tests) skips it.
 */
export function teamHolidaysChanged(client: SubgraphClient, tenantId: string, teamId: string, sprintId: string | null): Promise<void> {
  if (!client.reaches('sprints')) return Promise.resolve();
  return afterCommit(() => client.execute('sprints', tenantId, TEAM_HOLIDAYS_CHANGED, { teamId, sprintId }));
}
