/**
 * `npm run bench:live [-- --subscribers 2000 --events 20 --webhooks 10 --gap 300 --redis]`: live
 * subscriptions on ONE router. Prints figures; asserts nothing about speed (exits non-zero only on
 * errors: a subscription refused or failing, a socket closed under it, a missing delivery, a
 * mutation or webhook that fails).
 *
 * Part 1, fan-out: `--subscribers` (2,000) graphql-ws clients, each its own WebSocket signed in as
 * the demo manager, follow `capacityUpdated` of one demo team; `--events` (20) times a real change
 * (setTeamCapacity over HTTP, focusFactor alternating 0.7 / 0.8) is made and every subscriber must
 * receive it before the next. Latency per delivery is `receivedAt − payload.at` (the event's
 * publication, the router's clock: the same machine's); also timed, the mutation's HTTP send to the
 * last subscriber receiving. Target: p99 < 200 ms.
 * Part 2, webhook to dashboard: one subscriber to `sprintAnalysisUpdated` of a board with an active
 * sprint; `--webhooks` (10) times a JIRA webhook moves an issue of the sprint to Done or back, and
 * the time from the webhook's POST to the analysis update that shows it is taken (bar: < 1 s).
 *
 * - The router runs as its own child process (`node --import tsx tools/demo/src/main.ts`, one pid), so
 *   its RSS (VmRSS from /proc) is its own: before subscribers, with all subscribed, after the
 *   events. The clients live in this process, so their receiving (2,000 JSON messages per event on
 *   one event loop) is inside the latencies.
 * - Modes: default embedded (PGlite in a temporary DATA_DIR, in-process event bus, demo seeded);
 *   `--redis`: PostgreSQL (`sr_bench_live_<ts>`, created through DATABASE_URL, default
 *   postgres://root@127.0.0.1:5432/test used only as the admin connection, dropped at the end) and
 *   REDIS_URL (default redis://127.0.0.1:6379: BullMQ jobs, events through the Redis stream), under
 *   a REDIS_PREFIX of the run's own (the database's name).
 * - The router's per-user request limit (600 a minute by default) counts every subscribe: one user
 *   opening 2,000 would be refused after 600, so the router runs with RATE_LIMIT_PER_MINUTE far
 *   above what the bench sends (the limiter still counts every request), in the run's own keys.
 * - A client cannot tell when the router has taken its subscription (graphql-ws acknowledges none),
 *   so warm-up events are sent until every subscriber has received one; only then do the measured
 *   events start. A warm-up round ends when all have one or when deliveries stop for a second.
 * - Spacing: the bus merges events of one key published within 250 ms (core's coalescing: a burst
 *   of changes is one update), holding the later ones back. Each measured change is made at least
 *   `--gap` ms (300) after the previous event was published, so each is a lone event, delivered at
 *   once; `--gap 0` shows the coalescing in "mutation to last delivery".
 * - Part 2's JIRA: the demo's simulator lives inside the router's process and cannot be driven from
 *   here, so this process runs its own (a 1,000-issue site), connected through the API
 *   (createJiraConnection with a webhook secret, startSync, syncRun polled until SUCCEEDED), and
 *   sends its webhooks signed as JIRA would.
 * - Ctrl-C stops the router and still cleans up (the temporary folder, the database).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { percentiles } from '@sprint-reports/core';
import { cpuMsOf } from './sync-cpu.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_ADMIN_URL = 'postgres://root@127.0.0.1:5432/test';
const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
const TARGET_P99_MS = 200;
const WEBHOOK_BAR_MS = 1000;
/** How long every subscriber may take to receive one event before the bench fails. */
const DELIVERY_TIMEOUT_MS = 60_000;
/** A warm-up round ends this long after its last delivery (some subscriptions were not taken yet). */
const WARMUP_QUIET_MS = 1000;
const WARMUP_MAX_ROUNDS = 30;
const MANAGER = { email: 'manager@demo.test', password: 'demo' };
const ADMIN = { email: 'admin@demo.test', password: 'demo' };
const FOCUS = [0.7, 0.8];
const RATE_LIMIT = 1_000_000;

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => `${n < 10 ? n.toFixed(1) : n.toFixed(0)} ms`;
const sec = (n: number) => `${(n / 1000).toFixed(1)} s`;
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const pad = (label: string) => `  ${label.padEnd(24)}`;
/** Nearest rank, as core's percentiles (which stops at p95). */
const rank = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];

