import { createHash } from 'node:crypto';
import { logLevel, type SubgraphName } from './config.ts';
import type { JobRunner } from './jobs.ts';
import { createLogger } from './logger.ts';
import { parseOnce, printOnce, type InternalOperation, type SubgraphClient } from './subgraph-client.ts';
import { afterCommit } from './tenancy.ts';

/**
 * A notice: one subgraph telling another, after its transaction committed, that facts the other
 * keeps a copy of (or plans from) changed. The receiver re-reads the owner's current state, so a
 * notice is idempotent: sending it twice, or late, is safe.
 */
/** The subgraphs that take notices: a new receiver is added here, so every process runs its retries. */
export const NOTICE_RECEIVERS = ['capacity', 'queues', 'sprints'] as const satisfies readonly SubgraphName[];
export type NoticeReceiver = (typeof NOTICE_RECEIVERS)[number];

/** A notice as it is queued for a retry: the mutation as text, so a job store keeps it. */
export interface Notice {
  subgraph: NoticeReceiver;
  tenantId: string;
  /** The receiver's internal mutation. */
  mutation: string;
  /** Ids and kinds of change only: they are logged and kept in the job queue. */
  variables: Record<string, unknown>;
}

/** A notice as the sender writes it: the receiver's internal mutation as a typed document (its `src/remote/<receiver>.graphql`). */
export interface TypedNotice<V extends Record<string, unknown>> {
  subgraph: NoticeReceiver;
  tenantId: string;
  document: InternalOperation<unknown, V>;
  variables: V;
}

interface NoticeJob {
  notice: Notice;
  /** The attempt this job makes; the first was the direct send. */
  attempt: number;
}

/**
 * The retry job's name for notices to `subgraph`: one queue per receiver, so only a process that
 * reaches the receiver (runs it, or has its URL) takes its retries.
 */
export const noticeJob = (subgraph: NoticeReceiver) => `notice-${subgraph}`;
/** Attempts in all, the direct send included: 1 s, 2 s, 4 s ... apart, at most a minute (about 4 minutes in all). */
export const NOTICE_ATTEMPTS = 10;
const retryDelayMs = (failedAttempt: number) => Math.min(60_000, 1000 * 2 ** (failedAttempt - 1));

const log = createLogger(logLevel(), 'notices');

const nameOf = (mutation: string) => /mutation\s+(\w+)/.exec(mutation)?.[1] ?? 'notice';
const described = (n: Notice) => ({ notice: nameOf(n.mutation), subgraph: n.subgraph, tenantId: n.tenantId, variables: n.variables });

/**
 * Sends `notice` once the caller's transaction commits (now, outside one), and resolves once it was
 * delivered (read-your-writes: the caller answers after the receiver took the change in). If the
 * receiver fails (down, too slow, its database away), the notice is queued as a job that sends it
 * again with backoff, so the receiver's copy is not left stale until the next change; the caller
 * is not failed for it, its own writes stand. A process that does not reach the receiver (a
 * subgraph alone, in tests) skips it.
 */
export function sendNotice<V extends Record<string, unknown>>(client: SubgraphClient, { document, ...rest }: TypedNotice<V>): Promise<void> {
  if (!client.reaches(rest.subgraph)) return Promise.resolve();
  const notice: Notice = { ...rest, mutation: printOnce(document) };
  return afterCommit(() => deliver(client, { notice, attempt: 1 }));
}

async function deliver(client: SubgraphClient, { notice, attempt }: NoticeJob): Promise<void> {
  try {
    await client.execute(notice.subgraph, notice.tenantId, parseOnce(notice.mutation) as InternalOperation<unknown, Record<string, unknown>>, notice.variables);
    if (attempt > 1) log.info({ ...described(notice), attempt }, 'Notice delivered on a retry');
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    // No runner to retry with: fail as before (tenancy.ts logs what fails after a commit).
    if (!client.jobs) throw err;
    // The receiver no longer takes this mutation (renamed since the retry was queued, as queues'
    // queueInputsChanged was): no attempt can succeed. Dropped knowingly; notices are idempotent,
    // so the receiver catches up with the next change.
    if ((err as { extensions?: { code?: unknown } }).extensions?.code === 'GRAPHQL_VALIDATION_FAILED') {
      log.error({ ...described(notice), attempt, err: reason }, 'Notice dropped: the receiver does not take this mutation');
      return;
    }
    if (attempt >= NOTICE_ATTEMPTS) {
      log.error({ ...described(notice), attempts: attempt, err: reason }, 'Notice not delivered: the receiver keeps a stale copy until the next change');
      return;
    }
    const delayMs = retryDelayMs(attempt);
    log.warn({ ...described(notice), attempt, retryInMs: delayMs, err: reason }, 'Notice not delivered; sending it again');
    await client.jobs.enqueue<NoticeJob>(noticeJob(notice.subgraph), { notice, attempt: attempt + 1 }, { jobId: noticeJobId(notice, attempt + 1), delayMs });
  }
}

/** Identical notices waiting for the same attempt are queued once. */
function noticeJobId(notice: Notice, attempt: number) {
  const hash = createHash('sha256')
    .update(JSON.stringify([notice.subgraph, notice.tenantId, notice.mutation, notice.variables]))
    .digest('hex')
    .slice(0, 32);
  return `${noticeJob(notice.subgraph)}-${hash}-${attempt}`;
}

const handling = new WeakSet<JobRunner>();

/**
 * Lets this process send failed notices again (startSubgraphs: every process that can send one
 * runs this), those to the receivers it reaches.
 */
export function handleNotices(jobs: JobRunner, client: SubgraphClient) {
  if (handling.has(jobs)) return;
  handling.add(jobs);
  for (const subgraph of NOTICE_RECEIVERS) {
    if (client.reaches(subgraph)) jobs.handle<NoticeJob>(noticeJob(subgraph), (job) => deliver(client, job), { concurrency: 4 });
  }
}
