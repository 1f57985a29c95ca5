import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import postgres from 'postgres';
import { freePort } from '@sprint-reports/testing';
import { createJobRunner, InProcessJobRunner } from '../src/jobs.ts';
import { createLogger } from '../src/logger.ts';

const log = createLogger('silent');

describe('in-process job runner', () => {
  test('runs queued jobs with bounded concurrency and reports idle', async () => {
    const jobs = new InProcessJobRunner(log);
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    const gates: (() => void)[] = [];
    jobs.handle<number>(
      'work',
      async (n) => {
        running++;
        peak = Math.max(peak, running);
        await new Promise<void>((resolve) => gates.push(resolve));
        running--;
        done.push(n);
      },
      { concurrency: 2 },
    );
    for (const n of [1, 2, 3, 4]) await jobs.enqueue('work', n);
    expect(gates).toHaveLength(2);
    while (gates.length) gates.shift()!();
    // Each release lets the next job start; release until all four ran.
    for (let i = 0; i < 10 && done.length < 4; i++) {
      await new Promise((r) => setImmediate(r));
      while (gates.length) gates.shift()!();
    }
    await jobs.idle();
    expect(done.sort()).toEqual([1, 2, 3, 4]);
    expect(peak).toBe(2);
    await jobs.close();
  });

  test('a job id still waiting is not queued twice; close aborts running jobs', async () => {
    const jobs = new InProcessJobRunner(log);
    await jobs.enqueue('later', 'a', { jobId: 'x' });
    await jobs.enqueue('later', 'b', { jobId: 'x' });
    const seen: string[] = [];
    let aborted = false;
    jobs.handle<string>('later', async (d, { signal }) => {
      seen.push(d);
      await new Promise<void>((resolve) => signal.addEventListener('abort', () => ((aborted = true), resolve())));
    });
    expect(seen).toEqual(['a']);
    await jobs.close();
    expect(aborted).toBe(true);
  });
});

describe('schedules', () => {
  test('a repeated job runs again and again under its schedule id until unrepeated; re-scheduling replaces it', async () => {
    const jobs = new InProcessJobRunner(log);
    const runs: string[] = [];
    jobs.handle<{ tag: string }>('tick', async ({ tag }) => void runs.push(tag));
    const settled = (n: number) =>
      new Promise<void>((resolve) => {
        let seen = 0;
        const on = () => ++seen === n && (jobs.events.off('settled', on), resolve());
        jobs.events.on('settled', on);
      });
    const three = settled(3);
    await jobs.repeat('tick', 'conn-1', 5, { tag: 'old' });
    await jobs.repeat('tick', 'conn-1', 5, { tag: 'new' });
    await three;
    expect(new Set(runs)).toEqual(new Set(['new']));
    await jobs.unrepeat('tick', 'conn-1');
    await jobs.idle();
    const count = runs.length;
    await jobs.enqueue('tick', { tag: 'manual' });
    await jobs.idle();
    // Nothing ticks any more: only the job queued by hand ran.
    expect(runs.slice(count)).toEqual(['manual']);
    await jobs.close();
  });
});

describe.skipIf(!process.env.REDIS_URL)('BullMQ job runner (Redis)', () => {
  test('a job queued by one runner runs in another process’s worker, once per job id', async () => {
    const prefix = `sr-test-${randomUUID()}`;
    const producer = createJobRunner({ redisUrl: process.env.REDIS_URL, log, prefix });
    const worker = createJobRunner({ redisUrl: process.env.REDIS_URL, log, prefix });
    expect(worker.kind).toBe('bullmq');
    const received = new Promise<unknown>((resolve) => worker.handle('ping', async (data) => resolve(data)));
    await producer.enqueue('ping', { hello: 'world' }, { jobId: 'one' });
    expect(await received).toEqual({ hello: 'world' });
    await producer.close();
    await worker.close();
  });
});

describe('a job that fails because the database is away', () => {
  /** A real connection error: postgres.js connecting to a port nothing listens on (ECONNREFUSED). */
  async function queryAbsentDatabase() {
    const sql = postgres(`postgres://nobody@127.0.0.1:${await freePort()}/none`, { max: 1, onnotice: () => {} });
    try {
      await sql`select 1`;
    } finally {
      await sql.end({ timeout: 1 });
    }
  }
  const settledOnce = (jobs: { events: import('node:events').EventEmitter }) =>
    new Promise<{ error?: string }>((resolve) => jobs.events.once('settled', resolve));

  const runners = [
    ['in-process', () => new InProcessJobRunner(log)] as const,
    ...(process.env.REDIS_URL ? [['BullMQ', () => createJobRunner({ redisUrl: process.env.REDIS_URL, log, prefix: `sr-test-${randomUUID()}` })] as const] : []),
  ];
  for (const [kind, make] of runners) {
    test(`${kind}: runs again after a backoff, and succeeds once the database answers; any other failure is final at once`, async () => {
      const jobs = make();
      try {
        const attempts = { outage: 0, bug: 0 };
        jobs.handle('outage', async () => {
          if (attempts.outage++ === 0) await queryAbsentDatabase();
        });
        jobs.handle('bug', async () => {
          attempts.bug++;
          throw new Error('a bug');
        });
        const outage = settledOnce(jobs);
        await jobs.enqueue('outage', {});
        expect(await outage).not.toHaveProperty('error', expect.anything());
        expect(attempts.outage).toBe(2);
        const bug = settledOnce(jobs);
        await jobs.enqueue('bug', {});
        expect(await bug).toMatchObject({ error: 'a bug' });
        expect(attempts.bug).toBe(1);
      } finally {
        await jobs.close();
      }
    });
  }
});
