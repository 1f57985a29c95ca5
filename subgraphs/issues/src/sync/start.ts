import type { Runtime } from '@sprint-reports/core';
import { startIssueJobs } from './jobs.ts';
import { REDERIVE_JOB, rederiveEstimates, type RederiveJob } from './rederive.ts';

/** Everything the JIRA integration runs in the background of the process that serves it. */
export async function startIssuesSubgraph(runtime: Runtime) {
  runtime.jobs.handle<RederiveJob>(REDERIVE_JOB, async (job) => void (await rederiveEstimates(runtime, job)));
  await startIssueJobs(runtime);
}
