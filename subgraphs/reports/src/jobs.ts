import { asSystem, withTenant, type Runtime } from '@sprint-reports/core';
import * as data from './data.ts';
import { deliver, sweepDeliveries, DELIVER_JOB, type DeliverJob } from './email/deliveries.ts';
import { fireSchedule } from './mutations/schedules.ts';
import { GENERATE_JOB, requeueStalledReports, runReport } from './report-job.ts';

/** Fires due schedules (and queues due reports and emails a restart lost): every minute. */
export const SCHEDULES_JOB = 'reports.schedules';
export const SCHEDULES_TICK_MS = 60_000;

/**
 * Fires every tenant's schedules that are due at `now`: cron schedules whose time has come, and
 * sprint-close schedules with a sprint of their team closed since they last looked. Each schedule
 * is claimed in its own transaction (FOR UPDATE SKIP LOCKED), so processes running this at the
 * same moment never fire one twice, and one that fails does not hold the others back. Answers how
 * many reports were requested.
 */
export async function runDueSchedules(runtime: Runtime, now: Date): Promise<number> {
  const due = await asSystem(runtime.db, (tx) => data.dueSchedules(tx, now));
  let requested = 0;
  for (const { id, tenantId } of due) {
    try {
      requested += await withTenant(runtime.db, tenantId, (tx) => fireSchedule({ db: tx, runtime }, tenantId, id, now));
    } catch (err) {
      runtime.log.error({ tenantId, scheduleId: id, err: (err as Error).message }, 'Report schedule could not fire');
    }
  }
  return requested;
}

/**
 * The reports subgraph's background work, in the process that runs it: making reports (two at a
 * time), sending their emails, and the minute tick: due schedules fire; reports and emails nobody
 * is making or sending are queued again.
 */
export async function start(runtime: Runtime) {
  runtime.jobs.handle<{ tenantId: string; reportId: string }>(GENERATE_JOB, ({ tenantId, reportId }) => runReport(runtime, tenantId, reportId), {
    concurrency: 2,
  });
  runtime.jobs.handle<DeliverJob>(DELIVER_JOB, (job) => deliver(runtime, job), { concurrency: 4 });
  runtime.jobs.handle(SCHEDULES_JOB, async () => {
    const now = new Date();
    await runDueSchedules(runtime, now);
    await requeueStalledReports(runtime, now);
    await sweepDeliveries(runtime, now);
  });
  await runtime.jobs.repeat(SCHEDULES_JOB, 'tick', SCHEDULES_TICK_MS, {});
}
