import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import type { Logger } from './logger.ts';
import { afterCommit } from './tenancy.ts';
import { within } from './time.ts';

/**
 * What changed, for live dashboards. Events carry ids only: a router resolves what each subscriber
 * selected through the supergraph, as of when it delivers (docs/live.md). Each is named for its
 * producer's fact (the users subgraph's TEAM_MEMBERS_CHANGED), not for what a consumer makes of it:
 * the router maps facts to the subscriptions they affect (router/src/live/fields.ts).
 */
export type LiveEvent =
  | { type: 'SPRINT_ANALYSIS_UPDATED'; tenantId: string; boardId: string; sprintId: string }
  | { type: 'SPRINT_UPDATED'; tenantId: string; boardId: string; sprintId: string }
  | { type: 'ISSUES_UPDATED'; tenantId: string; boardId: string; issueIds: string[] }
  | { type: 'SYNC_PROGRESS'; tenantId: string; connectionId: string; runId: string }
  | { type: 'QUEUE_UPDATED'; tenantId: string; sprintId: string; queueId: string }
  | { type: 'CAPACITY_UPDATED'; tenantId: string; teamId: string; sprintId: string | null }
  /** The users subgraph: a team's members were added, changed (discipline, allocation, role) or removed. */
  | { type: 'TEAM_MEMBERS_CHANGED'; tenantId: string; teamId: string }
  | { type: 'REPORT_READY'; tenantId: string; reportId: string }
  | { type: 'REPORT_PROGRESS'; tenantId: string; reportId: string }
  /**
   * The user's access changed (disabled or enabled, tenant role, a team role): every router forgets
   * what it knew of their access and checks their open sockets again (their older tokens no longer hold).
   */
  | { type: 'ACCESS_CHANGED'; tenantId: string; userId: string };

export type LiveEventType = LiveEvent['type'];

/** An event as routers receive it: with when it was published (ms since the epoch, the publisher's clock). */
export type Published = LiveEvent & { at: number };

/** The id subscriptions filter an event type by (a board, a sprint, a connection ...). */
export function topicOf(event: LiveEvent): string {
  switch (event.type) {
    case 'SPRINT_ANALYSIS_UPDATED':
    case 'ISSUES_UPDATED':
      return event.boardId;
    case 'SPRINT_UPDATED':
    case 'QUEUE_UPDATED':
      return event.sprintId;
    case 'SYNC_PROGRESS':
      return event.connectionId;
    case 'CAPACITY_UPDATED':
    case 'TEAM_MEMBERS_CHANGED':
      return event.teamId;
    case 'REPORT_READY':
    case 'REPORT_PROGRESS':
      return event.reportId;
    case 'ACCESS_CHANGED':
      return event.userId;
  }
}

/** Events with the same key say the same thing and may be merged into one (mergeEvents). */
export function coalesceKey(event: LiveEvent): string {
  const entity =
    event.type === 'SPRINT_ANALYSIS_UPDATED'
      ? event.sprintId
      : event.type === 'SYNC_PROGRESS'
        ? event.runId
        : event.type === 'CAPACITY_UPDATED'
          ? `${event.teamId}:${event.sprintId ?? ''}`
          : topicOf(event);
  return `${event.type}:${event.tenantId}:${entity}`;
}

/** The most issue ids one ISSUES_UPDATED carries: what a router can resolve in one `issues(ids)` query. */
export const MAX_ISSUES_PER_EVENT = 500;

/** Whether two events of the same key merge into one: not when their issue ids would be too many. */
export function mergeable(earlier: LiveEvent, later: LiveEvent): boolean {
  if (earlier.type !== 'ISSUES_UPDATED' || later.type !== 'ISSUES_UPDATED') return true;
  return new Set([...earlier.issueIds, ...later.issueIds]).size <= MAX_ISSUES_PER_EVENT;
}

/** Merges a later event into an earlier one of the same key (mergeable): issue ids add up, the rest is the later one. */
export function mergeEvents<E extends LiveEvent>(earlier: E, later: E): E {
  if (earlier.type === 'ISSUES_UPDATED' && later.type === 'ISSUES_UPDATED')
    return { ...later, issueIds: [...new Set([...earlier.issueIds, ...later.issueIds])] };
  return later;
}

/**
 * The event bus: subgraphs and jobs publish, every router delivers to its subscribers. Two
 * implementations: Redis (a stream every router reads, so a router that loses its connection for a
 * while gets what it missed) when REDIS_URL is set, in-process otherwise.
 */
