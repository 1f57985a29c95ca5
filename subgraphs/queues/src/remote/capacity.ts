import { sendNotice, type SubgraphClient } from '@sprint-reports/core';
import { CapacitySprintQueuesChangedDocument } from './__generated__/capacity.ts';

/**
 * Tells the capacity subgraph that these sprints' queues were generated or changed, so its copy of
 * their planned points follows: a notice (core's sendNotice), sent once the caller's transaction
 * commits, sent again by a job if capacity fails it; skipped by a process without capacity.
 */
export function capacityQueuesChanged(client: SubgraphClient, tenantId: string, sprintIds: readonly string[]): Promise<void> {
  if (!sprintIds.length) return Promise.resolve();
  return sendNotice(client, { subgraph: 'capacity', tenantId, document: CapacitySprintQueuesChangedDocument, variables: { ids: [...new Set(sprintIds)] } });
}
