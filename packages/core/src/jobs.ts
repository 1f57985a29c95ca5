import { EventEmitter } from 'node:events';
import { Queue, UnrecoverableError, Worker, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from './logger.ts';
import { isDatabaseUnavailable } from './db-errors.ts';
import { afterCommit, outsideScope } from './tenancy.ts';

/**
 * A job that failed because the database was away (a restart, an outage) runs again, up to this
 * many attempts in all, 1 s, 2 s, 4 s ... apart (in-process at most 30 s apart, about four minutes
 * in all; BullMQ doubles on). Any other failure is final, as before: a bug would only fail again.
 */
export const DATABASE_RETRY_ATTEMPTS = 10;
const retryDelayMs = (attempt: number) => Math.min(30_000, 1000 * 2 ** (attempt - 1));

export interface JobContext {
  /** Aborted when the runner closes: long jobs stop at their next checkpoint. */
  signal: AbortSignal;
}
export type JobHandler<T> = (data: T, ctx: JobContext) => Promise<void>;

/**
 * Background jobs (syncs, recomputations, schedules). One interface, two runners: BullMQ on Redis
 * when REDIS_URL is set (jobs survive restarts and spread over processes), and an in-process runner
 * otherwise. Handlers must be idempotent: a job can run again after a crash.
 */
export interface JobRunner {
  readonly kind: 'bullmq' | 'in-process';
  /** Emits 'settled' ({ name, jobId, error? }) when a job this process ran finished or failed. */
  readonly events: EventEmitter;
  /** This process runs jobs of `name`. */
  handle<T>(name: string, handler: JobHandler<T>, opts?: { concurrency?: number }): void;
  /**
   * Queues a job. A job with the same `jobId` still waiting is not queued twice. With `delayMs` it
   * becomes runnable that much later (retries with backoff).
   */
  enqueue<T>(name: string, data: T, opts?: EnqueueOptions): Promise<void>;
  /** Runs `name` every `everyMs` under a schedule id; calling it again replaces the schedule. */
  repeat<T>(name: string, scheduleId: string, everyMs: number, data: T): Promise<void>;
  unrepeat(name: string, scheduleId: string): Promise<void>;
  /** Resolves once nothing is waiting or running in this process (in-process runner). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export interface EnqueueOptions {
  jobId?: string;
  delayMs?: number;
}

export function createJobRunner(opts: { redisUrl?: string; log: Logger; prefix?: string }): JobRunner {
  return opts.redisUrl ? new BullJobRunner(opts.redisUrl, opts.log, opts.prefix ?? 'sprint-reports') : new InProcessJobRunner(opts.log);
}

type Pending = { name: string; data: unknown; jobId?: string; attempt?: number };

export class InProcessJobRunner implements JobRunner {
  readonly kind = 'in-process' as const;
  readonly events = new EventEmitter();
  private readonly handlers = new Map<string, { handler: JobHandler<unknown>; concurrency: number; running: number }>();
  private readonly waiting: Pending[] = [];
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Jobs queued with a delay, not yet waiting: idle() waits for them too. */
  private readonly delayed = new Set<NodeJS.Timeout>();
  private readonly abort = new AbortController();
  private readonly active = new Set<Promise<void>>();
  private idleWaiters: (() => void)[] = [];
  private closed = false;

  constructor(private readonly log: Logger) {}

  handle<T>(name: string, handler: JobHandler<T>, opts: { concurrency?: number } = {}) {
    this.handlers.set(name, { handler: handler as JobHandler<unknown>, concurrency: opts.concurrency ?? 1, running: 0 });
    this.pump();
  }

  enqueue<T>(name: string, data: T, opts: EnqueueOptions = {}) {
    const add = () => {
      const queued = opts.jobId && this.waiting.some((p) => p.name === name && p.jobId === opts.jobId);
      if (!this.closed && !queued) this.waiting.push({ name, data, jobId: opts.jobId });
      this.pump();
    };
    // Queued once the caller's transaction commits (see afterCommit): the job sees its rows.
    return afterCommit(() => {
      if (!opts.delayMs) return add();
      const timer = setTimeout(() => {
        this.delayed.delete(timer);
        add();
      }, opts.delayMs);
      this.delayed.add(timer);
    });
  }

  async repeat<T>(name: string, scheduleId: string, everyMs: number, data: T) {
    await this.unrepeat(name, scheduleId);
    const timer = setInterval(() => void this.enqueue(name, data, { jobId: `${name}:${scheduleId}` }), everyMs);
    timer.unref();
    this.timers.set(`${name}:${scheduleId}`, timer);
  }

  async unrepeat(name: string, scheduleId: string) {
    clearInterval(this.timers.get(`${name}:${scheduleId}`));
    this.timers.delete(`${name}:${scheduleId}`);
  }

  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async close() {
    this.closed = true;
    for (const timer of this.timers.values()) clearInterval(timer);
    this.timers.clear();
    for (const timer of this.delayed) clearTimeout(timer);
    this.delayed.clear();
    this.waiting.length = 0;
    this.abort.abort();
    await Promise.allSettled([...this.active]);
  }

  /** Nothing running, and nothing waiting that this process has a handler for. */
  private isIdle() {
    return !this.active.size && !this.delayed.size && !this.waiting.some((p) => this.handlers.has(p.name));
  }

  private pump() {
    for (let i = 0; i < this.waiting.length;) {
      const job = this.waiting[i];
      const h = this.handlers.get(job.name);
      if (!h || h.running >= h.concurrency) {
        i++;
        continue;
      }
      this.waiting.splice(i, 1);
      h.running++;
      // A job is its own unit of work: it never joins the database scope of whoever queued it.
      const run = outsideScope(() => h.handler(job.data, { signal: this.abort.signal }))
        .then(
          () => void this.events.emit('settled', { name: job.name, jobId: job.jobId }),
          (err: Error) => {
            const attempt = job.attempt ?? 1;
            if (!this.closed && isDatabaseUnavailable(err) && attempt < DATABASE_RETRY_ATTEMPTS) {
              const delayMs = retryDelayMs(attempt);
              this.log.warn(
                { job: job.name, jobId: job.jobId, attempt, retryInMs: delayMs, err: err.message },
                'Background job failed: the database is away; running it again',
              );
              const timer = setTimeout(() => {
                this.delayed.delete(timer);
                if (!this.closed) this.waiting.push({ ...job, attempt: attempt + 1 });
                this.pump();
              }, delayMs);
              this.delayed.add(timer);
              return;
            }
            this.log.error({ job: job.name, jobId: job.jobId, err: err.message }, 'Background job failed');
            this.events.emit('settled', { name: job.name, jobId: job.jobId, error: err.message });
          },
        )
        .finally(() => {
          h.running--;
          this.active.delete(run);
          this.pump();
        });
      this.active.add(run);
    }
    if (this.isIdle()) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }
}

/**
 * Finished jobs are removed so their id can be queued again; failed ones are kept for a while.
 * Attempts beyond the first are for database outages only (the worker makes other failures final).
 */
const JOB_OPTIONS = { removeOnComplete: true, removeOnFail: 100, attempts: DATABASE_RETRY_ATTEMPTS, backoff: { type: 'exponential', delay: 1000 } } as const;

class BullJobRunner implements JobRunner {
  readonly kind = 'bullmq' as const;
  readonly events = new EventEmitter();
  private readonly connection: Redis;
  private readonly queues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];
  /** Each worker's own blocking connection: BullMQ does not close a connection it was given. */
  private readonly workerConnections: Redis[] = [];

  constructor(
    url: string,
    private readonly log: Logger,
    private readonly prefix: string,
  ) {
    // BullMQ's blocking commands need retries without a per-request limit.
    this.connection = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false });
    this.connection.on('error', (err) => log.warn({ err: err.message }, 'Redis connection error (jobs)'));
  }

  private queue(name: string) {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection as unknown as ConnectionOptions, prefix: this.prefix });
      this.queues.set(name, queue);
    }
    return queue;
  }

  handle<T>(name: string, handler: JobHandler<T>, opts: { concurrency?: number } = {}) {
    const connection = this.connection.duplicate({ maxRetriesPerRequest: null });
    this.workerConnections.push(connection);
    const worker = new Worker(
      name,
      async (job, _token, signal) => {
        try {
          await handler(job.data as T, { signal: signal ?? new AbortController().signal });
        } catch (err) {
          // Only a database outage is worth the attempts BullMQ has left (JOB_OPTIONS); the rest fail now.
          if (isDatabaseUnavailable(err)) throw err;
          throw new UnrecoverableError((err as Error).message);
        }
      },
      {
        connection: connection as unknown as ConnectionOptions,
        prefix: this.prefix,
        concurrency: opts.concurrency ?? 1,
      },
    );
    worker.on('completed', (job) => this.events.emit('settled', { name, jobId: job.id }));
    worker.on('failed', (job, err) => {
      if (job && !(err instanceof UnrecoverableError) && job.attemptsMade < (job.opts.attempts ?? 1)) {
        this.log.warn(
          { job: name, jobId: job.id, attempt: job.attemptsMade, err: err.message },
          'Background job failed: the database is away; running it again',
        );
        return;
      }
      this.log.error({ job: name, jobId: job?.id, err: err.message }, 'Background job failed');
      this.events.emit('settled', { name, jobId: job?.id, error: err.message });
    });
    worker.on('error', (err) => this.log.warn({ job: name, err: err.message }, 'Job worker error'));
    this.workers.push(worker);
  }

  async enqueue<T>(name: string, data: T, opts: EnqueueOptions = {}) {
    // Queued once the caller's transaction commits (see afterCommit): the job sees its rows.
    await afterCommit(() => this.queue(name).add(name, data, { ...JOB_OPTIONS, jobId: opts.jobId, delay: opts.delayMs }));
  }

  async repeat<T>(name: string, scheduleId: string, everyMs: number, data: T) {
    await this.queue(name).upsertJobScheduler(scheduleId, { every: everyMs }, { name, data, opts: JOB_OPTIONS });
  }

  async unrepeat(name: string, scheduleId: string) {
    await this.queue(name).removeJobScheduler(scheduleId);
  }

  async idle() {
    // Work may run in other processes: callers that need to wait poll the state they care about.
  }

  async close() {
    // Abort running jobs (their signal fires) so they stop at a checkpoint instead of holding shutdown.
    for (const w of this.workers) w.cancelAllJobs('shutting down');
    await Promise.allSettled(this.workers.map((w) => w.close()));
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
    for (const connection of this.workerConnections) connection.disconnect();
    this.connection.disconnect();
  }
}
