import { sendNotice, type SubgraphClient } from '@sprint-reports/core';
import { BacklogChangedDocument } from './__generated__/queues.ts';

/**
 * Tells the queues subgraph that the tenant's backlog changed (issues synced or deleted): every
 * draft queue of the tenant re-plans. A notice (core's sendNotice): sent once the caller's transaction commits, so the
 * regeneration reads the change; sent again by a job if queues fails it. A process that runs
 * without the queues subgraph (a subgraph alone, in tests) skips it.
 */
export function backlogChanged(client: SubgraphClient, tenantId: string): Promise<void> {
  return sendNotice(client, { subgraph: 'queues', tenantId, document: BacklogChangedDocument, variables: {} });
}
