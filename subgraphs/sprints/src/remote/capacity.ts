import { sendNotice, type SubgraphClient } from '@sprint-reports/core';
import { CapacitySprintInputsChangedDocument } from './__generated__/capacity.ts';

/**
 * Tells the capacity subgraph that sprints it copies into its read model were synced, deleted or
 * re-analysed, or their board's team changed: a notice (core's sendNotice), sent once the caller's
 * transaction commits, awaited before it answers, sent again by a job if capacity fails it. A
 * process without the capacity subgraph (a subgraph alone, in tests) skips it; so does an empty list.
 */
export function capacitySprintsChanged(client: SubgraphClient, tenantId: string, sprintIds: readonly string[]): Promise<void> {
  if (!sprintIds.length) return Promise.resolve();
  return sendNotice(client, { subgraph: 'capacity', tenantId, document: CapacitySprintInputsChangedDocument, variables: { ids: [...new Set(sprintIds)] } });
}
