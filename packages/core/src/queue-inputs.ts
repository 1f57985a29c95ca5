import type { SubgraphClient } from './subgraph-client.ts';
import { afterCommit } from './tenancy.ts';

export type QueueInputChange = 'CAPACITY_CHANGED' | 'BACKLOG_CHANGED';

const QUEUE_INPUTS_CHANGED = /* GraphQL */ `
  mutation QueueInputsChanged($teamIds: [ID!], $trigger: QueueTrigger!) { queueInputsChanged(teamIds: $teamIds, trigger: $trigger) }
`;

/**
 * Tells the queues subgraph that what its draft queues are planned from changed: a team's capacity
 * (its settings or members; `teamIds`) or the backlog (null: every queue of the tenant). Sent once
 * the caller's transaction commits, so the regeneration it starts reads the change, in this process
 * or another. A process that runs without the queues subgraph (a subgraph alone, in tests) skips it.
 */
export function queueInputsChanged(client: SubgraphClient, tenantId: string, teamIds: string[] | null, trigger: QueueInputChange): Promise<void> {
  if (!client.reaches('queues')) return Promise.resolve();
  return afterCommit(() => client.execute('queues', tenantId, QUEUE_INPUTS_CHANGED, { teamIds, trigger }));
}
