/**
 * `npm run bench [-- --requests N --connections C]`: the dashboard query (tests/dashboard.graphql)
 * against the whole product started in this process (router + six subgraphs, demo data seeded).
 *
 * Database: PostgreSQL when DATABASE_URL is set (migrated and seeded if empty), else PGlite in a
 * fresh temporary folder, removed afterwards (./.data is never touched).
 *
 * The load generator (autocannon) runs in a child process, so it does not compete with the router
 * for this process's event loop and the RSS printed is the router's own. Each phase is bracketed
 * by a handshake with this process, which reads the SQL statement counter before and after it.
 *
 * CPU per request: process.cpuUsage() of this process (the whole product, and with PGlite the
 * database too; the load client is another process) over a phase, divided by its requests.
 *
 * Exits non-zero when any response carries GraphQL errors, is not a 2xx, or fails to arrive.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const DASHBOARD = fs.readFileSync(new URL('../tests/dashboard.graphql', import.meta.url), 'utf8');
const CLIENT_FLAG = '--load-client';
const WARMUP_REQUESTS = 20;
const SEQUENTIAL_REQUESTS = 50;

interface Plan {
  /** The demo manager's access token: every request is signed in, as a dashboard's would be. */
  token: string;
  url: string;
  boardIds: string[];
  requests: number;
  connections: number;
}

/** Messages from the load client: a phase boundary to acknowledge, or the final figures. */
type ClientMessage = { mark: string } | { result: ClientResult } | { failure: string };

interface ClientResult {
  warmupGraphqlErrors: number;
  sequential: { latencies: number[]; graphqlErrors: number; failed: number };
  load: {
    completed: number;
    seconds: number;
    latencies: number[];
    errors: number;
    timeouts: number;
    non2xx: number;
    graphqlErrors: number;
  };
}

const body = (boardId: string) => JSON.stringify({ query: DASHBOARD, variables: { boardId } });
const hasErrors = (text: string) => text.includes('"errors":[');

/** Nearest-rank percentile of a list of milliseconds. */
function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
/** CPU time (user + system) between two phase boundaries, in ms. */
const cpuMsBetween = (cpu: Map<string, NodeJS.CpuUsage>, from: string, to: string) => {
  const a = cpu.get(from)!;
  const b = cpu.get(to)!;
  return (b.user - a.user + b.system - a.system) / 1000;
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

// ---------------------------------------------------------------------------------------------
// The load client (child process).

/** The part of autocannon 8's API used here (the package ships no types). */
interface AutocannonInstance {
  on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
}
interface AutocannonSummary {
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
}
type Autocannon = (
  opts: {
    url: string;
    connections: number;
    amount: number;
    timeout: number;
    requests: { method: 'POST'; path: string; headers: Record<string, string>; body: string }[];
    verifyBody: (body: string) => boolean;
  },
  done: (err: Error | null, result: AutocannonSummary) => void,
) => AutocannonInstance;

async function runClient() {
  const plan = await new Promise<Plan>((resolve) => process.once('message', (m) => resolve(m as Plan)));
  const send = (m: ClientMessage) => process.send!(m);
  const acks = new Map<string, () => void>();
  process.on('message', (m) => {
    const ack = (m as { ack?: string }).ack;
    if (ack) acks.get(ack)?.();
  });
  const mark = (name: string) =>
    new Promise<void>((resolve) => {
      acks.set(name, resolve);
      send({ mark: name });
    });
  const post = async (boardId: string) => {
    const res = await fetch(plan.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${plan.token}` },
      body: body(boardId),
    });
    const text = await res.text();
    return { ok: res.ok, graphqlErrors: hasErrors(text) };
  };

  let warmupGraphqlErrors = 0;
  for (let i = 0; i < WARMUP_REQUESTS; i++) if ((await post(plan.boardIds[i % plan.boardIds.length])).graphqlErrors) warmupGraphqlErrors++;

  // One client, one request at a time.
  const sequential = { latencies: [] as number[], graphqlErrors: 0, failed: 0 };
  await mark('sequential-start');
  for (let i = 0; i < SEQUENTIAL_REQUESTS; i++) {
    const started = performance.now();
    const r = await post(plan.boardIds[i % plan.boardIds.length]);
    sequential.latencies.push(performance.now() - started);
    if (r.graphqlErrors) sequential.graphqlErrors++;
    if (!r.ok) sequential.failed++;
  }
  await mark('sequential-end');

  // Concurrent load: `connections` keep-alive connections, each cycling through the boards.
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  const latencies: number[] = [];
  let graphqlErrors = 0;
  await mark('load-start');
  const started = performance.now();
  const summary = await new Promise<AutocannonSummary>((resolve, reject) => {
    const instance = autocannon(
      {
        url: plan.url,
        connections: plan.connections,
        amount: plan.requests,
        timeout: 30,
        requests: plan.boardIds.map((id) => ({
          method: 'POST',
          path: new URL(plan.url).pathname,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${plan.token}` },
          body: body(id),
        })),
        verifyBody: (text) => {
          if (!hasErrors(text)) return true;
          graphqlErrors++;
          return false;
        },
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
  const seconds = (performance.now() - started) / 1000;
  await mark('load-end');

  send({
    result: {
      warmupGraphqlErrors,
      sequential,
      load: { completed: latencies.length, seconds, latencies, errors: summary.errors, timeouts: summary.timeouts, non2xx: summary.non2xx, graphqlErrors },
    },
  });
}

