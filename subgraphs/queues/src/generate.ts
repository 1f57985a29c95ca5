import { randomUUID } from 'node:crypto';
import type { Database, SubgraphClient } from '@sprint-reports/core';
import { pinsBySprintIds, queuesBySprintIds, saveQueue } from './data.ts';
import { planningInputs, type WireSprint } from './inputs.ts';
import type { QueueRow, QueueTrigger } from './models.ts';
import { planQueue } from './plan/plan.ts';

export interface GenerateRequest {
  trigger: QueueTrigger;
  /** Who asked; null when the queue regenerates by itself. */
  userId: string | null;
  /** Null: the options the sprint's queue was last generated with. */
  options?: { includeCarryOver?: boolean | null } | null;
  /** The sprint, when the caller has already read it. */
  sprint?: WireSprint;
}

/**
 * Plans a future sprint's queue from its inputs and the planners' pins, and stores it as the
 * sprint's draft queue, replacing the one before (an accepted one too: asking again re-plans).
 * Runs in `db`'s transaction. `generatedAt` is when the inputs were read: a change after it
 * regenerates again (see jobs.ts).
 */
export async function generateQueue(deps: { db: Database; client: SubgraphClient }, tenantId: string, sprintId: string, req: GenerateRequest): Promise<QueueRow> {
  const { db, client } = deps;
  const generatedAt = new Date();
  const [existing] = await queuesBySprintIds(db, tenantId, [sprintId]);
  const options = { includeCarryOver: req.options?.includeCarryOver ?? existing?.options.includeCarryOver ?? true };
  const [inputs, pins] = await Promise.all([planningInputs(client, tenantId, sprintId, options, req.sprint), pinsBySprintIds(db, tenantId, [sprintId])]);
  const plan = planQueue({ ...inputs.input, pins: pins.map((p) => ({ issueId: p.issueId, position: p.position })) });
  return saveQueue(
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
    },
    plan.items.map((i) => ({ tenantId, position: i.position, issueId: i.issueId, discipline: i.discipline, points: i.points, reason: i.reason })),
    plan.conflicts.map((c) => ({ id: randomUUID(), tenantId, kind: c.kind, message: c.message, issueIds: c.issueIds })),
  );
}
