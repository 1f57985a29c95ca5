import { sendNotice, type SubgraphClient } from '@sprint-reports/core';
import { QueueInputsChangedDocument, type QueueCauseInput, type QueueTrigger } from './__generated__/queues.ts';

/**
 * Tells the queues subgraph that what its draft queues are planned from changed: a team's capacity
 * (its settings or members; `teamIds`) or the backlog (null: every queue of the tenant), and why
 * (`cause`, kept with the regenerated queue). A notice (core's sendNotice): sent once the caller's
 * transaction commits, so the regeneration reads the change; sent again by a job if queues fails
 * it. A process that runs without the queues subgraph (a subgraph alone, in tests) skips it.
 */
export function queueInputsChanged(
  client: SubgraphClient,
  tenantId: string,
  teamIds: string[] | null,
  trigger: QueueTrigger,
  cause?: QueueCauseInput,
): Promise<void> {
  return sendNotice(client, { subgraph: 'queues', tenantId, document: QueueInputsChangedDocument, variables: { teamIds, trigger, cause: cause ?? null } });
}
