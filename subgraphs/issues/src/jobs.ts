import { asSystem, withTenant, type Runtime } from '@sprint-reports/core';
import { allConnections, connectionById } from './data/index.ts';
import { queueRun, staleRuns, unfinishedRuns } from './data/sync-runs.ts';
import { syncProgress } from './events.ts';
import type { ConnectionRow } from './models.ts';
import { tenantOfConnection } from './sync/connections.ts';
import { runSync } from './sync/engine.ts';
import { REDERIVE_JOB, rederiveEstimates, type RederiveJob } from './sync/rederive.ts';

export const SYNC_JOB = 'issues.sync';
export const SCHEDULED_SYNC_JOB = 'issues.scheduled-sync';
export const REAP_JOB = 'issues.reap-runs';

/**
 * Queues a run (or returns the active one) and hands it to the job runner; the run id is the job id.
 * In the tenant's scope: a request's own (the startSync mutation), else one of its own; the job is
 * queued once that commits.
 */
export async function startSync(runtime: Runtime, tenantId: string, connectionId: string, full: boolean, opts: { enqueue?: boolean } = {}) {
  return withTenant(runtime.db, tenantId, async (tx) => {
    const { run, created } = await queueRun(tx, tenantId, connectionId, full);
    if (!created) return run;
    await syncProgress(runtime, run);
    // The CLI runs the sync itself; everyone else hands it to the job runner.
    if (opts.enqueue !== false) await runtime.jobs.enqueue(SYNC_JOB, { runId: run.id }, { jobId: run.id });
    return run;
  });
}

/** Scheduled incremental syncs per connection; 0 minutes turns them off. */
export async function scheduleConnection(runtime: Runtime, connection: Pick<ConnectionRow, 'id' | 'tenantId' | 'syncIntervalMinutes'>) {
  if (connection.syncIntervalMinutes > 0) {
    await runtime.jobs.repeat(SCHEDULED_SYNC_JOB, connection.id, connection.syncIntervalMinutes * 60_000, {
      connectionId: connection.id,
      tenantId: connection.tenantId,
    });
  } else {
    await runtime.jobs.unrepeat(SCHEDULED_SYNC_JOB, connection.id);
  }
}

/**
 * The issues subgraph's background work, in whichever process runs it: re-deriving estimates when a
 * connection's story points field changes, sync runs (two connections at a time), schedules, and
 * the runs a stopped process left unfinished, which resume from their checkpoint. Finding work
 * across tenants is the system's; the work itself runs in each tenant's scope, one after the other.
 */
export async function start(runtime: Runtime) {
  runtime.jobs.handle<RederiveJob>(REDERIVE_JOB, async (job) => void (await rederiveEstimates(runtime, job)));
  runtime.jobs.handle<{ runId: string }>(SYNC_JOB, async ({ runId }, { signal }) => void (await runSync(runtime, runId, signal)), { concurrency: 2 });
  runtime.jobs.handle<{ connectionId: string; tenantId?: string }>(SCHEDULED_SYNC_JOB, async (job) => {
    const tenantId = await tenantOfConnection(runtime, job);
    if (!tenantId) return;
    await withTenant(runtime.db, tenantId, async (tx) => {
      const connection = await connectionById(tx, job.connectionId);
      if (connection) await startSync(runtime, tenantId, connection.id, false); // joins this scope
    });
  });
  if (!runtime.secrets) {
    runtime.log.warn('No encryption key (ENCRYPTION_KEY): JIRA connections cannot be used in this process');
    return;
  }
  // A run whose process died is picked up again, under a new job id: its old job may be gone, or
  // kept as failed (BullMQ gives up on a job that stalls twice), which would swallow the same id.
  runtime.jobs.handle(REAP_JOB, async () => {
    for (const run of await asSystem(runtime.db, staleRuns)) {
      runtime.log.warn({ run: run.id, owner: run.owner, heartbeatAt: run.heartbeatAt }, 'Resuming a sync run whose process stopped');
      await runtime.jobs.enqueue(SYNC_JOB, { runId: run.id }, { jobId: `${run.id}:${run.heartbeatAt?.getTime() ?? 0}` });
    }
  });
  await runtime.jobs.repeat(REAP_JOB, 'reaper', 60_000, {});
  // Runs left queued or running when the last process stopped; the engine's claim decides who runs them.
  for (const run of await asSystem(runtime.db, unfinishedRuns)) await runtime.jobs.enqueue(SYNC_JOB, { runId: run.id }, { jobId: `${run.id}:start` });
  for (const connection of await asSystem(runtime.db, allConnections)) await scheduleConnection(runtime, connection);
}