// ---------------------------------------------------------------------------------------------
// The benchmark (this process: the product, the statement counter, the report).

async function runBench() {
  const { values } = parseArgs({
    options: { requests: { type: 'string', default: '500' }, connections: { type: 'string', default: '10' } },
  });
  const requests = Number(values.requests);
  const connections = Number(values.connections);
  if (!Number.isInteger(requests) || requests < 1) throw new Error(`--requests must be a positive integer, got "${values.requests}"`);
  if (!Number.isInteger(connections) || connections < 1) throw new Error(`--connections must be a positive integer, got "${values.connections}"`);

  const { createLogger, loadConfig } = await import('@sprint-reports/core');
  const { startWithDemo } = await import('@sprint-reports/demo');

  const base = loadConfig();
  const tempDir = base.databaseUrl ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'sprint-reports-bench-'));
  // The load is one user's: above the per-user rate limit a real client would be throttled (429).
  const config = { ...base, dataDir: tempDir ?? base.dataDir, rateLimitPerMinute: Math.max(base.rateLimitPerMinute, 1_000_000) };
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn');

  console.log('Sprint Reports: dashboard benchmark');
  const startedAt = performance.now();
  const app = await startWithDemo(config, { port: 0, host: '127.0.0.1', log }).catch((err) => {
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
    throw err;
  });
  const startupMs = performance.now() - startedAt;
  const url = `http://127.0.0.1:${app.router.port}/graphql`;
  let child: ChildProcess | undefined;
  let failed = false;

  try {
    const where = app.database.kind === 'postgres' ? (({ host, pathname }) => `${host}${pathname}`)(new URL(base.databaseUrl!)) : `temporary folder ${tempDir}`;
    const remote = Object.keys(config.subgraphUrls);
    console.log(`  database               ${app.database.kind} (${where})`);
    console.log(`  subgraphs              ${remote.length ? `over HTTP: ${remote.join(', ')}; the rest in-process` : 'all six in-process'}`);
    console.log(`  start-up               ${(startupMs / 1000).toFixed(1)} s (migrations, demo data when missing, router)`);

    let token = '';
    const post = async (query: string, variables: Record<string, unknown> = {}) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
        body: JSON.stringify({ query, variables }),
      });
      const text = await res.text();
      return { status: res.status, text, json: JSON.parse(text) as { data?: any; errors?: { message: string }[] } };
    };

    const signIn = await post('mutation { login(email: "manager@demo.test", password: "demo") { accessToken } }');
    token = signIn.json.data?.login?.accessToken;
    if (!token) throw new Error(`could not sign in as the demo manager: ${signIn.text.slice(0, 500)}`);
    console.log(`  signed in as           manager@demo.test (every request carries the access token)`);
    const boards = await post('{ boards { id name } }');
    const boardIds: string[] = (boards.json.data?.boards ?? []).map((b: { id: string }) => b.id);
    if (boards.json.errors?.length || !boardIds.length) throw new Error(`no boards to query: ${boards.text.slice(0, 500)}`);

    // Check a response per board before measuring anything.
    let sampleBytes = 0;
    let sampleStatements = 0;
    for (const boardId of boardIds) {
      const before = app.database.statements.count;
      const sample = await post(DASHBOARD, { boardId });
      sampleStatements = app.database.statements.count - before;
      sampleBytes = Math.max(sampleBytes, Buffer.byteLength(sample.text));
      if (sample.status !== 200 || sample.json.errors?.length || !sample.json.data?.board) {
        console.error(`The dashboard query failed for board ${boardId} (HTTP ${sample.status}):`);
        for (const e of sample.json.errors ?? []) console.error(`  - ${e.message}`);
        failed = true;
        return;
      }
    }
    const board = (await post(DASHBOARD, { boardId: boardIds[0] })).json.data.board;
    const issues = board.sprints.reduce((n: number, s: { issues: unknown[] }) => n + s.issues.length, 0);
    console.log(
      `  boards                 ${boardIds.length}, rotated (a board: ${board.sprints.length} sprints, ${issues} issues; response up to ${(sampleBytes / 1024).toFixed(0)} KB)`,
    );
    console.log(`  SQL per dashboard      ${sampleStatements} statements (one request alone)`);

    // The load client, in its own process.
    const counts = new Map<string, number>();
    // The product's CPU (user + system, all its threads) at each phase boundary: this process is the product.
    const cpu = new Map<string, NodeJS.CpuUsage>();
    // With PGlite the database runs in this process too, and its work is in the figure.
    const cpuScope = `(this process: the router, ${remote.length ? 'its in-process subgraphs (not those over HTTP)' : 'the six subgraphs'}${app.database.kind === 'pglite' ? ' and the database, PGlite' : ''})`;
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
    const entry = fileURLToPath(import.meta.url);
    const result = await new Promise<ClientResult>((resolve, reject) => {
      child = fork(entry, [CLIENT_FLAG], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      child.on('message', (message) => {
        const m = message as ClientMessage;
        if ('mark' in m) {
          counts.set(m.mark, app.database.statements.count);
          cpu.set(m.mark, process.cpuUsage());
          child!.send({ ack: m.mark });
        } else if ('result' in m) resolve(m.result);
        else reject(new Error(m.failure));
      });
      child.on('exit', (code) => reject(new Error(`the load client exited with code ${code} before reporting`)));
      child.on('error', reject);
      child.send({ url, token, boardIds, requests, connections } satisfies Plan);
    });
    clearInterval(sampler);
    const rssAfter = process.memoryUsage().rss;

    const seq = result.sequential;
    const seqStatements = (counts.get('sequential-end')! - counts.get('sequential-start')!) / SEQUENTIAL_REQUESTS;
    console.log(`\nOne client, ${SEQUENTIAL_REQUESTS} requests in sequence (after ${WARMUP_REQUESTS} warm-up requests)`);
    console.log(
      `  latency                p50 ${ms(percentile(seq.latencies, 50))}, p90 ${ms(percentile(seq.latencies, 90))}, p99 ${ms(percentile(seq.latencies, 99))}`,
    );
    console.log(`  SQL per request        ${seqStatements.toFixed(1)} statements`);
    console.log(`  CPU per request        ${ms(cpuMsBetween(cpu, 'sequential-start', 'sequential-end') / SEQUENTIAL_REQUESTS)} ${cpuScope}`);

    const load = result.load;
    const loadStatements = (counts.get('load-end')! - counts.get('load-start')!) / Math.max(1, load.completed);
    console.log(`\nLoad: ${requests} requests over ${connections} connections (autocannon)`);
    console.log(`  requests/s             ${(load.completed / load.seconds).toFixed(1)} (${load.completed} in ${load.seconds.toFixed(2)} s)`);
    console.log(
      `  latency                p50 ${ms(percentile(load.latencies, 50))}, p90 ${ms(percentile(load.latencies, 90))}, p99 ${ms(percentile(load.latencies, 99))}`,
    );
    console.log(`  failures               ${load.errors} errors, ${load.timeouts} timeouts, ${load.non2xx} non-2xx, ${load.graphqlErrors} with GraphQL errors`);
    console.log(`  SQL per request        ${loadStatements.toFixed(1)} statements`);
    console.log(`  CPU per request        ${ms(cpuMsBetween(cpu, 'load-start', 'load-end') / Math.max(1, load.completed))} ${cpuScope}`);
    console.log(`  router process RSS     ${mb(rssBefore)} before, ${mb(peakRss)} at peak, ${mb(rssAfter)} after`);

    const graphqlErrors = result.warmupGraphqlErrors + seq.graphqlErrors + load.graphqlErrors;
    if (graphqlErrors || seq.failed || load.errors || load.timeouts || load.non2xx || load.completed < requests) {
      console.error(
        `\nFAILED: ${graphqlErrors} responses with GraphQL errors, ${seq.failed + load.non2xx} non-2xx, ${load.errors + load.timeouts} errors or timeouts, ${load.completed}/${requests} load requests completed`,
      );
      failed = true;
    }
  } finally {
    if (child && child.exitCode === null) child.kill();
    await app.stop();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
    process.exitCode = failed ? 1 : 0;
  }
}

if (process.argv.includes(CLIENT_FLAG)) {
  runClient().then(
    () => process.disconnect?.(),
    (err) => {
      process.send?.({ failure: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies ClientMessage);
      process.exitCode = 1;
      process.disconnect?.();
    },
  );
} else {
  runBench().catch((err) => {
    console.error(`bench failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