export interface EventBus {
  readonly kind: 'redis' | 'in-process';
  /**
   * Publishes once the caller's transaction commits (a rolled-back change announces nothing).
   * Never fails the caller: a bus that is away is logged. Bursts of the same event coalesce.
   */
  publish(event: LiveEvent): Promise<void>;
  /** Calls `listener` with every event of every tenant, in publication order. Returns the unsubscribe. */
  subscribe(listener: (event: Published) => void): () => void;
  /** Resolves once listeners receive every event published from now on (Redis: the reader knows where the stream ends). */
  ready(): Promise<void>;
  /**
   * Sends what coalescing holds back now (tests, shutdown). In-process, it resolves once this
   * process's listeners have had everything published so far; on Redis, once it is in the stream.
   */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export interface EventBusOptions {
  redisUrl?: string;
  log: Logger;
  /** Redis key prefix: buses with the same prefix (and Redis) share events. */
  prefix?: string;
  /** Events of one key within this window coalesce into one (the first goes out at once). */
  coalesceMs?: number;
}

export function createEventBus(opts: EventBusOptions): EventBus {
  return opts.redisUrl ? new RedisEventBus(opts.redisUrl, opts) : new InProcessEventBus(opts);
}

/**
 * Coalescing, on the publishing side: the first event of a key goes out at once and opens a window;
 * those that follow within it merge into one that goes out when it closes (and opens the next). A
 * sync writing 500 issues of a board page by page, or a burst of webhooks, is a few events, not
 * hundreds, and a lone event is not delayed.
 */
abstract class CoalescingBus implements EventBus {
  abstract readonly kind: EventBus['kind'];
  protected readonly log: Logger;
  private readonly windowMs: number;
  private readonly windows = new Map<string, { timer: NodeJS.Timeout; pending: LiveEvent | null }>();
  protected closed = false;

  constructor(opts: EventBusOptions) {
    this.log = opts.log;
    this.windowMs = opts.coalesceMs ?? 250;
  }

  publish(event: LiveEvent): Promise<void> {
    return afterCommit(() => this.admit(event));
  }

  abstract subscribe(listener: (event: Published) => void): () => void;
  abstract ready(): Promise<void>;
  /** Sends one event (after coalescing); failures are the implementation's to log. */
  protected abstract send(event: Published): void;

  private admit(event: LiveEvent) {
    if (this.closed) return;
    const key = coalesceKey(event);
    const open = this.windows.get(key);
    if (open) {
      if (open.pending && mergeable(open.pending, event)) open.pending = mergeEvents(open.pending, event);
      else {
        // Too many issue ids for one event: what is held goes out full, the new one waits.
        if (open.pending) this.send({ ...open.pending, at: Date.now() });
        open.pending = event;
      }
      return;
    }
    this.send({ ...event, at: Date.now() });
    this.openWindow(key);
  }

  private openWindow(key: string) {
    const timer = setTimeout(() => {
      const window = this.windows.get(key);
      this.windows.delete(key);
      if (window?.pending && !this.closed) {
        this.send({ ...window.pending, at: Date.now() });
        this.openWindow(key);
      }
    }, this.windowMs);
    timer.unref();
    this.windows.set(key, { timer, pending: null });
  }

  async flush() {
    for (const [key, window] of this.windows) {
      clearTimeout(window.timer);
      this.windows.delete(key);
      if (window.pending) this.send({ ...window.pending, at: Date.now() });
    }
    await this.sent();
  }

  /** Resolves once everything sent so far has left this process (or reached its listeners). */
  protected abstract sent(): Promise<void>;

  async close() {
    // What coalescing holds goes out; a Redis that is away does not hold shutdown up for long.
    await within(1000, this.flush());
    this.closed = true;
  }
}

export class InProcessEventBus extends CoalescingBus {
  readonly kind = 'in-process' as const;
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  async ready() {}

  subscribe(listener: (event: Published) => void) {
    this.emitter.on('event', listener);
    return () => void this.emitter.off('event', listener);
  }

  protected sent() {
    // Deliveries are microtasks queued in order: this one runs after them.
    return new Promise<void>((resolve) => queueMicrotask(resolve));
  }

  protected send(event: Published) {
    // Listeners run after the publisher's call returns, as they would from Redis.
    queueMicrotask(() => {
      for (const listener of this.emitter.listeners('event')) {
        try {
          (listener as (e: Published) => void)(event);
        } catch (err) {
          this.log.error({ err: (err as Error).message, event: event.type }, 'A live event listener failed');
        }
      }
    });
  }
}

/** How many events the stream keeps (about): a router away longer than that many events misses the oldest. */
const STREAM_LENGTH = 10_000;
/** Events a publisher holds while Redis is away before it drops new ones. */
const MAX_UNSENT = 10_000;

/**
 * Redis: one stream (XADD, trimmed to about STREAM_LENGTH entries), which every router reads from
 * the last entry it delivered (XREAD BLOCK). Unlike pub/sub, a router whose connection drops reads
 * what it missed when it reconnects, and a publisher whose Redis restarts sends what it held once
 * Redis is back (ioredis queues commands while disconnected). Every event is delivered at least once
 * to every router that is running.
 */
export class RedisEventBus extends CoalescingBus {
  readonly kind = 'redis' as const;
  private readonly writer: Redis;
  private reader: Redis | null = null;
  private readonly stream: string;
  private readonly listeners = new Set<(event: Published) => void>();
  private reading: Promise<void> | null = null;
  private started: Promise<void> | null = null;
  private unsent = 0;
  private lastWrite: Promise<unknown> = Promise.resolve();
  /** Ends the read in progress on close: Redis may never answer it (a reconnect cut short leaves it pending). */
  private stopRead: (() => void) | null = null;

