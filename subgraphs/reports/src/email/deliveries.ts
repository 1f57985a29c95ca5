import { randomUUID } from 'node:crypto';
import { afterCommit, asSystem, audit, badInput, orNotFound, parseId, requireTeamRole, withTenant, type Database, type Runtime } from '@sprint-reports/core';
import type { Context } from '../context.ts';
import * as data from '../data.ts';
import { linkKey, unsubscribeUrl } from '../links.ts';
import type { DeliveryRow, ReportRow } from '../models.ts';
import { EMAIL_OFF, mailerOf, recipientList, requireMailer } from './mailer.ts';
import { reportMessage, type ReportMessage } from './message.ts';
import { describeSchedule } from './unsubscribe.ts';

/**
 * Report emails: one delivery per recipient, recorded when asked for (emailReport, a schedule
 * firing) and sent by a job once the report is READY. Each attempt is logged on the delivery
 * (attempts, the SMTP server's answer); a temporary failure (4xx, the server unreachable) is
 * retried with backoff, a permanent one (5xx) is not.
 */

/** Sends one delivery (its id). */
export const DELIVER_JOB = 'reports.deliver';
/** Attempts before a delivery that keeps failing for now is FAILED for good. */
export const MAX_ATTEMPTS = 5;
/** How long an attempt holds its delivery: another job skips it meanwhile, the sweep retries it after (a crash mid-send). */
const SEND_LEASE_MS = 10 * 60_000;

/**
 * A deliver job's data. `retryOf`: queued by the attempt that failed (that many attempts made), to
 * run at the retry's time; other jobs (the first, a sweep's) send only what is due.
 */
export interface DeliverJob {
  tenantId: string;
  deliveryId: string;
  retryOf?: number;
}

/** The job of a delivery's next attempt: one id per attempt, as a job's own retry is queued while it still runs. */
const jobIdOf = (deliveryId: string, attempts: number) => (attempts ? `${deliveryId}-${attempts}` : deliveryId);
/**
 * `sweep`: the sweep's own job id (its time), as BullMQ keeps a failed job's id a while and would
 * ignore the same id queued again; the claim in `prepare` makes a duplicate harmless.
 */
const enqueue = (runtime: Runtime, tenantId: string, d: Pick<DeliveryRow, 'id' | 'attempts'>, opts: { delayMs?: number; sweep?: Date } = {}) => {
  const job: DeliverJob = { tenantId, deliveryId: d.id, ...(opts.delayMs !== undefined ? { retryOf: d.attempts } : {}) };
  const jobId = opts.sweep ? `${d.id}:sweep:${opts.sweep.getTime()}` : jobIdOf(d.id, d.attempts);
  return runtime.jobs.enqueue(DELIVER_JOB, job, { jobId, delayMs: opts.delayMs });
};

const reportFailed = (report: Pick<ReportRow, 'error'>) => `The report failed: ${report.error ?? 'unknown error'}`;

/**
 * Records a report's emails to `recipients` in `db`'s transaction: PENDING, or UNSUBSCRIBED for an
 * address that asked for no more of the tenant's report emails (or of this schedule's).
 */
export async function createDeliveries(
  db: Database,
  tenantId: string,
  reportId: string,
  recipients: readonly string[],
  by: { scheduleId: string | null; requestedBy: string | null },
): Promise<DeliveryRow[]> {
  const unsubscribed = await data.unsubscribedAmong(db, tenantId, recipients, by.scheduleId);
  const createdAt = new Date();
  return data.insertDeliveries(
    db,
    recipients.map((recipient) => ({
      id: randomUUID(),
      tenantId,
      reportId,
      scheduleId: by.scheduleId,
      requestedBy: by.requestedBy,
      recipient,
      status: unsubscribed.has(recipient.toLowerCase()) ? ('UNSUBSCRIBED' as const) : ('PENDING' as const),
      createdAt,
    })),
  );
}

/**
 * The report finished (or a sweep found its emails due): a READY report's due emails are queued, a
 * FAILED report's waiting ones fail with its error. Nothing while it is still being made.
 */
export async function queueDeliveries(runtime: Runtime, tenantId: string, reportId: string, now = new Date(), sweep = false): Promise<void> {
  await withTenant(runtime.db, tenantId, async (tx) => {
    const [report] = await data.reportsByIds(tx, tenantId, [reportId]);
    if (report?.status === 'FAILED') await data.failWaitingDeliveries(tx, tenantId, reportId, reportFailed(report));
    if (report?.status !== 'READY') return;
    for (const d of await data.dueDeliveriesOfReport(tx, tenantId, reportId, now)) await enqueue(runtime, tenantId, d, sweep ? { sweep: now } : {});
  });
}

/** emailReport: the report to these addresses, now or once it is READY. Team managers and admins. */
export async function emailReport(ctx: Context, reportIdArg: string, to: readonly string[]): Promise<DeliveryRow[]> {
  const { db, tenantId, runtime, identity, loaders } = ctx;
  requireMailer(runtime);
  const reportId = parseId(reportIdArg, 'reportId');
  const report = orNotFound(await loaders.report.load(reportId), 'Report', reportIdArg);
  if (report.teamId) requireTeamRole(identity, report.teamId);
  if (report.status === 'FAILED')
    throw badInput(`Report ${reportIdArg} failed, so it has no file to send (${report.error ?? 'unknown error'}): generate it again`, 'reportId');
  const recipients = recipientList(to, 'to');
  const rows = await createDeliveries(db, tenantId, reportId, recipients, { scheduleId: null, requestedBy: identity.kind === 'user' ? identity.userId : null });
  await audit(ctx, { action: 'report.emailed', targetType: 'Report', targetId: reportId, details: { recipients } });
  // Once this commits: READY now, or finished while this request ran, its generation could not see these rows.
  await afterCommit(() => queueDeliveries(runtime, tenantId, reportId));
  return rows;
}

