import { sendNotice } from './notices.ts';
import type { SubgraphClient } from './subgraph-client.ts';

export type QueueInputChange = 'CAPACITY_CHANGED' | 'BACKLOG_CHANGED';

/**
 * What changed, in enough detail for a planner to read why their queue regenerated ("Ben's days
 * off changed"): QueueCauseKind in schema/queues.graphql, with the member and the sprint it names.
 */
export interface QueueInputCause {
  kind: 'DAYS_OFF' | 'SPRINT_CAPACITY' | 'TEAM_CAPACITY' | 'TEAM_MEMBERS' | 'BACKLOG';
  userId?: string | null;
  sprintId?: string | null;
}

const QUEUE_INPUTS_CHANGED = /* GraphQL */ `
  mutation QueueInputsChanged($teamIds: [ID!], $trigger: QueueTrigger!, $cause: QueueCauseInput) {
    queueInputsChanged(teamIds: $teamIds, trigger: $trigger, cause: $cause)
  }
`;

/**
 * Tells the queues subgraph that what its draft queues are planned from changed: a team's capacity
 * (its settings or members; `teamIds`) or the backlog (null: every queue of the tenant), and why
 * (`cause`, kept with the regenerated queue). Sent once the caller's transaction commits, so the
 * regeneration it starts reads the change, in this process or another; sent again by a job if
 * queues fails it (notices.ts). A process that runs without
 * the queues subgraph (a subgraph alone, in tests) skips it.
 */
export function queueInputsChanged(client: SubgraphClient, tenantId: string, teamIds: string[] | null, trigger: QueueInputChange, cause?: QueueInputCause): Promise<void> {
  return sendNotice(client, { subgraph: 'queues', tenantId, mutation: QUEUE_INPUTS_CHANGED, variables: { teamIds, trigger, cause: cause ?? null } });
}