class BenchError extends Error {}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

/** VmRSS of a process, in kB. */
function rssKb(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!line) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(line[1]);
}

interface RouterProcess {
  child: ChildProcess;
  pid: number;
  url: string;
  wsUrl: string;
  startupMs: number;
  /** Its last log lines (shown when something fails), and the warnings and errors it logged. */
  recent: string[];
  problems: string[];
  exited: Promise<number | null>;
}

/** Router processes started, for an interrupt while one is starting. */
const spawned = new Set<ChildProcess>();

type LogEntry = { level?: number; msg?: string; err?: unknown };

/** Starts the router and waits for the line it logs once it listens: "Sprint Reports is running: open <url>". */
function startRouter(env: Record<string, string>): Promise<RouterProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'tools/demo/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  spawned.add(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const recent: string[] = [];
  const problems: string[] = [];
  return new Promise((resolve, reject) => {
    let ready = false;
    const timer = setTimeout(() => fail(new Error('the router did not start within 5 minutes')), 300_000);
    const fail = (err: Error) => {
      if (ready) return;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${err.message}\n${recent.join('\n')}`));
    };
    const onLine = (line: string) => {
      if (!line.trim()) return;
      recent.push(line.slice(0, 500));
      if (recent.length > 40) recent.shift();
      let entry: LogEntry | null = null;
      try {
        entry = JSON.parse(line) as LogEntry;
      } catch {
        /* not a log line (a stack trace, a warning from Node) */
      }
      if (ready && (!entry || (entry.level ?? 0) >= 40))
        problems.push(entry ? `${entry.msg}${entry.err ? `: ${JSON.stringify(entry.err)}` : ''}` : line.slice(0, 300));
      const url = entry?.msg && /is running: open (http:\/\/\S+)/.exec(entry.msg)?.[1];
      if (url && !ready) {
        ready = true;
        clearTimeout(timer);
        // It prints "localhost"; it listens on HOST (127.0.0.1), which "localhost" may not resolve to first.
        const port = new URL(url).port;
        resolve({
          child,
          pid: child.pid!,
          url: `http://127.0.0.1:${port}/graphql`,
          wsUrl: `ws://127.0.0.1:${port}/graphql`,
          startupMs: performance.now() - started,
          recent,
          problems,
          exited,
        });
      }
    };
    for (const stream of [child.stdout!, child.stderr!]) {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (text: string) => {
        const lines = (rest + text).split('\n');
        rest = lines.pop()!;
        lines.forEach(onLine);
      });
    }
    child.on('error', fail);
    void exited.then((code) => fail(new Error(`the router exited with code ${code} before it was ready`)));
  });
}

async function stopRouter(router: RouterProcess) {
  if (router.child.exitCode !== null || router.child.signalCode !== null) return;
  router.child.kill('SIGTERM');
  const timer = setTimeout(() => router.child.kill('SIGKILL'), 15_000);
  await router.exited;
  clearTimeout(timer);
}

