import { sendNotice, type SubgraphClient } from '@sprint-reports/core';
import { CapacityChangedDocument, type QueueCauseInput } from './__generated__/queues.ts';

/**
 * Tells the queues subgraph that team `teamId`'s capacity changed and which part of it (`cause`,
 * kept with the regenerated queue): its draft queues re-plan. A notice (core's sendNotice): sent
 * once the caller's transaction commits, so the regeneration reads the change; sent again by a job
 * if queues fails it. A process that runs without the queues subgraph (a subgraph alone, in tests)
 * skips it.
 */
export function capacityChanged(client: SubgraphClient, tenantId: string, teamId: string, cause: QueueCauseInput): Promise<void> {
  return sendNotice(client, { subgraph: 'queues', tenantId, document: CapacityChangedDocument, variables: { teamId, cause } });
}
