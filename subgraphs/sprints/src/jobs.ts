import type { Runtime } from '@sprint-reports/core';
import { refreshSprintAnalyses } from './analysis/refresh.ts';

/** Recomputes analyses of sprints whose issue history changed (webhooks, syncs), or that a read found stale (loaders.ts). */
export const REFRESH_JOB = 'sprints.refresh-analyses';

/** The sprints subgraph's background work, in the process that runs it: the analysis refresh job. */
export function start(runtime: Runtime) {
  runtime.jobs.handle<{ tenantId: string; sprintIds: string[] }>(REFRESH_JOB, async ({ tenantId, sprintIds }) => {
    // A job runs outside any scope: refreshSprintAnalyses opens the tenant's, one per batch.
    const written = await refreshSprintAnalyses({ db: runtime.db, client: runtime.client, events: runtime.events, log: runtime.log }, tenantId, sprintIds);
    runtime.log.debug({ tenantId, sprints: sprintIds.length, written }, 'Recomputed sprint analyses');
  });
}
