import { EventEmitter } from 'node:events';
import type { FormattedExecutionResult } from 'graphql';
import { coalesceKey, mergeable, mergeEvents, topicOf, type Logger, type Published } from '@sprint-reports/core';
import type { RouterContext } from '../context.ts';
import { payloadOf, type LiveOperation } from './derive.ts';
import { fieldsFedBy } from './fields.ts';

/** Runs a query through the gateway as `context`'s identity. */
export type Execute = (context: RouterContext, query: string, variables: Record<string, unknown>) => Promise<FormattedExecutionResult>;

/** Results a slow subscriber may have waiting before the oldest are dropped (dashboards want the latest). */
const MAX_WAITING = 100;

/**
 * Delivers the bus's events to this router's subscriptions. Subscriptions that would get the same
 * answer share one group: same permissions (tenant, role and team roles: session.ts permissionsOf),
 * same operation and variables. Each event is resolved once per group, however many subscribers it
 * has (2,000 dashboards of one board cost one query per event). Reads depend on those permissions
 * alone (the subgraphs' @auth, and requireTeamRole for team-scoped fields such as Report.deliveries);
 * a field whose answer depended on the user id itself would need the user in the share key.
 * A group resolves one event at a time, in order; events that arrive meanwhile wait, merged when
 * they say the same thing (core's coalesceKey), so a slow supergraph sees the latest, not a backlog.
 */
export class LiveHub {
  private readonly topics = new Map<string, Map<string, Group>>();
  private count = 0;
  private unmerged = 0;
  /** Emits 'size' with the number of open subscriptions whenever it changes. */
  readonly changes = new EventEmitter();

  constructor(
    private readonly execute: Execute,
    private readonly log: Logger,
  ) {}

  readonly onEvent = (event: Published) => {
    for (const field of fieldsFedBy(event.type)) {
      const groups = this.topics.get(topicKey(field, event.tenantId, topicOf(event)));
      if (groups) this.admit(groups, event);
    }
  };

  private admit(groups: Map<string, Group>, event: Published) {
    for (const group of groups.values()) {
      const key = coalesceKey(event);
      const waiting = group.pending.get(key);
      if (!waiting) group.pending.set(key, event);
      else if (mergeable(waiting, event)) group.pending.set(key, { ...mergeEvents(waiting, event), at: event.at });
      else group.pending.set(`${key}#${++this.unmerged}`, event); // waits behind it, on its own
      if (!group.running) void this.run(group);
    }
  }

  /** A subscription's stream of results; returning the iterator (graphql-ws does on complete or close) ends it. */
  subscribe(op: LiveOperation, context: RouterContext, shareKey: string): AsyncIterableIterator<FormattedExecutionResult> {
    if (!context.identity.tenantId) throw new Error('Live subscriptions need a tenant');
    const topic = topicKey(op.name, context.identity.tenantId, op.topic);
    let groups = this.topics.get(topic);
    if (!groups) this.topics.set(topic, (groups = new Map()));
    let group = groups.get(shareKey);
    if (!group) groups.set(shareKey, (group = new Group(op, context)));
    const g = group;
    const sink = new Sink(() => {
      g.subscribers.delete(sink);
      this.resize(-1);
      if (g.subscribers.size) return;
      groups.delete(shareKey);
      if (!groups.size) this.topics.delete(topic);
    });
    g.subscribers.add(sink);
    this.resize(1);
    return sink;
  }

  /** Subscriptions open now. */
  get size() {
    return this.count;
  }

  /** Groups resolving events now: how many queries one event of each followed thing costs. */
  get groups() {
    let n = 0;
    for (const groups of this.topics.values()) n += groups.size;
    return n;
  }

  /** Resolves once at least `n` subscriptions are open (a client cannot tell when its subscribe has been taken). */
  reached(n: number): Promise<void> {
    if (this.count >= n) return Promise.resolve();
    return new Promise((resolve) => {
      const listener = (size: number) => {
        if (size < n) return;
        this.changes.off('size', listener);
        resolve();
      };
      this.changes.on('size', listener);
    });
  }

