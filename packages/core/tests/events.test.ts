import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Redis } from 'ioredis';
import { startTestRedis, type TestRedis } from '@sprint-reports/testing';
import { createEventBus, InProcessEventBus, MAX_ISSUES_PER_EVENT, type EventBus, type LiveEvent, type Published } from '../src/events.ts';
import { createLogger } from '../src/logger.ts';

const log = createLogger('silent');
const tenantId = randomUUID();
const analysis = (sprintId: string, boardId = 'b1'): LiveEvent => ({ type: 'SPRINT_ANALYSIS_UPDATED', tenantId, boardId, sprintId });
const issues = (issueIds: string[]): LiveEvent => ({ type: 'ISSUES_UPDATED', tenantId, boardId: 'b1', issueIds });

/** Collects what a bus delivers; `take(n)` resolves with the first n. */
function listen(bus: EventBus) {
  const got: Published[] = [];
  const waiters: (() => void)[] = [];
  bus.subscribe((e) => {
    got.push(e);
    waiters.splice(0).forEach((w) => w());
  });
  return {
    got,
    async take(n: number) {
      while (got.length < n) await new Promise<void>((resolve) => waiters.push(resolve));
      return got.slice(0, n);
    },
  };
}

describe('coalescing (in-process bus)', () => {
  test('a lone event goes out at once; a burst of the same becomes the first and one merged', async () => {
    const bus = new InProcessEventBus({ log, coalesceMs: 60_000 });
    const seen = listen(bus);
    await bus.publish(analysis('s1'));
    expect((await seen.take(1)).map((e) => e.type)).toEqual(['SPRINT_ANALYSIS_UPDATED']);
    for (let i = 0; i < 500; i++) await bus.publish(analysis('s1'));
    await bus.publish(analysis('s2')); // another sprint: its own key, out at once
    await bus.flush();
    expect(seen.got.map((e) => (e as { sprintId: string }).sprintId)).toEqual(['s1', 's2', 's1']);
    await bus.close();
  });

  test("issue ids of one board's burst add up", async () => {
    const bus = new InProcessEventBus({ log, coalesceMs: 60_000 });
    const seen = listen(bus);
    await bus.publish(issues(['a']));
    await bus.publish(issues(['b', 'c']));
    await bus.publish(issues(['c', 'd']));
    await bus.flush();
    expect(seen.got.map((e) => (e as { issueIds: string[] }).issueIds)).toEqual([['a'], ['b', 'c', 'd']]);
    await bus.close();
  });

  test('merged issue ids stop at MAX_ISSUES_PER_EVENT: a burst past it goes out in full events', async () => {
    const bus = new InProcessEventBus({ log, coalesceMs: 60_000 });
    const seen = listen(bus);
    const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => `i${from + i}`);
    await bus.publish(issues(ids(0, 1)));
    for (let page = 0; page < 7; page++) await bus.publish(issues(ids(1 + page * 100, 100)));
    await bus.flush();
    expect(seen.got.map((e) => (e as { issueIds: string[] }).issueIds.length)).toEqual([1, MAX_ISSUES_PER_EVENT, 200]);
    await bus.close();
  });
});

describe.runIf(!!process.env.REDIS_URL)('Redis bus', () => {
  let redis: TestRedis;
  const buses: EventBus[] = [];
  const bus = (prefix: string) => {
    const b = createEventBus({ redisUrl: redis.url, log, prefix, coalesceMs: 0 });
    buses.push(b);
    return b;
  };
  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    await Promise.all(buses.map((b) => b.close()));
    await redis?.stop();
  });

  test('every subscribing process gets every event, in order; other prefixes get none', async () => {
    const prefix = randomUUID();
    const [a, b, other] = [bus(prefix), bus(prefix), bus(randomUUID())];
    const [seenA, seenB, seenOther] = [listen(a), listen(b), listen(other)];
    await Promise.all([a.ready(), b.ready(), other.ready()]);
    for (const s of ['s1', 's2', 's3']) await a.publish(analysis(s));
    const ids = (events: Published[]) => events.map((e) => (e as { sprintId: string }).sprintId);
    expect(ids(await seenA.take(3))).toEqual(['s1', 's2', 's3']);
    expect(ids(await seenB.take(3))).toEqual(['s1', 's2', 's3']);
    expect(seenOther.got).toEqual([]);
  });

  test('a reader whose connection drops reads what was published meanwhile (at least once)', async () => {
    const prefix = randomUUID();
    const [publisher, reader] = [bus(prefix), bus(prefix)];
    const seen = listen(reader);
    await reader.ready();
    await publisher.publish(analysis('before'));
    await seen.take(1);
    // Cut the reader's connections server-side (a network blip): it reconnects and reads on from where it was.
    const admin = new Redis(redis.url);
    const clients = String(await admin.client('LIST'))
      .split('\n')
      .filter((l) => l.includes('cmd=xread'));
    expect(clients.length).toBeGreaterThan(0);
    for (const line of clients) await admin.client('KILL', 'ID', /id=(\d+)/.exec(line)![1]);
    await publisher.publish(analysis('during'));
    await publisher.flush();
    expect((await seen.take(2)).map((e) => (e as { sprintId: string }).sprintId)).toEqual(['before', 'during']);
    admin.disconnect();
  });

  test('after a Redis restart, events flow again, including those published while it was down', async () => {
    const prefix = randomUUID();
    const [publisher, reader] = [bus(prefix), bus(prefix)];
    const seen = listen(reader);
    await reader.ready();
    await publisher.publish(analysis('before'));
    // Written (Redis answered the publisher): killed any earlier, the publisher would send it again
    // after the restart, and it would arrive twice; at least once, as documented.
    await publisher.flush();
    await seen.take(1);
    await redis.kill();
    await publisher.publish(analysis('while-down')); // held by the publisher until Redis is back
    await redis.start();
    await publisher.publish(analysis('after'));
    expect((await seen.take(3)).map((e) => (e as { sprintId: string }).sprintId)).toEqual(['before', 'while-down', 'after']);
  });
});
