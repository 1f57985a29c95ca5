import { asSystem, withTenant, type Database, type Runtime } from '@sprint-reports/core';
import { markOutdated, queuesOfTeams, staleDraftQueues } from './data.ts';
import { generateQueue, type GenerateRequest } from './build-queue.ts';
import { PLANNER_VERSION } from './plan/plan.ts';
import { queuesUpdated } from './events.ts';
import type { QueueCauseRow, QueueTrigger } from './models.ts';

/** Regenerates draft queues whose inputs (a team's capacity, the backlog) changed. */
export const REGENERATE_JOB = 'queues.regenerate';

export interface RegenerateJob {
  tenantId: string;
  /** Null: every queue of the tenant (the backlog changed). */
  teamIds: string[] | null;
  trigger: QueueTrigger;
  /** When the change happened (ms): a queue generated after it already reflects it. */
  changedAt: number;
  /** What changed, kept with the regenerated queue (Queue.cause); absent from jobs queued before causes were told. */
  cause?: QueueCauseRow | null;
}

/**
 * A change to a queue's inputs: accepted queues are marked outdated now, in the caller's
 * transaction; draft queues regenerate in the background once it commits. Answers how many
 * queues the change touches.
 */
export async function inputsChanged(
  deps: { db: Database; runtime: Runtime },
  tenantId: string,
  teamIds: string[] | null,
  trigger: QueueTrigger,
  cause: QueueCauseRow | null = null,
): Promise<number> {
  const affected = await queuesOfTeams(deps.db, tenantId, teamIds);
  if (!affected.length) return 0;
  const now = new Date();
  const accepted = affected.filter((q) => q.status === 'ACCEPTED').map((q) => q.id);
  if (accepted.length) await queuesUpdated(deps.runtime.events, await markOutdated(deps.db, tenantId, accepted, now));
  if (accepted.length < affected.length)
    await deps.runtime.jobs.enqueue<RegenerateJob>(REGENERATE_JOB, { tenantId, teamIds, trigger, changedAt: now.getTime(), cause });
  return affected.length;
}

/** The queues subgraph's background work, in the process that runs it: regenerating draft queues whose inputs changed. */
export function start(runtime: Runtime) {
  runtime.jobs.handle<RegenerateJob>(REGENERATE_JOB, async ({ tenantId, teamIds, trigger, changedAt, cause }) => {
    // A burst of changes queues a job each; the first regenerates, the rest find the queues newer
    // than their change and skip (generateQueue decides, holding the queue's row). Each queue is its
    // own transaction: one that can no longer be planned (its sprint started, its board lost its
    // team) or fails does not hold back the others; a failure fails the job after the rest are done.
    const drafts = (await withTenant(runtime.db, tenantId, (tx) => queuesOfTeams(tx, tenantId, teamIds))).filter(
      (q) => q.status === 'DRAFT' && q.generatedAt.getTime() <= changedAt,
    );
    const { regenerated, failure } = await regenerateEach(
      runtime,
      tenantId,
      drafts.map((q) => ({ sprintId: q.sprintId, req: { trigger, userId: null, changedAt, cause: cause ?? null } })),
    );
    runtime.log.debug({ tenantId, trigger, regenerated }, 'Regenerated queues');
    if (failure) throw failure;
  });
}

/**
 * Regenerates these queues of a tenant, each in its own transaction: one that can no longer be
 * planned (its sprint started, its board lost its team) or fails does not hold back the others.
 */
async function regenerateEach(runtime: Runtime, tenantId: string, queues: { sprintId: string; req: GenerateRequest }[]) {
  let regenerated = 0;
  let failure: Error | null = null;
  for (const { sprintId, req } of queues) {
    try {
      const done = await withTenant(runtime.db, tenantId, (tx) =>
        generateQueue({ db: tx, client: runtime.client, events: runtime.events }, tenantId, sprintId, req),
      );
      if (done) regenerated++;
    } catch (err) {
      const code = (err as { extensions?: { code?: string } }).extensions?.code;
      if (code === 'BAD_USER_INPUT' || code === 'NOT_FOUND') runtime.log.debug({ tenantId, sprintId, reason: (err as Error).message }, 'Queue not regenerated');
      else {
        runtime.log.warn({ tenantId, sprintId, err: (err as Error).message }, 'Queue regeneration failed');
        failure ??= err as Error;
      }
    }
  }
  return { regenerated, failure };
}

/**
 * Re-plans every tenant's draft queues planned by an older planner (PLANNER_VERSION), so their
 * items and conflict messages follow today's rules; each keeps its trigger and requester. Accepted
 * queues are left as accepted. Run at start-up, outside any scope (the search spans tenants).
 * Answers how many were re-planned; a draft that can no longer be planned (its sprint started) is
 * left as it is.
 */
export async function replanStaleQueues(runtime: Runtime): Promise<number> {
  let replanned = 0;
  let failure: Error | null = null;
  for (const [tenantId, drafts] of await asSystem(runtime.db, (tx) => staleDraftQueues(tx, PLANNER_VERSION))) {
    const done = await regenerateEach(
      runtime,
      tenantId,
      drafts.map((q) => ({ sprintId: q.sprintId, req: { trigger: q.trigger, userId: q.generatedBy, cause: q.cause, replan: true } })),
    );
    replanned += done.regenerated;
    failure ??= done.failure;
  }
  if (failure) throw failure;
  return replanned;
}
