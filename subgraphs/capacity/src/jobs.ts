import type { Runtime } from '@sprint-reports/core';
import { BACKFILL_JOB, backfill, type BackfillJob } from './read-model.ts';

/** The capacity subgraph's background work, in the process that runs it: filling the read model where a read found it missing. */
export function start(runtime: Runtime) {
  runtime.jobs.handle<BackfillJob>(BACKFILL_JOB, (job) => backfill(runtime, job));
}