  constructor(
    private readonly url: string,
    opts: EventBusOptions,
  ) {
    super(opts);
    this.stream = `${opts.prefix ?? 'sprint-reports'}:events`;
    // No per-command retry limit: while Redis is away, events wait in ioredis's queue.
    this.writer = new Redis(url, { maxRetriesPerRequest: null });
    this.writer.on('error', (err) => this.log.warn({ err: err.message }, 'Redis connection error (events)'));
  }

  protected send(event: Published) {
    if (this.unsent >= MAX_UNSENT) {
      this.log.warn({ event: event.type }, 'Redis has been away too long: dropped a live event');
      return;
    }
    this.unsent++;
    this.lastWrite = this.writer
      .xadd(this.stream, 'MAXLEN', '~', STREAM_LENGTH, '*', 'e', JSON.stringify(event))
      .catch((err: Error) => this.closed || this.log.error({ err: err.message, event: event.type }, 'Could not publish a live event'))
      .finally(() => this.unsent--);
  }

  protected async sent() {
    // One connection answers in order: the last write done means every earlier one is.
    await this.lastWrite;
  }

  subscribe(listener: (event: Published) => void) {
    this.listeners.add(listener);
    this.start();
    return () => void this.listeners.delete(listener);
  }

  ready() {
    return this.start();
  }

  private start() {
    if (!this.started) {
      // A blocking read holds its connection: the reader has its own.
      const reader = (this.reader = new Redis(this.url, { maxRetriesPerRequest: null }));
      reader.on('error', (err) => this.log.warn({ err: err.message }, 'Redis connection error (event reader)'));
      // Where the stream ends now: events from here on are ours ('$' would skip any published
      // between two reads).
      const end = reader.xrevrange(this.stream, '+', '-', 'COUNT', 1).then((rows) => (rows as [string, string[]][])[0]?.[0] ?? '0-0');
      this.reading = end.then(
        (last) => this.read(reader, last),
        () => undefined,
      );
      this.started = end.then(() => undefined);
    }
    return this.started;
  }

  /** The reading loop: from where the stream ended at start, then from the last entry seen, across reconnects. */
  private async read(reader: Redis, last: string) {
    let failures = 0;
    while (!this.closed) {
      let batch: [string, [string, string[]][]][] | null;
      try {
        const read = reader.xread('COUNT', 1000, 'BLOCK', 10_000, 'STREAMS', this.stream, last) as Promise<typeof batch>;
        read.catch(() => undefined); // after close, nobody awaits it
        // A stop promise per read: one that lived as long as the loop would keep every race's batch.
        const stopped = new Promise<null>((resolve) => (this.stopRead = () => resolve(null)));
        batch = await Promise.race([read, stopped]);
        this.stopRead = null;
        failures = 0;
      } catch (err) {
        if (this.closed) return;
        // Redis answers at once while it loads after a restart (LOADING): back off rather than spin.
        const wait = Math.min(5000, 100 * 2 ** failures++);
        this.log.warn({ err: (err as Error).message, retryInMs: wait }, 'Reading live events failed; reading again');
        await new Promise<void>((resolve) => {
          this.stopRead = resolve;
          setTimeout(resolve, wait).unref();
        });
        continue;
      }
      for (const [id, fields] of batch?.[0]?.[1] ?? []) {
        last = id;
        const raw = fields[fields.indexOf('e') + 1];
        let event: Published;
        try {
          event = JSON.parse(raw) as Published;
        } catch {
          this.log.warn({ id }, 'Skipped a live event that is not JSON');
          continue;
        }
        for (const listener of this.listeners) {
          try {
            listener(event);
          } catch (err) {
            this.log.error({ err: (err as Error).message, event: event.type }, 'A live event listener failed');
          }
        }
      }
    }
  }

  override async close() {
    await super.close();
    this.stopRead?.();
    this.reader?.disconnect();
    await this.reading;
    // Whatever was sent before close is written before the connection ends, unless Redis is away.
    await within(
      1000,
      this.writer.quit().catch(() => undefined),
    );
    this.writer.disconnect();
  }
}
