import { sendNotice } from './notices.ts';
import type { SubgraphClient } from './subgraph-client.ts';

const TEAM_HOLIDAYS_CHANGED = /* GraphQL */ `
  mutation TeamHolidaysChanged($teamId: ID!, $sprintId: ID) { teamHolidaysChanged(teamId: $teamId, sprintId: $sprintId) }
`;

/**
 * Tells the sprints subgraph that a team's holidays changed (its defaults, or with `sprintId` that
 * sprint's own): the analyses whose burndown guideline is flat on them are recomputed. Sent once
 * the caller's transaction commits, so the recomputation reads the change; sent again by a job if
 * sprints fails it (notices.ts). A process that runs
 * without the sprints subgraph (a subgraph alone, in tests) skips it.
 */
export function teamHolidaysChanged(client: SubgraphClient, tenantId: string, teamId: string, sprintId: string | null): Promise<void> {
  return sendNotice(client, { subgraph: 'sprints', tenantId, mutation: TEAM_HOLIDAYS_CHANGED, variables: { teamId, sprintId } });
}
