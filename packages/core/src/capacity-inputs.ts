import { sendNotice } from './notices.ts';
import type { SubgraphClient } from './subgraph-client.ts';

const SPRINTS = /* GraphQL */ `mutation CapacitySprintInputsChanged($ids: [ID!]!) { sprintInputsChanged(sprintIds: $ids) }`;
const TEAMS = /* GraphQL */ `mutation CapacityTeamMembersChanged($ids: [ID!]!) { teamMembersChanged(teamIds: $ids) }`;
const QUEUES = /* GraphQL */ `mutation CapacitySprintQueuesChanged($ids: [ID!]!) { sprintQueuesChanged(sprintIds: $ids) }`;

/**
 * Tells the capacity subgraph that facts it copies into its read model changed, so its queries
 * never call the owner (subgraphs/capacity/src/read-model.ts). Sent once the caller's transaction
 * commits, so capacity reads the change; awaited before the caller answers (read-your-writes: the
 * next query sees it), and sent again by a job if capacity fails it (notices.ts). A process that
 * runs without the capacity subgraph (a subgraph alone, in tests) skips it; so does an empty list.
 */
function tell(client: SubgraphClient, tenantId: string, mutation: string, ids: readonly string[]): Promise<void> {
  if (!ids.length) return Promise.resolve();
  return sendNotice(client, { subgraph: 'capacity', tenantId, mutation, variables: { ids: [...new Set(ids)] } });
}

/** Sprints synced, deleted or re-analysed, or whose board's team changed (sprints subgraph). */
export const capacitySprintsChanged = (client: SubgraphClient, tenantId: string, sprintIds: readonly string[]) => tell(client, tenantId, SPRINTS, sprintIds);

/** Teams whose members changed: added, removed, discipline, allocation, a member's name (users subgraph). */
export const capacityTeamsChanged = (client: SubgraphClient, tenantId: string, teamIds: readonly string[]) => tell(client, tenantId, TEAMS, teamIds);

/** Sprints whose queue was generated or changed (queues subgraph). */
export const capacityQueuesChanged = (client: SubgraphClient, tenantId: string, sprintIds: readonly string[]) => tell(client, tenantId, QUEUES, sprintIds);
