import type { Runtime } from '@sprint-reports/core';
import { startIssueJobs } from './jobs.ts';
import { REDERIVE_JOB, rederiveEstimates } from './rederive.ts';

/** Everything the JIRA integration runs in the background of the process that serves it. */
export async function startIssuesSubgraph(runtime: Runtime) {
  runtime.jobs.handle<{ connectionId: string }>(REDERIVE_JOB, async ({ connectionId }) => void (await rederiveEstimates(runtime, connectionId)));
  await startIssueJobs(runtime);
}
