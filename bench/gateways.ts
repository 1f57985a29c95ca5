/**
 * `npm run bench:gateways [-- --duration 5 --rounds 3 --connections 10 --warmup 3 --planner both --queries dashboard,mid,boards --own-postgres]`
 *
 * Our router against Hive Gateway, side by side, over the same six subgraph processes and the same
 * PostgreSQL database, with the demo data:
 * - "ours, split": router/src/main.ts as its own process, every subgraph over HTTP (*_SUBGRAPH_URL);
 * - "Hive + Rust planner": Hive Gateway 2.15.1 with @graphql-hive/router-runtime (bench/hive-gateway.config.ts);
 * - "Hive, JS planner": the same gateway with its own JavaScript planner;
 * - "ours, one process": tools/demo/src/main.ts (the product with the demo) with every subgraph in it (what `npm start` and `npm run bench` run).
 *
 * Database: a fresh database on the server of DATABASE_URL, else on postgres://postgres@127.0.0.1:5432
 * (--own-postgres: on a PostgreSQL cluster the bench starts for itself, as tests' startTestPostgres
 * does), migrated by the server's user and used by an application role (row-level security as in
 * production), dropped at the end. The demo is seeded by the one-process product's first start.
 *
 * Load: autocannon in a child process with `--connections` keep-alive connections. Each side and
 * query is warmed up for `--warmup` seconds, which gives its rate; each measurement then sends
 * rate × `--duration` requests, all of which complete (none is cut off in flight and counted as
 * CPU without a request), in `--rounds` rounds that alternate the sides (the order rotates each
 * round) so that noise hits every side alike. CPU per request per process: utime + stime from
 * /proc/<pid>/stat before and after each measurement, over the 2xx responses it got.
 *
 * Every request is the demo manager's, with their access token. Our router verifies it (ES256) and
 * signs the identity for each subgraph call; Hive Gateway verifies nothing and signs the same
 * identity per call (its config). Exits non-zero when a side answers with errors.
 */
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLIENT_FLAG = '--load-client';
const require = createRequire(import.meta.url);

const QUERIES = {
  dashboard: {
    title: 'the dashboard (tests/dashboard.graphql)',
    query: fs.readFileSync(new URL('../tests/dashboard.graphql', import.meta.url), 'utf8'),
    perBoard: true,
  },
  mid: {
    title: 'a mid query: a board, its team, its last 3 sprints with their issues and assignees (sprints + issues + users)',
    query: /* GraphQL */ `
      query SprintIssues($boardId: ID!) {
        board(id: $boardId) {
          id name
          team { id name members { user { id displayName } } }
          sprints(last: 3) {
            id name state startDate endDate
            issues { id key summary status storyPoints assignee { id displayName } }
          }
        }
      }`,
    perBoard: true,
  },
  boards: { title: '{ boards { id name } }', query: '{ boards { id name } }', perBoard: false },
} as const;
type QueryName = keyof typeof QUERIES;

const SUBGRAPHS = ['users', 'sprints', 'issues', 'capacity', 'queues', 'reports'] as const;

// ---------------------------------------------------------------------------------------------
// The load client (child process): one measurement per message.

interface LoadRun {
  url: string;
  headers: Record<string, string>;
  bodies: string[];
  /** Either a duration (warm-up) or a number of requests (measurements: none is cut off in flight, so the CPU read covers exactly the requests counted). */
  seconds?: number;
  amount?: number;
  connections: number;
}
interface LoadResult {
  completed: number;
  seconds: number;
  latencies: number[];
  errors: number;
  timeouts: number;
  non2xx: number;
  graphqlErrors: number;
  firstError?: string;
}