/** GraphQL over HTTP as `token`; throws on GraphQL errors. */
async function gql<T>(url: string, token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length || !body.data)
    throw new BenchError(`${query.trim().split('\n')[0].slice(0, 60)}…: HTTP ${res.status}, ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

const login = async (url: string, who: { email: string; password: string }) =>
  (
    await gql<{ login: { accessToken: string } }>(url, null, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, {
      e: who.email,
      p: who.password,
    })
  ).login.accessToken;

/** A figure line of latencies: p50/p95/p99/max. */
function spread(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const { p50, p95 } = percentiles(sorted)!;
  return {
    p50,
    p95,
    p99: rank(sorted, 99),
    max: sorted[sorted.length - 1],
    text: `p50 ${ms(p50)}, p95 ${ms(p95)}, p99 ${ms(rank(sorted, 99))}, max ${ms(sorted[sorted.length - 1])}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Part 1: the fan-out.

const CAPACITY = /* GraphQL */ `
  subscription Capacity($team: ID!) {
    capacityUpdated(teamId: $team) { at team { id name } sprint { id name } }
  }
`;
const SET_FOCUS = /* GraphQL */ `
  mutation SetFocus($team: ID!, $focus: Float!) {
    setTeamCapacity(teamId: $team, input: { focusFactor: $focus }) { id focusFactor }
  }
`;

interface CapacityUpdate {
  at: string;
  team: { id: string; name: string };
  sprint: { id: string; name: string } | null;
}

/** One round: an event every subscriber must receive once. */
interface Round {
  /** The event's `at`, from its first delivery. */
  at: string | null;
  got: Uint8Array;
  count: number;
  latencies: number[];
  firstReceivedAt: number;
  lastReceivedAt: number;
  onDelivery(): void;
}

class Fanout {
  readonly clients: Client[] = [];
  /** Subscribers that have received any event: their subscription is taken. */
  readonly live: Uint8Array;
  liveCount = 0;
  acked = 0;
  round: Round | null = null;
  /** The `at` of the last event of a finished round: deliveries of it or older are repeats. */
  lastAt = 0;
  readonly failures: string[] = [];
  repeats = 0;
  strays = 0;
  private disposing = false;
  private onAck: (() => void) | null = null;
  private onFailure: ((err: Error) => void) | null = null;

  constructor(
    readonly size: number,
    private readonly wsUrl: string,
    private readonly token: string,
    private readonly teamId: string,
  ) {
    this.live = new Uint8Array(size);
  }

  private fail(message: string) {
    if (this.disposing) return;
    this.failures.push(message);
    this.onFailure?.(new BenchError(message));
  }

  /** Opens every socket at once (as after a router restart) and subscribes; resolves once all are signed in. */
  connect(): Promise<void> {
    const acked = new Promise<void>((resolve, reject) => {
      this.onAck = resolve;
      this.onFailure = reject;
    });
    for (let i = 0; i < this.size; i++) {
      const client = createClient({
        url: this.wsUrl,
        webSocketImpl: WebSocket,
        lazy: false,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${this.token}` },
        onNonLazyError: () => {}, // reported by `closed`
        on: {
          connected: () => {
            if (++this.acked === this.size) this.onAck?.();
          },
          closed: (event) => {
            const { code, reason } = event as { code: number; reason: string };
            this.fail(`subscriber ${i}: socket closed (${code} ${reason})`);
          },
        },
      });
      this.clients.push(client);
      client.subscribe<{ capacityUpdated: CapacityUpdate }>(
        { query: CAPACITY, variables: { team: this.teamId } },
        {
          next: (result) => this.deliver(i, result.data?.capacityUpdated, result.errors),
          error: (err) => this.fail(`subscriber ${i}: subscription failed: ${JSON.stringify(err)}`),
          complete: () => this.fail(`subscriber ${i}: subscription completed by the router`),
        },
      );
    }
    return acked;
  }

  private deliver(i: number, update: CapacityUpdate | undefined, errors: unknown) {
    const receivedAt = Date.now();
    if (errors || !update) return this.fail(`subscriber ${i}: a result with errors: ${JSON.stringify(errors ?? update)}`);
    if (update.team.id !== this.teamId || update.sprint !== null)
      return this.fail(`subscriber ${i}: an update of another team or of a sprint: ${JSON.stringify(update)}`);
    if (!this.live[i]) {
      this.live[i] = 1;
      this.liveCount++;
    }
    const at = Date.parse(update.at);
    if (at <= this.lastAt) return void this.repeats++;
    const round = this.round;
    if (!round) return void this.strays++;
    round.at ??= update.at;
    if (update.at !== round.at) return void this.strays++;
    if (round.got[i]) return void this.repeats++;
    round.got[i] = 1;
    round.count++;
    round.latencies.push(receivedAt - at);
    if (round.count === 1) round.firstReceivedAt = receivedAt;
    round.lastReceivedAt = receivedAt;
    round.onDelivery();
  }

  /**
   * Runs `trigger` and resolves with the round once `done(round)` holds, checked at each delivery;
   * `quietMs`: also resolves that long after the round's last delivery.
   */
  async run(trigger: () => Promise<void>, done: (round: Round) => boolean, quietMs?: number): Promise<Round> {
    let settle!: () => void;
    let quiet: NodeJS.Timeout | undefined;
    const round: Round = {
      at: null,
      got: new Uint8Array(this.size),
      count: 0,
      latencies: [],
      firstReceivedAt: 0,
      lastReceivedAt: 0,
      onDelivery: () => {
        if (done(round)) return settle();
        if (quietMs !== undefined) {
          clearTimeout(quiet);
          quiet = setTimeout(settle, quietMs);
        }
      },
    };
    const finished = new Promise<void>((resolve, reject) => {
      settle = resolve;
      this.onFailure = reject;
    });
    let timeout: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timeout = setTimeout(
        () =>
          reject(
            new BenchError(`${int(this.size - round.count)} of ${int(this.size)} subscribers did not receive the event within ${sec(DELIVERY_TIMEOUT_MS)}`),
          ),
        DELIVERY_TIMEOUT_MS,
      );
    });
    this.round = round;
    try {
      await trigger();
      // A warm-up event may reach none of the subscriptions yet: the round then ends as a quiet one.
      if (quietMs !== undefined && !round.count) quiet = setTimeout(settle, quietMs);
      await Promise.race([finished, timedOut]);
      return round;
    } finally {
      clearTimeout(timeout);
      clearTimeout(quiet);
      this.round = null;
      if (round.at) this.lastAt = Math.max(this.lastAt, Date.parse(round.at));
    }
  }

  async dispose() {
    this.disposing = true;
    await Promise.all(this.clients.map((c) => c.dispose()));
  }
}

/** Resolves once it is `gapMs` after `fromEpochMs` (spacing between events, not a synchronisation). */
const notBefore = (fromEpochMs: number, gapMs: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, fromEpochMs + gapMs - Date.now())));

async function partOne(router: RouterProcess, opts: { subscribers: number; events: number; gap: number }) {
  const manager = await login(router.url, MANAGER);
  const { teams } = await gql<{ teams: { id: string; name: string; members: { role: string; user: { email: string } }[] }[] }>(
    router.url,
    manager,
    `{ teams { id name members { role user { email } } } }`,
  );
  const team = teams.find((t) => t.members.some((m) => m.user.email === MANAGER.email && m.role === 'MANAGER')) ?? teams[0];
  if (!team) throw new BenchError('the demo has no team');
  let flip = 0;
  const change = async () => {
    const focus = FOCUS[flip++ % FOCUS.length];
    const { setTeamCapacity } = await gql<{ setTeamCapacity: { focusFactor: number } }>(router.url, manager, SET_FOCUS, { team: team.id, focus });
    if (setTeamCapacity.focusFactor !== focus) throw new BenchError(`setTeamCapacity answered focusFactor ${setTeamCapacity.focusFactor}, not ${focus}`);
  };

  console.log(`\nPart 1: one event fanned out to ${int(opts.subscribers)} subscribers (capacityUpdated of ${team.name})`);
  const rssBefore = rssKb(router.pid);
  const fanout = new Fanout(opts.subscribers, router.wsUrl, manager, team.id);
  const results: { sentAt: number; respondedAt: number; round: Round }[] = [];
  try {
    const connectStarted = performance.now();
    await fanout.connect();
    const ackedMs = performance.now() - connectStarted;

    // Warm-up: until every subscriber has received an event, i.e. every subscription is taken.
    let rounds = 0;
    let previousAt = 0;
    while (fanout.liveCount < opts.subscribers) {
      if (++rounds > WARMUP_MAX_ROUNDS)
        throw new BenchError(`after ${WARMUP_MAX_ROUNDS} warm-up events, ${int(opts.subscribers - fanout.liveCount)} subscribers still had none`);
      await notBefore(previousAt, opts.gap);
      const round = await fanout.run(change, () => fanout.liveCount === opts.subscribers, WARMUP_QUIET_MS);
      previousAt = round.at ? Date.parse(round.at) : Date.now();
    }
    const liveMs = performance.now() - connectStarted;
    // Late deliveries of warm-up events are no anomaly.
    fanout.repeats = fanout.strays = 0;
    const rssSubscribed = rssKb(router.pid);
    console.log(
      `${pad('connect')}${int(opts.subscribers)} sockets signed in (connection_ack) in ${sec(ackedMs)}; every subscription taken (a warm-up event received by each) after ${sec(liveMs)}, ${rounds} warm-up event${rounds === 1 ? '' : 's'}`,
    );

    const cpuBefore = cpuMsOf(router.pid);
    const measuredStarted = performance.now();
    for (let k = 0; k < opts.events; k++) {
      await notBefore(previousAt, opts.gap);
      let sentAt = 0;
      let respondedAt = 0;
      const round = await fanout.run(
        async () => {
          sentAt = Date.now();
          await change();
          respondedAt = Date.now();
        },
        (r) => r.count === opts.subscribers,
      );
      results.push({ sentAt, respondedAt, round });
      previousAt = Date.parse(round.at!);
    }
    const measuredMs = performance.now() - measuredStarted;
    const cpuAfter = cpuMsOf(router.pid);
    const rssAfter = rssKb(router.pid);

    const all = results.flatMap((r) => r.round.latencies);
    const latency = spread(all);
    const sendToLast = spread(results.map((r) => r.round.lastReceivedAt - r.sentAt));
    const response = spread(results.map((r) => r.respondedAt - r.sentAt));
    const publish = spread(results.map((r) => Date.parse(r.round.at!) - r.sentAt));
    console.log(
      `${pad('deliveries')}${int(all.length)} of ${int(opts.events * opts.subscribers)} (${opts.events} events × ${int(opts.subscribers)}), ${fanout.repeats} repeated, ${fanout.strays} unexpected`,
    );
    console.log(`${pad('delivery latency')}${latency.text} (receivedAt − payload.at, all deliveries)`);
    console.log(`${pad('per event max')}${results.map((r) => Math.max(...r.round.latencies).toFixed(0)).join(', ')} ms`);
    const first = spread(results.map((r) => r.round.firstReceivedAt - Date.parse(r.round.at!)));
    const window = spread(results.map((r) => r.round.lastReceivedAt - r.round.firstReceivedAt));
    console.log(
      `${pad('  first and last')}publication to the first subscriber p50 ${ms(first.p50)}, max ${ms(first.max)}; first to last subscriber p50 ${ms(window.p50)}, max ${ms(window.max)}`,
    );
    console.log(`${pad('mutation to last')}${sendToLast.text} (HTTP send of setTeamCapacity to the last subscriber receiving)`);
    console.log(`${pad('  of which')}mutation response ${response.text}; send to publication (payload.at) p50 ${ms(publish.p50)}, max ${ms(publish.max)}`);
    console.log(
      `${pad('router CPU')}${cpuBefore !== null && cpuAfter !== null ? `${sec(cpuAfter - cpuBefore)} over ${sec(measuredMs)} of measured events (${((cpuAfter - cpuBefore) / opts.events).toFixed(0)} ms per event)` : '?'}; ` +
        `machine: ${os.availableParallelism()} CPUs, load average ${loadAverage()} (other processes skew every figure here)`,
    );
    // RSS is what the process holds, garbage included: a collection of the start-up's (the demo's
    // sync) between two readings can outweigh what the subscribers add.
    const added = rssSubscribed - rssBefore;
    const each =
      added > 0
        ? `+${mb(added)}, ${(added / opts.subscribers).toFixed(0)} kB each`
        : `−${mb(-added)}: a garbage collection meanwhile, no per-subscriber figure`;
    console.log(
      `${pad('router RSS')}${mb(rssBefore)} before subscribers, ${mb(rssSubscribed)} with ${int(opts.subscribers)} subscribed (${each}), ${mb(rssAfter)} after the events`,
    );
    console.log(
      `${pad('against the target')}p99 ${ms(latency.p99)} of ${TARGET_P99_MS} ms: ${latency.p99 < TARGET_P99_MS ? 'PASS' : 'MISS'} (${((latency.p99 / TARGET_P99_MS) * 100).toFixed(0)} %)`,
    );
    if (fanout.failures.length) throw new BenchError(fanout.failures[0]);
  } finally {
    await fanout.dispose();
  }
}

// ---------------------------------------------------------------------------------------------
// Part 2: webhook to dashboard.

const DASHBOARD = /* GraphQL */ `
  subscription Dashboard($board: ID!) {
    sprintAnalysisUpdated(boardId: $board) { at board { name } sprint { id analysis { completedPoints } } }
  }
`;
interface AnalysisUpdate {
  at: string;
  sprint: { id: string; analysis: { completedPoints: number } | null };
}

async function partTwo(router: RouterProcess, opts: { webhooks: number; gap: number }) {
  const { startJiraSim, largeSite, sendWebhook, DEFAULT_CLOUD_AUTH } = await import('@sprint-reports/jira-sim');
  console.log(`\nPart 2: webhook to dashboard (sprintAnalysisUpdated, one subscriber)`);
  const admin = await login(router.url, ADMIN);
  const manager = await login(router.url, MANAGER);
  const sim = await startJiraSim({ site: largeSite({ issues: 1000, seed: 7 }), flavor: 'CLOUD' });
  let client: Client | undefined;
  try {
    type Boards = { boards: { id: string; name: string; sprints: { id: string; state: string }[] }[] };
    const before = new Set((await gql<Boards>(router.url, admin, `{ boards { id } }`)).boards.map((b) => b.id));
    const secret = randomBytes(16).toString('hex');
    const { createJiraConnection: connection } = await gql<{ createJiraConnection: { id: string; webhookPath: string } }>(
      router.url,
      admin,
      `mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id webhookPath } }`,
      {
        input: {
          name: 'bench:live simulator',
          baseUrl: sim.url,
          flavor: 'CLOUD',
          email: DEFAULT_CLOUD_AUTH.email,
          apiToken: DEFAULT_CLOUD_AUTH.apiToken,
          webhookSecret: secret,
          syncIntervalMinutes: 0,
        },
      },
    );
    const syncStarted = performance.now();
    const { startSync } = await gql<{ startSync: { id: string } }>(router.url, admin, `mutation($c: ID!) { startSync(connectionId: $c, full: true) { id } }`, {
      c: connection.id,
    });
    type Run = { syncRun: { status: string; issuesSynced: number; errors: string[] } };
    let run: Run['syncRun'];
    for (;;) {
      run = (await gql<Run>(router.url, admin, `query($id: ID!) { syncRun(id: $id) { status issuesSynced errors } }`, { id: startSync.id })).syncRun;
      if (run.status !== 'QUEUED' && run.status !== 'RUNNING') break;
      if (performance.now() - syncStarted > 300_000) throw new BenchError('the simulator sync did not finish within 5 minutes');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    if (run.status !== 'SUCCEEDED') throw new BenchError(`the simulator sync ended ${run.status}: ${run.errors.join('; ')}`);
    const board = (await gql<Boards>(router.url, admin, `{ boards { id name sprints { id state } } }`)).boards.find(
      (b) => !before.has(b.id) && b.sprints.some((s) => s.state === 'ACTIVE'),
    );
    if (!board) throw new BenchError('the simulator site synced no board with an active sprint');
    const sprintId = board.sprints.find((s) => s.state === 'ACTIVE')!.id;
    type SprintIssues = {
      sprint: { analysis: { completedPoints: number }; issues: { key: string; status: string; statusCategory: string; storyPoints: number | null }[] };
    };
    const { sprint } = await gql<SprintIssues>(
      router.url,
      manager,
      `query($id: ID!) { sprint(id: $id) { analysis { completedPoints } issues { key status statusCategory storyPoints } } }`,
      { id: sprintId },
    );
    const issue = sprint.issues.find((i) => i.statusCategory !== 'DONE' && (i.storyPoints ?? 0) > 0);
    if (!issue) throw new BenchError(`the active sprint of ${board.name} has no open estimated issue`);
    console.log(
      `${pad('JIRA')}a simulator in this process (${int(run.issuesSynced)} issues synced in ${sec(performance.now() - syncStarted)}); ${board.name}, ${issue.key} (${issue.storyPoints} points) moved between ${issue.status} and Done`,
    );

    // The dashboard.
    const updates: { receivedAt: number; update: AnalysisUpdate }[] = [];
    let notify: (() => void) | null = null;
    let broken: string | null = null;
    client = createClient({
      url: router.wsUrl,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${manager}` },
      onNonLazyError: () => {},
    });
    client.subscribe<{ sprintAnalysisUpdated: AnalysisUpdate }>(
      { query: DASHBOARD, variables: { board: board.id } },
      {
        next: (result) => {
          if (result.errors || !result.data) broken = `a result with errors: ${JSON.stringify(result.errors)}`;
          else updates.push({ receivedAt: Date.now(), update: result.data.sprintAnalysisUpdated });
          notify?.();
        },
        error: (err) => {
          broken = `the subscription failed: ${JSON.stringify(err)}`;
          notify?.();
        },
        complete: () => {},
      },
    );
    /** The first update from `from` on that shows `completed` points done in the sprint, or null after `timeoutMs`. */
    const shown = async (from: number, completed: number, timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (broken) throw new BenchError(broken);
        const found = updates.slice(from).find((u) => u.update.sprint.id === sprintId && u.update.sprint.analysis?.completedPoints === completed);
        if (found) return found;
        const left = deadline - Date.now();
        if (left <= 0) return null;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          notify = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    };

    const url = new URL(connection.webhookPath, router.url).toString();
    let done = false;
    let previousAt = 0;
    const times: { total: number; response: number; publish: number }[] = [];
    const toggle = async (timeoutMs: number) => {
      await notBefore(previousAt, opts.gap);
      done = !done;
      const completed = sprint.analysis.completedPoints + (done ? issue.storyPoints! : 0);
      const from = updates.length;
      const sentAt = Date.now();
      const status = await sendWebhook(url, sim.updateIssue(issue.key, { status: done ? 'Done' : issue.status }), secret);
      const respondedAt = Date.now();
      if (status !== 200) throw new BenchError(`the webhook answered HTTP ${status}`);
      const update = await shown(from, completed, timeoutMs);
      if (update) {
        previousAt = Date.parse(update.update.at);
        return { total: update.receivedAt - sentAt, response: respondedAt - sentAt, publish: previousAt - sentAt };
      }
      previousAt = Date.now();
      return null;
    };
    // Warm-up: the subscription is taken once an update arrives (as in part 1).
    let warm = 0;
    while (!(await toggle(10_000))) if (++warm >= 3) throw new BenchError('three webhooks brought no analysis update in 10 s each');
    for (let k = 0; k < opts.webhooks; k++) {
      const t = await toggle(DELIVERY_TIMEOUT_MS);
      if (!t) throw new BenchError(`webhook ${k + 1}: no analysis update showing it within ${sec(DELIVERY_TIMEOUT_MS)}`);
      times.push(t);
    }
    const total = spread(times.map((t) => t.total));
    console.log(
      `${pad('webhook to update')}p50 ${ms(total.p50)}, max ${ms(total.max)} (${times.length} webhooks: POST sent to the analysis update received; ${times.map((t) => t.total.toFixed(0)).join(', ')} ms)`,
    );
    console.log(
      `${pad('  of which')}webhook response p50 ${ms(spread(times.map((t) => t.response)).p50)}; POST to publication (payload.at) p50 ${ms(spread(times.map((t) => t.publish)).p50)}`,
    );
    console.log(
      `${pad('against the bar')}max ${ms(total.max)} of ${WEBHOOK_BAR_MS} ms: ${total.max < WEBHOOK_BAR_MS ? 'within' : 'OVER'}; ${updates.length} updates received in all`,
    );
  } finally {
    await client?.dispose();
    await sim.close();
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const { values } = parseArgs({
    options: {
      subscribers: { type: 'string', default: '2000' },
      events: { type: 'string', default: '20' },
      webhooks: { type: 'string', default: '10' },
      gap: { type: 'string', default: '300' },
      redis: { type: 'boolean', default: false },
    },
  });
  const positive = (name: 'subscribers' | 'events' | 'webhooks' | 'gap', zero = false) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < (zero ? 0 : 1))
      throw new BenchError(`--${name} must be a ${zero ? 'non-negative' : 'positive'} integer, got "${values[name]}"`);
    return n;
  };
  const subscribers = positive('subscribers');
  const events = positive('events');
  const webhooks = positive('webhooks');
  const gap = positive('gap', true);

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-bench-live-'));
  const adminUrl = process.env.DATABASE_URL || DEFAULT_ADMIN_URL;
  const redisUrl = process.env.REDIS_URL || DEFAULT_REDIS_URL;
  const dbName = `sr_bench_live_${Date.now()}`;
  const benchUrl = Object.assign(new URL(adminUrl), { pathname: `/${dbName}` }).toString();
  const admin = values.redis ? (await import('postgres')).default(adminUrl, { max: 1, onnotice: () => {} }) : undefined;

  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    // The benchmark's JIRA simulator listens on this machine.
    JIRA_ALLOW_PRIVATE_HOSTS: 'true',
    RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
    DATABASE_URL: values.redis ? benchUrl : '',
    REDIS_URL: values.redis ? redisUrl : '',
    // Its own jobs, events and rate limits in Redis: runs do not share counts or streams.
    REDIS_PREFIX: dbName,
  };
  const mode = values.redis ? `PostgreSQL ${new URL(benchUrl).host}/${dbName} and Redis ${new URL(redisUrl).host}` : 'embedded: PGlite, in-process event bus';
  console.log(`Sprint Reports: live subscriptions benchmark (${mode}; ${int(subscribers)} subscribers, ${events} events, ${webhooks} webhooks)`);
  console.log(`${pad('machine')}${os.availableParallelism()} CPUs, load average ${loadAverage()} (1 / 5 / 15 min) at the start`);

  let router: RouterProcess | undefined;
  let failed = false;
  let cleaning: Promise<void> | undefined;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      if (router) await stopRouter(router);
      else for (const child of spawned) child.kill('SIGKILL'); // still starting
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (admin) {
        await admin.unsafe(`drop database if exists "${dbName}" with (force)`).catch((err: Error) => console.error(`could not drop ${dbName}: ${err.message}`));
        await admin.end({ timeout: 5 });
      }
    })());
  let interrupted = false;
  process.once('SIGINT', () => {
    interrupted = true;
    console.error('\nInterrupted: stopping the router and cleaning up (Ctrl-C again to exit at once)');
    process.once('SIGINT', () => process.exit(130));
    void cleanUp().finally(() => process.exit(130));
  });
  try {
    if (admin) await admin.unsafe(`create database "${dbName}"`);
    router = await startRouter(env);
    console.log(
      `${pad('router')}pid ${router.pid} (node --import tsx tools/demo/src/main.ts), ${router.url}, ready in ${sec(router.startupMs)} (migrated, demo seeded)`,
    );
    await partOne(router, { subscribers, events, gap });
    await partTwo(router, { webhooks, gap });
  } catch (err) {
    failed = true;
    if (interrupted) return; // what failed was cut off by the cleanup
    console.error(`\nbench failed: ${err instanceof BenchError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    if (router) console.error(`the router's last log lines:\n${router.recent.join('\n')}`);
  } finally {
    if (router?.problems.length) {
      console.log(`\nThe router logged ${router.problems.length} warnings or errors while measured; the first:`);
      for (const p of router.problems.slice(0, 5)) console.log(`  ${p.slice(0, 300)}`);
    }
    await cleanUp();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(`bench failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
