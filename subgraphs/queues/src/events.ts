import type { EventBus } from '@sprint-reports/core';
import type { QueueRow } from './models.ts';

/*
 * What the queues subgraph announces on the event bus. It consumes no events: other subgraphs tell
 * it of changes to its inputs with internal notices named for their facts (teamMembershipChanged,
 * capacityChanged, backlogChanged; all re-plan through jobs.ts inputsChanged).
 */

/**
 * QUEUE_UPDATED (docs/live.md): a sprint's queue was stored or changed (generated, re-planned after
 * a pin or move, accepted, marked outdated). Published once the caller's transaction commits;
 * callers without a bus (seeding, benchmarks) announce nothing.
 */
export async function queuesUpdated(events: EventBus | undefined, queues: readonly Pick<QueueRow, 'id' | 'tenantId' | 'sprintId'>[]) {
  if (!events) return;
  for (const q of queues) await events.publish({ type: 'QUEUE_UPDATED', tenantId: q.tenantId, sprintId: q.sprintId, queueId: q.id });
}