type Attempt = { delivery: DeliveryRow; message: ReportMessage };

/** Takes the delivery's next attempt and makes its message, or settles it without sending; null when there is nothing to send now. */
async function prepare(runtime: Runtime, tx: Database, job: DeliverJob, now: Date): Promise<Attempt | null> {
  const { tenantId, deliveryId } = job;
  const [delivery] = await data.deliveriesByIds(tx, tenantId, [deliveryId]);
  if (!delivery || !data.WAITING_STATUSES.includes(delivery.status as (typeof data.WAITING_STATUSES)[number])) return null;
  const settle = (set: Partial<DeliveryRow>) => data.updateDelivery(tx, tenantId, deliveryId, { nextAttemptAt: null, ...set }).then(() => null);
  const [report] = await data.reportsByIds(tx, tenantId, [delivery.reportId]);
  if (report.status === 'FAILED') return settle({ status: 'FAILED', smtpResponse: reportFailed(report) });
  const ownRetry = delivery.status === 'RETRYING' && job.retryOf === delivery.attempts;
  // Not made yet (its generation queues it when done), or its attempt is not due (a retry's own job comes then).
  if (report.status !== 'READY' || !report.documentId || (!ownRetry && delivery.nextAttemptAt && delivery.nextAttemptAt > now)) return null;
  if ((await data.unsubscribedAmong(tx, tenantId, [delivery.recipient], delivery.scheduleId)).size) return settle({ status: 'UNSUBSCRIBED' });
  if (!mailerOf(runtime)) return settle({ status: 'FAILED', smtpResponse: EMAIL_OFF });
  const claimed = await data.claimDelivery(tx, tenantId, deliveryId, delivery.attempts, now, new Date(now.getTime() + SEND_LEASE_MS), ownRetry);
  if (!claimed) return null;
  const document = await data.documentById(tx, tenantId, report.documentId);
  if (!document) return settle({ status: 'FAILED', smtpResponse: 'The report has no document' });
  const [schedule] = claimed.scheduleId ? await data.schedulesByIds(tx, tenantId, [claimed.scheduleId]) : [];
  const { config } = runtime;
  const message = reportMessage({
    from: config.mailFrom,
    to: claimed.recipient,
    document,
    unsubscribeUrl: await unsubscribeUrl(await linkKey(tx, tenantId), config.publicUrl, tenantId, claimed.recipient, claimed.scheduleId),
    schedule: schedule ? await describeSchedule(runtime, tenantId, schedule) : null,
  });
  return { delivery: claimed, message };
}

interface SmtpError extends Error {
  responseCode?: number;
  response?: string;
}

/** What an attempt's failure makes of the delivery: FAILED when permanent (5xx) or the last attempt, else RETRYING after a backoff. */
export function afterFailure(err: SmtpError, attempts: number, retryDelayMs: number, now: Date): Partial<DeliveryRow> {
  const smtpResponse = (err.response ?? err.message).slice(0, 1000);
  const permanent = typeof err.responseCode === 'number' && err.responseCode >= 500;
  if (permanent || attempts >= MAX_ATTEMPTS) return { status: 'FAILED', smtpResponse, nextAttemptAt: null };
  return { status: 'RETRYING', smtpResponse, nextAttemptAt: new Date(now.getTime() + retryDelayMs * 2 ** (attempts - 1)) };
}

/**
 * The deliver job: one attempt at one email. Idempotent: a delivery SENT, FAILED or UNSUBSCRIBED is
 * left alone, and one that another job is sending (or that is not due) is skipped.
 */
export async function deliver(runtime: Runtime, job: DeliverJob): Promise<void> {
  const { db, log, config } = runtime;
  const { tenantId, deliveryId } = job;
  const attempt = await withTenant(db, tenantId, (tx) => prepare(runtime, tx, job, new Date()));
  if (!attempt) return;
  const { delivery, message } = attempt;
  let outcome: Partial<DeliveryRow>;
  try {
    const info = await requireMailer(runtime).sendMail(message);
    outcome = { status: 'SENT', smtpResponse: info.response, messageId: info.messageId, sentAt: new Date(), nextAttemptAt: null };
    log.info({ tenantId, deliveryId, reportId: delivery.reportId, attempts: delivery.attempts }, 'Report email sent');
  } catch (err) {
    outcome = afterFailure(err as SmtpError, delivery.attempts, config.mailRetryDelayMs, new Date());
    log.warn(
      { tenantId, deliveryId, reportId: delivery.reportId, attempts: delivery.attempts, status: outcome.status, err: outcome.smtpResponse },
      'Report email not sent',
    );
  }
  await withTenant(db, tenantId, async (tx) => {
    const updated = await data.updateDelivery(tx, tenantId, deliveryId, outcome);
    if (updated?.status === 'RETRYING') await enqueue(runtime, tenantId, updated, { delayMs: Math.max(1, updated.nextAttemptAt!.getTime() - Date.now()) });
  });
}

/**
 * Queues what is due and was lost: retries an in-process runner forgot at a restart, attempts a
 * crash left holding their delivery, emails of reports that finished while nobody queued them.
 */
export async function sweepDeliveries(runtime: Runtime, now: Date): Promise<number> {
  const due = await asSystem(runtime.db, (tx) => data.reportsWithDueDeliveries(tx, now));
  for (const { tenantId, reportId } of due) await queueDeliveries(runtime, tenantId, reportId, now, true);
  return due.length;
}