  private resize(by: number) {
    this.count += by;
    this.changes.emit('size', this.count);
  }

  /** Ends every subscription (the router is stopping). */
  close() {
    for (const groups of this.topics.values()) for (const g of groups.values()) for (const sink of g.subscribers) sink.end();
    this.topics.clear();
  }

  private async run(group: Group) {
    group.running = true;
    try {
      while (group.pending.size && group.subscribers.size) {
        const [key, event] = group.pending.entries().next().value!;
        group.pending.delete(key);
        const result = await this.resolve(group, event);
        for (const sink of group.subscribers) {
          sink.push(result);
          if (group.op.field.once) sink.end();
        }
      }
    } finally {
      group.running = false;
    }
  }

  private async resolve(group: Group, event: Published): Promise<FormattedExecutionResult> {
    const { op, context } = group;
    const request = op.queryFor(event);
    let data: Record<string, unknown> | null | undefined = null;
    let errors: FormattedExecutionResult['errors'];
    if (request) {
      try {
        ({ data, errors } = await this.execute(context, request.query, request.variables));
      } catch (err) {
        this.log.error({ err: (err as Error).message, subscription: op.name }, 'Could not resolve a live update');
        errors = [{ message: 'The update could not be resolved', extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
      }
    }
    const payload = payloadOf(op, event, data);
    // Errors of the derived query, as if the subscription's own: their paths start at its field
    // (its locations are the derived query's, so they go).
    const own = errors?.map(({ locations: _, path, ...error }) => ({ ...error, ...(path ? { path: [op.responseKey, ...path] } : {}) }));
    return { data: payload === null ? null : { [op.responseKey]: payload }, ...(own?.length ? { errors: own } : {}) };
  }
}

/** Subscriptions are filed by their field (sprintUpdated ...), tenant and followed id. */
const topicKey = (field: string, tenantId: string, topic: string) => `${field}|${tenantId}|${topic}`;

class Group {
  readonly subscribers = new Set<Sink>();
  /** Events waiting to be resolved, by what they say (coalesceKey), in arrival order. */
  readonly pending = new Map<string, Published>();
  running = false;

  constructor(
    readonly op: LiveOperation,
    /** The first subscriber's: the group's members share its permissions, all a read depends on. */
    readonly context: RouterContext,
  ) {}
}

/** One subscriber's results: an async iterator with a bounded queue. */
class Sink implements AsyncIterableIterator<FormattedExecutionResult> {
  private readonly queue: FormattedExecutionResult[] = [];
  private waiter: ((result: IteratorResult<FormattedExecutionResult>) => void) | null = null;
  private ending = false;
  private done = false;

  constructor(private readonly onDone: () => void) {}

  push(result: FormattedExecutionResult) {
    if (this.ending || this.done) return;
    if (this.waiter) {
      const resolve = this.waiter;
      this.waiter = null;
      return resolve({ value: result, done: false });
    }
    this.queue.push(result);
    if (this.queue.length > MAX_WAITING) this.queue.shift();
  }

  /** Ends the stream once what is queued has been taken. */
  end() {
    if (this.ending) return;
    this.ending = true;
    this.onDone();
    if (!this.queue.length) this.finish();
  }

  async next(): Promise<IteratorResult<FormattedExecutionResult>> {
    if (this.queue.length) {
      const value = this.queue.shift()!;
      if (this.ending && !this.queue.length) this.done = true;
      return { value, done: false };
    }
    if (this.done || this.ending) return this.finish();
    return new Promise((resolve) => (this.waiter = resolve));
  }

  async return(): Promise<IteratorResult<FormattedExecutionResult>> {
    this.queue.length = 0;
    if (!this.ending) {
      this.ending = true;
      this.onDone();
    }
    return this.finish();
  }

  private finish(): IteratorResult<FormattedExecutionResult> {
    this.done = true;
    const waiter = this.waiter;
    this.waiter = null;
    waiter?.({ value: undefined, done: true });
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}