/** The part of autocannon 8's API used here (the package ships no types). */
interface AutocannonInstance {
  on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
}
type Autocannon = (
  opts: {
    url: string;
    connections: number;
    duration?: number;
    amount?: number;
    timeout: number;
    requests: { method: 'POST'; path: string; headers: Record<string, string>; body: string }[];
    verifyBody: (body: string) => boolean;
  },
  done: (err: Error | null, result: { errors: number; timeouts: number; non2xx: number }) => void,
) => AutocannonInstance;

const hasErrors = (text: string) => text.includes('"errors":[');

async function load(run: LoadRun): Promise<LoadResult> {
  const autocannon = require('autocannon') as Autocannon;
  const latencies: number[] = [];
  let graphqlErrors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const summary = await new Promise<{ errors: number; timeouts: number; non2xx: number }>((resolve, reject) => {
    const instance = autocannon(
      {
        url: run.url,
        connections: run.connections,
        ...(run.amount ? { amount: run.amount } : { duration: run.seconds }),
        timeout: 30,
        requests: run.bodies.map((body) => ({ method: 'POST', path: new URL(run.url).pathname, headers: run.headers, body })),
        verifyBody: (text) => {
          if (!hasErrors(text)) return true;
          graphqlErrors++;
          firstError ??= text.slice(0, 500);
          return false;
        },
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
  return { completed: latencies.length, seconds: (performance.now() - started) / 1000, latencies, ...summary, graphqlErrors, firstError };
}

function runClient() {
  process.on('message', (message) => {
    const { id, run } = message as { id: number; run: LoadRun };
    load(run).then(
      (result) => process.send!({ id, result }),
      (err: Error) => process.send!({ id, failure: err.stack ?? err.message }),
    );
  });
}

/** The parent's handle on the load client. */
function startClient() {
  const child = fork(fileURLToPath(import.meta.url), [CLIENT_FLAG], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let next = 0;
  const waiting = new Map<number, { resolve: (r: LoadResult) => void; reject: (e: Error) => void }>();
  child.on('message', (message) => {
    const m = message as { id: number; result?: LoadResult; failure?: string };
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.result) w?.resolve(m.result);
    else w?.reject(new Error(`the load client failed: ${m.failure}`));
  });
  child.on('exit', (code) => {
    for (const w of waiting.values()) w.reject(new Error(`the load client exited (${code})`));
    waiting.clear();
  });
  return {
    run: (run: LoadRun) =>
      new Promise<LoadResult>((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        child.send({ id, run });
      }),
    stop: () => void (child.connected && child.disconnect()),
  };
}

// ---------------------------------------------------------------------------------------------
// Processes and their CPU.

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time (user + system, all threads) a process has used so far, in ms. */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // After "pid (comm) ": state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

interface Started {
  name: string;
  child: ChildProcess;
  /** Its last output lines, for when it fails. */
  recent: string[];
  /** How many lines it printed (at LOG_LEVEL=warn: warnings and errors). */
  lines: number;
  stop(): Promise<void>;
}

/** `node <args>` from the repository root, output kept (the last lines) rather than printed. */
function startNode(name: string, args: string[], env: NodeJS.ProcessEnv): Started {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const recent: string[] = [];
  const p = { lines: 0 };
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.setEncoding('utf8');
    stream.on('data', (text: string) => {
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        recent.push(line.slice(0, 400));
        p.lines++;
      }
      recent.splice(0, Math.max(0, recent.length - 40));
    });
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name,
    child,
    recent,
    get lines() {
      return p.lines;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Resolves once `probe` succeeds; rejects when the process exits first or after `timeoutMs`. */
async function whenReady(p: Started, probe: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (p.child.exitCode !== null || p.child.signalCode !== null) {
      throw new Error(`${p.name} exited (${p.child.signalCode ?? p.child.exitCode}) before it was ready:\n  ${p.recent.join('\n  ')}`);
    }
    if (await probe().catch(() => false)) return;
    // Polling a port that is not yet open: there is no event to wait on from outside the process.
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${p.name} was not ready within ${timeoutMs / 1000} s:\n  ${p.recent.join('\n  ')}`);
}

const healthy = (base: string) => async () => (await fetch(`${base}/health`)).ok;

async function gql(url: string, token: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let json: { data?: any; errors?: { message: string }[] } = {};
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: reported below with its text.
  }
  return { status: res.status, text, json };
}

// ---------------------------------------------------------------------------------------------
// The benchmark.

interface Side {
  key: string;
  label: string;
  url: string;
  /** The processes whose CPU a request through this side costs; the first is the gateway (or the whole product). */
  processes: { name: string; pid: number }[];
}

interface Tally {
  completed: number;
  seconds: number;
  latencies: number[];
  cpu: Map<string, number>;
  errors: number;
  timeouts: number;
  non2xx: number;
  graphqlErrors: number;
  firstError?: string;
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
const ratio = (a: number, b: number) => (Number.isFinite(a / b) && b ? `${(a / b).toFixed(2)}×` : '-');
function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const version = (pkg: string) => (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
/** JSON with object keys sorted, to compare two sides' answers. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );

async function runBench() {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '5' },
      rounds: { type: 'string', default: '3' },
      connections: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      planner: { type: 'string', default: 'both' },
      queries: { type: 'string', default: 'dashboard,mid,boards' },
      'own-postgres': { type: 'boolean', default: false },
    },
  });
  const duration = Number(values.duration);
  const rounds = Number(values.rounds);
  const connections = Number(values.connections);
  const warmup = Number(values.warmup);
  if (!(duration > 0)) throw new Error(`--duration must be a positive number of seconds, got "${values.duration}"`);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a positive integer, got "${values.rounds}"`);
  if (!Number.isInteger(connections) || connections < 1) throw new Error(`--connections must be a positive integer, got "${values.connections}"`);
  if (!(warmup >= 1)) throw new Error(`--warmup must be at least 1 second (it measures the rate that sizes each round), got "${values.warmup}"`);
  if (!['rust', 'js', 'both'].includes(values.planner!)) throw new Error(`--planner must be rust, js or both, got "${values.planner}"`);
  const queryNames = values.queries!.split(',').map((q) => q.trim()) as QueryName[];
  for (const q of queryNames) if (!(q in QUERIES)) throw new Error(`--queries: unknown query "${q}" (known: ${Object.keys(QUERIES).join(', ')})`);
  const planners: ('rust' | 'js')[] = values.planner === 'both' ? ['rust', 'js'] : [values.planner as 'rust' | 'js'];

  const { createTestDatabase, freePort, startTestPostgres } = await import('@sprint-reports/testing');

  console.log('Sprint Reports: our router against Hive Gateway, side by side');
  console.log(
    `  machine                ${os.cpus().length} cores, Node ${process.version}, Hive Gateway ${version('@graphql-hive/gateway')}, @graphql-hive/router-runtime ${version('@graphql-hive/router-runtime')}`,
  );
  const setupStarted = performance.now();
  // A cluster of its own: the six subgraphs, two routers and Hive's subgraph calls use up to ~80
  // connections, which a server shared with running tests may not have to spare.
  const ownPostgres = values['own-postgres'] ? await startTestPostgres() : undefined;
  const server = ownPostgres?.url ?? (process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
  const database = await createTestDatabase(server).catch(async (err: Error) => {
    await ownPostgres?.destroy();
    throw new Error(
      `could not create a fresh database on ${new URL(server).host} (the user of DATABASE_URL must be allowed to CREATE DATABASE and roles): ${err.message}`,
    );
  });
  if (!database.url || !database.ownerUrl) throw new Error('bench:gateways needs PostgreSQL (DATABASE_URL or a server on 127.0.0.1:5432)');
  const dbName = new URL(database.ownerUrl).pathname.slice(1);
  // The bench's own handle is not used: only the processes below query the database.
  const started: Started[] = [];
  let client: ReturnType<typeof startClient> | undefined;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sprint-reports-gateways-'));
  let failed = false;
  const cleanUp = async () => {
    client?.stop();
    await Promise.all(started.map((p) => p.stop()));
    await database.close();
    await ownPostgres?.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const interrupted = () => void cleanUp().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  try {
    console.log(
      `  database               PostgreSQL ${new URL(server).host}${ownPostgres ? " (a cluster of the bench's own, fsync off, removed at the end)" : ''}, fresh database ${dbName} (dropped at the end)`,
    );
    const common: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      MIGRATION_DATABASE_URL: database.ownerUrl,
      INTERNAL_SECRET: randomBytes(32).toString('hex'),
      ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      REDIS_URL: '',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      // One user's load: far above the per-user limit a real client would meet (429).
      RATE_LIMIT_PER_MINUTE: '100000000',
      APOLLO_TELEMETRY_DISABLED: '1',
    };
    for (const name of SUBGRAPHS) delete common[`${name.toUpperCase()}_SUBGRAPH_URL`];

    // 1. Everything in one process: its first start migrates and seeds the demo.
    const onePort = await freePort();
    const one = startNode('ours, one process (tools/demo/src/main.ts)', ['--import', 'tsx', 'tools/demo/src/main.ts'], {
      ...common,
      PORT: String(onePort),
      DATA_DIR: dataDir,
      SEED_DEMO: 'true',
    });
    started.push(one);
    await whenReady(one, healthy(`http://127.0.0.1:${onePort}`), 600_000);

    // 2. The six subgraphs as processes, knowing each other's URLs; 3. our router in front of them.
    const ports = await Promise.all(SUBGRAPHS.map(() => freePort()));
    const urlEnv = Object.fromEntries(SUBGRAPHS.map((n, i) => [`${n.toUpperCase()}_SUBGRAPH_URL`, `http://127.0.0.1:${ports[i]}/graphql`]));
    const subgraphs = SUBGRAPHS.map((name, i) => {
      const p = startNode(`the ${name} subgraph process`, ['--import', 'tsx', `subgraphs/${name}/src/server.ts`], {
        ...common,
        ...urlEnv,
        PORT: String(ports[i]),
      });
      started.push(p);
      return p;
    });
    await Promise.all(subgraphs.map((p, i) => whenReady(p, healthy(`http://127.0.0.1:${ports[i]}`), 120_000)));
    const subgraphPids = SUBGRAPHS.map((name, i) => ({ name, pid: subgraphs[i].child.pid! }));
    const routerPort = await freePort();
    const router = startNode('our router (router/src/main.ts, subgraphs over HTTP)', ['--import', 'tsx', 'router/src/main.ts'], {
      ...common,
      ...urlEnv,
      PORT: String(routerPort),
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
    });
    started.push(router);
    await whenReady(router, healthy(`http://127.0.0.1:${routerPort}`), 120_000);

    const oneUrl = `http://127.0.0.1:${onePort}/graphql`;
    const routerUrl = `http://127.0.0.1:${routerPort}/graphql`;
    const signIn = await gql(routerUrl, '', 'mutation { login(email: "manager@demo.test", password: "demo") { accessToken } }');
    const token: string = signIn.json.data?.login?.accessToken;
    if (!token) throw new Error(`could not sign in as the demo manager: ${signIn.text.slice(0, 500)}`);
    // The identity our router forwards for this token (router/src/sign-in.ts), for Hive Gateway to sign.
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as {
      sub: string;
      tid: string;
      role: string;
      email: string;
      teams: Record<string, string>;
    };
    const identity = { kind: 'user', tenantId: claims.tid, userId: claims.sub, role: claims.role, email: claims.email, teams: claims.teams };

    // 4. Hive Gateway, once per planner.
    const sides: Side[] = [{ key: 'ours', label: 'ours, split', url: routerUrl, processes: [{ name: 'router', pid: router.child.pid! }, ...subgraphPids] }];
    const notes: string[] = [];
    for (const planner of planners) {
      const port = await freePort();
      const hive = startNode(
        `Hive Gateway (${planner} planner)`,
        [
          '--import',
          'tsx',
          require.resolve('@graphql-hive/gateway/package.json').replace(/package\.json$/, 'dist/bin.js'),
          'supergraph',
          'schema/supergraph.graphql',
          '-c',
          'bench/hive-gateway.config.ts',
          '--fork',
          '1',
          '--host',
          '127.0.0.1',
          '--port',
          String(port),
        ],
        { ...common, ...urlEnv, BENCH_HIVE_PLANNER: planner, BENCH_IDENTITY: JSON.stringify(identity), LOG_LEVEL: 'warn', NODE_ENV: '' },
      );
      started.push(hive);
      const url = `http://127.0.0.1:${port}/graphql`;
      try {
        await whenReady(hive, async () => (await gql(url, token, '{ __typename }')).status === 200, 120_000);
        // A planner that starts but cannot plan or sign our queries is reported, not measured.
        const probe = await gql(url, token, '{ boards { id name } }');
        if (probe.status !== 200 || probe.json.errors?.length || !probe.json.data)
          throw new Error(`it answers { boards { id name } } with HTTP ${probe.status}: ${probe.text.slice(0, 500)}`);
        sides.push({
          key: `hive-${planner}`,
          label: planner === 'rust' ? 'Hive + Rust planner' : 'Hive, JS planner',
          url,
          processes: [{ name: 'gateway', pid: hive.child.pid! }, ...subgraphPids],
        });
      } catch (err) {
        notes.push(`Hive Gateway with the ${planner} planner could not run: ${(err as Error).message}`);
        await hive.stop();
        if (planner === 'rust' && !planners.includes('js')) planners.push('js');
      }
    }
    sides.push({ key: 'one', label: 'ours, one process', url: oneUrl, processes: [{ name: 'process', pid: one.child.pid! }] });
    console.log(
      `  start-up               ${((performance.now() - setupStarted) / 1000).toFixed(1)} s (database, demo seed, ${SUBGRAPHS.length} subgraph processes, ${sides.length - 1} gateways, ours in one process)`,
    );
    for (const note of notes) console.log(`  NOTE                   ${note}`);

    // The boards, and a check of every query on every side before measuring: same data, no errors.
    const boards = await gql(routerUrl, token, '{ boards { id name } }');
    const boardIds: string[] = (boards.json.data?.boards ?? []).map((b: { id: string }) => b.id);
    if (!boardIds.length) throw new Error(`no boards to query: ${boards.text.slice(0, 500)}`);
    const bodies = (q: QueryName) =>
      QUERIES[q].perBoard
        ? boardIds.map((boardId) => JSON.stringify({ query: QUERIES[q].query, variables: { boardId } }))
        : [JSON.stringify({ query: QUERIES[q].query })];
    for (const q of queryNames) {
      const answers = new Map<string, string>();
      for (const side of sides) {
        const parts: unknown[] = [];
        for (const body of bodies(q)) {
          const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
          const r = await gql(side.url, token, query, variables);
          if (r.status !== 200 || r.json.errors?.length || !r.json.data) {
            throw new Error(`${side.label} cannot answer ${q} (HTTP ${r.status}): ${r.text.slice(0, 800)}`);
          }
          parts.push(r.json.data);
        }
        answers.set(side.label, canonical(parts));
      }
      const reference = answers.get('ours, split')!;
      const differ = [...answers].filter(([, a]) => a !== reference).map(([label]) => label);
      const size = (Buffer.byteLength(reference) / Math.max(1, bodies(q).length) / 1024).toFixed(1);
      console.log(
        `  ${q.padEnd(22)} ${QUERIES[q].title}; ${bodies(q).length} variant(s), ~${size} KB each; ${differ.length ? `answers DIFFER from ours, split: ${differ.join(', ')}` : 'same answer on every side'}`,
      );
    }
    console.log(
      `  load                   ${connections} connections, ${rounds} rounds of ~${duration} s per side and query (as many requests as the side's ${warmup} s warm-up rate gives), sides alternating`,
    );
    console.log(
      `  every request          the demo manager's (Authorization: Bearer <access token>): our router verifies it (ES256) and signs the identity per subgraph call;`,
    );
    console.log(
      `                         Hive checks no token and signs the same identity per call (bench/hive-gateway.config.ts), upstream in-flight deduplication off`,
    );
    console.log(
      `  CPU                    utime + stime of each process over each measurement (/proc/<pid>/stat, ${1000 / CLOCK_TICKS} ms ticks), over the requests it answered`,
    );

    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    client = startClient();
    const tallies = new Map<string, Tally>();
    const tally = (side: Side, q: QueryName) => {
      const key = `${side.key}|${q}`;
      if (!tallies.has(key)) tallies.set(key, { completed: 0, seconds: 0, latencies: [], cpu: new Map(), errors: 0, timeouts: 0, non2xx: 0, graphqlErrors: 0 });
      return tallies.get(key)!;
    };
    // Warm-up by duration, which also gives each side's rate on each query; each measurement is then
    // that rate × --duration requests (at least 3 per connection), all of which complete.
    const amounts = new Map<string, number>();
    const measure = async (side: Side, q: QueryName, run: { seconds: number } | { amount: number }) => {
      const before = side.processes.map((p) => cpuMs(p.pid));
      const result = await client!.run({ url: side.url, headers, bodies: bodies(q), connections, ...run });
      const after = side.processes.map((p) => cpuMs(p.pid));
      // Failures count from the warm-up on.
      const t = tally(side, q);
      t.errors += result.errors;
      t.timeouts += result.timeouts;
      t.non2xx += result.non2xx;
      t.graphqlErrors += result.graphqlErrors;
      t.firstError ??= result.firstError;
      if ('seconds' in run) {
        amounts.set(`${side.key}|${q}`, Math.max(3 * connections, Math.round((result.completed / result.seconds) * duration)));
        return;
      }
      t.completed += result.completed;
      t.seconds += result.seconds;
      t.latencies.push(...result.latencies);
      side.processes.forEach((p, i) => t.cpu.set(p.name, (t.cpu.get(p.name) ?? 0) + after[i] - before[i]));
    };

    for (const q of queryNames) for (const side of sides) await measure(side, q, { seconds: warmup });
    for (let round = 0; round < rounds; round++) {
      process.stdout.write(`  round ${round + 1}/${rounds} `);
      for (const q of queryNames) {
        // Rotated each round: no side always runs first (after a pause) or right after another.
        const order = sides.map((_, i) => sides[(i + round) % sides.length]);
        for (const side of order) {
          await measure(side, q, { amount: amounts.get(`${side.key}|${q}`)! });
          process.stdout.write('.');
        }
      }
      process.stdout.write('\n');
    }

    // The report.
    const cpuNames = ['gateway', ...SUBGRAPHS];
    const stats = (side: Side, q: QueryName) => {
      const t = tally(side, q);
      const per = (name: string) => (t.cpu.has(name) && t.completed ? t.cpu.get(name)! / t.completed : NaN);
      const gateway = per(side.processes[0].name);
      const total = t.completed ? [...t.cpu.values()].reduce((a, b) => a + b, 0) / t.completed : NaN;
      return { t, rps: t.completed / t.seconds, p50: percentile(t.latencies, 50), p99: percentile(t.latencies, 99), gateway, per, total };
    };
    for (const q of queryNames) {
      console.log(`\n${QUERIES[q].title}`);
      console.log(
        `  ${'side'.padEnd(22)} ${'requests'.padStart(8)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)}   CPU ms per request: ${cpuNames.map((n) => n.padStart(8)).join(' ')} ${'total'.padStart(8)}`,
      );
      for (const side of sides) {
        const s = stats(side, q);
        const cols = side.key === 'one' ? [fmt(s.gateway), ...SUBGRAPHS.map(() => '(in it)')] : [fmt(s.gateway), ...SUBGRAPHS.map((n) => fmt(s.per(n)))];
        console.log(
          `  ${side.label.padEnd(22)} ${String(s.t.completed).padStart(8)} ${fmt(s.rps).padStart(7)} ${fmt(s.p50).padStart(7)} ${fmt(s.p99).padStart(7)}   ${' '.repeat(20)}${cols.map((c) => c.padStart(8)).join(' ')} ${fmt(s.total).padStart(8)}`,
        );
        const t = s.t;
        if (t.errors || t.timeouts || t.non2xx || t.graphqlErrors) {
          failed = true;
          console.log(
            `  ${''.padEnd(22)} FAILURES: ${t.errors} errors, ${t.timeouts} timeouts, ${t.non2xx} non-2xx, ${t.graphqlErrors} with GraphQL errors${t.firstError ? `; first: ${t.firstError}` : ''}`,
          );
        }
      }
      const ours = stats(sides[0], q);
      for (const side of sides.filter((s) => s.key.startsWith('hive-'))) {
        const h = stats(side, q);
        console.log(
          `  ours/${side.label.padEnd(17)} req/s ${ratio(ours.rps, h.rps)}, p50 ${ratio(ours.p50, h.p50)}, p99 ${ratio(ours.p99, h.p99)}, ` +
            `CPU per request: gateway ${ratio(ours.gateway, h.gateway)}, subgraphs ${ratio(ours.total - ours.gateway, h.total - h.gateway)}, total ${ratio(ours.total, h.total)}`,
        );
      }
    }

    // The issue's goals (issue 21), as figures: printed, not asserted.
    console.log('\nGoals (issue 21)');
    const find = (key: string) => sides.find((s) => s.key === key);
    if (queryNames.includes('dashboard')) {
      const split = stats(sides[0], 'dashboard');
      const one = stats(find('one')!, 'dashboard');
      console.log(
        `  dashboard CPU per request, split ≤ 20 ms        ${fmt(split.total)} ms (router ${fmt(split.gateway)} + subgraphs ${fmt(split.total - split.gateway)}): ${split.total <= 20 ? 'met' : 'not met'}`,
      );
      console.log(`  dashboard CPU per request, one process ≤ 10 ms  ${fmt(one.total)} ms: ${one.total <= 10 ? 'met' : 'not met'}`);
    }
    const rust = find('hive-rust');
    if (rust) {
      for (const q of queryNames) {
        const r = stats(sides[0], q).rps / stats(rust, q).rps;
        console.log(`  ${`${q} req/s ≥ 1.5× Hive + Rust planner`.padEnd(46)} ${fmt(r, 2)}×: ${r >= 1.5 ? 'met' : 'not met'}`);
      }
    } else {
      console.log(`  req/s against Hive + Rust planner              not measured (${notes.length ? 'see NOTE above' : `--planner ${values.planner}`})`);
    }
    const noisy = started.filter((p) => p.lines);
    if (noisy.length) {
      console.log('\nWarnings and errors the processes logged (their last line)');
      for (const p of noisy) console.log(`  ${p.name}: ${p.lines} line(s); ${p.recent.at(-1)}`);
    }
    if (failed) console.error('\nFAILED: some responses carried errors (see FAILURES above)');
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    await cleanUp();
    process.exitCode = failed ? 1 : 0;
  }
}

if (process.argv.includes(CLIENT_FLAG)) {
  runClient();
} else {
  runBench().catch((err) => {
    console.error(`bench:gateways failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
