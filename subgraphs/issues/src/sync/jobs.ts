import type { Runtime } from '@sprint-reports/core';
import { allConnections, connectionById } from '../data.ts';
import type { ConnectionRow } from '../models.ts';
import { runSync } from './engine.ts';
import { queueRun, staleRuns, unfinishedRuns } from './runs.ts';

export const SYNC_JOB = 'issues.sync';
export const SCHEDULED_SYNC_JOB = 'issues.scheduled-sync';
export const REAP_JOB = 'issues.reap-runs';

/** Queues a run (or returns the active one) and hands it to the job runner; the run id is the job id. */
export async function startSync(runtime: Runtime, tenantId: string, connectionId: string, full: boolean, opts: { enqueue?: boolean } = {}) {
  const { run, created } = await queueRun(runtime.db, tenantId, connectionId, full);
  // The CLI runs the sync itself; everyone else hands it to the job runner.
  if (created && opts.enqueue !== false) await runtime.jobs.enqueue(SYNC_JOB, { runId: run.id }, { jobId: run.id });
  return run;
}

/** Scheduled incremental syncs per connection; 0 minutes turns them off. */
export async function scheduleConnection(runtime: Runtime, connection: Pick<ConnectionRow, 'id' | 'syncIntervalMinutes'>) {
  if (connection.syncIntervalMinutes > 0) {
    await runtime.jobs.repeat(SCHEDULED_SYNC_JOB, connection.id, connection.syncIntervalMinutes * 60_000, { connectionId: connection.id });
  } else {
    await runtime.jobs.unrepeat(SCHEDULED_SYNC_JOB, connection.id);
  }
}

/**
 * The issues subgraph's background work, in whichever process runs it: sync runs (two connections
 * at a time), schedules, and the runs a stopped process left unfinished, which resume from their
 * checkpoint.
 */
export async function startIssueJobs(runtime: Runtime) {
  runtime.jobs.handle<{ runId: string }>(SYNC_JOB, async ({ runId }, { signal }) => void (await runSync(runtime, runId, signal)), { concurrency: 2 });
  runtime.jobs.handle<{ connectionId: string }>(SCHEDULED_SYNC_JOB, async ({ connectionId }) => {
    const connection = await connectionById(runtime.db, connectionId);
    if (connection) await startSync(runtime, connection.tenantId, connection.id, false);
  });
  if (!runtime.secrets) {
    runtime.log.warn('No encryption key (ENCRYPTION_KEY): JIRA connections cannot be used in this process');
    return;
  }
  // A run whose process died is picked up again, under a new job id: its old job may be gone, or
  // kept as failed (BullMQ gives up on a job that stalls twice), which would swallow the same id.
  runtime.jobs.handle(REAP_JOB, async () => {
    for (const run of await staleRuns(runtime.db)) {
      runtime.log.warn({ run: run.id, owner: run.owner, heartbeatAt: run.heartbeatAt }, 'Resuming a sync run whose process stopped');
      await runtime.jobs.enqueue(SYNC_JOB, { runId: run.id }, { jobId: `${run.id}:${run.heartbeatAt?.getTime() ?? 0}` });
    }
  });
  await runtime.jobs.repeat(REAP_JOB, 'reaper', 60_000, {});
  // Runs left queued or running when the last process stopped; the engine's claim decides who runs them.
  for (const run of await unfinishedRuns(runtime.db)) await runtime.jobs.enqueue(SYNC_JOB, { runId: run.id }, { jobId: `${run.id}:start` });
  for (const connection of await allConnections(runtime.db)) await scheduleConnection(runtime, connection);
}
