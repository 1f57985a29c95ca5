import { randomUUID } from 'node:crypto';
import { type Database, type EventBus, type SubgraphClient } from '@sprint-reports/core';
import { lockQueueOfSprint, pinsBySprintIds, saveQueue } from './data.ts';
import { planningInputs, type WireSprint } from './remote/planning-inputs.ts';
import { queuesUpdated } from './events.ts';
import type { QueueCauseRow, QueueRow, QueueTrigger } from './models.ts';
import { PLANNER_VERSION, planQueue } from './plan/plan.ts';
import { capacityQueuesChanged } from './remote/capacity.ts';

export interface GenerateRequest {
  trigger: QueueTrigger;
  /** Who asked; null when the queue regenerates by itself. */
  userId: string | null;
  /** Why it regenerates by itself, as the change's subgraph told (kept with the queue); null when someone asked. */
  cause?: QueueCauseRow | null;
  /** Null: the options the sprint's queue was last generated with. */
  options?: { includeCarryOver?: boolean | null } | null;
  /** The sprint, when the caller has already read it. */
  sprint?: WireSprint;
  /**
   * Background regeneration for a change at this time (ms): only a draft queue generated before
   * it is regenerated; otherwise nothing is written and the answer is null.
   */
  changedAt?: number;
  /** Re-plan only a draft planned by an older planner (PLANNER_VERSION); otherwise nothing is written and the answer is null. */
  replan?: boolean;
}

/**
 * Plans a future sprint's queue from its inputs and the planners' pins, and stores it as the
 * sprint's draft queue, replacing the one before (an accepted one too: asking again re-plans).
 * Runs in `db`'s transaction, holding the queue's row. `generatedAt` is when the inputs were read:
 * a change after it regenerates again (see jobs.ts). With `events`, the stored queue is announced
 * once the transaction commits.
 */
export async function generateQueue(
  deps: { db: Database; client: SubgraphClient; events?: EventBus },
  tenantId: string,
  sprintId: string,
  req: GenerateRequest,
): Promise<QueueRow | null> {
  const { db, client } = deps;
  const existing = await lockQueueOfSprint(db, tenantId, sprintId);
  // Accepted since the change, or already regenerated after it (a burst of changes): nothing to do.
  if (req.changedAt !== undefined && (!existing || existing.status !== 'DRAFT' || existing.generatedAt.getTime() > req.changedAt)) return null;
  if (req.replan && (!existing || existing.status !== 'DRAFT' || existing.plannerVersion >= PLANNER_VERSION)) return null;
  const generatedAt = new Date();
  const options = { includeCarryOver: req.options?.includeCarryOver ?? existing?.options.includeCarryOver ?? true };
  const [inputs, pins] = await Promise.all([planningInputs(client, tenantId, sprintId, options, req.sprint), pinsBySprintIds(db, tenantId, [sprintId])]);
  const plan = planQueue({ ...inputs.input, pins: pins.map((p) => ({ issueId: p.issueId, position: p.position })) });
  const stored = await saveQueue(
    db,
    {
      id: existing?.id ?? randomUUID(),
      tenantId,
      sprintId,
      teamId: inputs.teamId,
      status: 'DRAFT',
      generatedAt,
      trigger: req.trigger,
      generatedBy: req.userId,
      options,
      utilisation: plan.utilisation,
      leftOut: plan.leftOut.map((l) => ({ issueId: l.issueId, reason: l.reason })),
      plannerVersion: PLANNER_VERSION,
      cause: req.cause ?? null,
    },
    plan.items.map((i) => ({ tenantId, position: i.position, issueId: i.issueId, discipline: i.discipline, points: i.points, reason: i.reason })),
    plan.conflicts.map((c) => ({ id: randomUUID(), tenantId, kind: c.kind, message: c.message, issueIds: c.issueIds })),
  );
  // Capacity holds a future sprint's planned points against its capacity, from its own copy.
  await capacityQueuesChanged(client, tenantId, [sprintId]);
  await queuesUpdated(deps.events, [stored]);
  return stored;
}
