/**
 * `npm run bench:subgraph [-- --requests N --connections C --compare <checkout>]`: what one trivial
 * subgraph call costs. The sprints subgraph runs as its own process (`subgraphs/sprints/src/server.ts`,
 * as docker-compose runs it) over PostgreSQL with the demo data, and this process calls it the way
 * the router does (a signed identity header, the demo manager's) with `{ boards { id name } }`.
 *
 * Prints, per process started:
 * - latency one call at a time (p50/p99), and the floor of an HTTP round trip to the same process
 *   (a 404 that touches neither identity, GraphQL nor the database): latency minus floor is the
 *   server time of the call;
 * - CPU per call of the subgraph process and of PostgreSQL (its backends for this database), from
 *   /proc (Linux);
 * - requests/s with C connections.
 * The goal (issue 21): a trivial call ≤ 1.5 ms of server time.
 *
 * DATABASE_URL (or TEST_DATABASE_URL): a PostgreSQL server as a user who may create databases; a
 * fresh database is made, filled with the demo data and dropped at the end.
 * `--compare <checkout>`: also start the sprints subgraph from another checkout of this repository
 * (with its own node_modules, say a worktree of main) on the same database, and measure both in
 * alternating rounds, so the machine's noise hits both alike.
 * `--profile <dir>`: the subgraph process writes a CPU profile there (node --cpu-prof) when it stops.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { decodeJwt } from 'jose';

const QUERY = JSON.stringify({ query: '{ boards { id name } }' });
const GOAL_MS = 1.5;
const WARMUP = 300;
const ROUNDS = 3;
const root = fileURLToPath(new URL('../', import.meta.url));

/** Nearest-rank percentile of a list of milliseconds. */
function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const ms = (n: number) => `${n.toFixed(2)} ms`;

/** User + system CPU of a process so far, in ms (Linux /proc; NaN elsewhere). */
function cpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime) in clock ticks, 100 a second on Linux.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

interface Target {
  label: string;
  url: URL;
  child: ChildProcess;
  latencies: number[];
  floor: number[];
  cpu: number;
  pgCpu: number;
  calls: number;
  loadCalls: number;
  loadSeconds: number;
}

/** Starts `subgraphs/sprints/src/server.ts` of `checkout`; resolves with its URL once it listens. */
function startSprints(checkout: string, env: NodeJS.ProcessEnv, profileDir?: string): Promise<{ child: ChildProcess; url: URL }> {
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'subgraphs/sprints/src/server.ts'], {
    cwd: checkout,
    env: { ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const exited = (code: number | null) => reject(new Error(`the sprints subgraph of ${checkout} exited (${code}) before listening`));
    child.once('exit', exited);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      const entry = JSON.parse(line) as { port?: number; msg?: string };
      if (entry.port && entry.msg?.includes('listening')) {
        child.off('exit', exited);
        resolve({ child, url: new URL(`http://127.0.0.1:${entry.port}/graphql`) });
      }
    });
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: '2000' },
      connections: { type: 'string', default: '10' },
      compare: { type: 'string' },
      profile: { type: 'string' },
    },
  });
  const requests = Number(values.requests);
  const connections = Number(values.connections);
  const serverUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('set DATABASE_URL to a PostgreSQL server (a user who may create databases): the subgraph runs as its own process');
  if (values.compare && !fs.existsSync(path.join(values.compare, 'node_modules')))
    throw new Error(`${values.compare} has no node_modules: run npm ci there first`);

  const { createLogger, loadConfig, IdentitySigner, IDENTITY_HEADER } = await import('@sprint-reports/core');
  const { startWithDemo } = await import('@sprint-reports/demo');
  const { createTestDatabase, testInternalSecret, testSecrets } = await import('@sprint-reports/testing');

  console.log('Sprint Reports: one trivial subgraph call (`{ boards { id name } }` on the sprints subgraph as its own process)');
  const startedAt = performance.now();
  const database = await createTestDatabase(serverUrl);
  const targets: Target[] = [];
  let renew: NodeJS.Timeout | undefined;
  const admin = postgres(database.ownerUrl!, { max: 1, onnotice: () => {} });
  try {
    // The demo data, seeded by the product itself; then the router is stopped: only the subgraph process answers.
    const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
    const config = { ...loadConfig(), databaseUrl: database.url, rateLimitPerMinute: 1_000_000 };
    const app = await startWithDemo(config, { port: 0, host: '127.0.0.1', log, secrets: testSecrets(), database: { ...database, close: async () => {} } });
    const login = await fetch(`http://127.0.0.1:${app.router.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "manager@demo.test", password: "demo") { accessToken } }' }),
    }).then((res) => res.json() as Promise<{ data?: { login?: { accessToken: string } } }>);
    await app.stop();
    const token = login.data?.login?.accessToken;
    if (!token) throw new Error('could not sign in as the demo manager');
    const claims = decodeJwt(token) as { sub: string; tid: string; role: 'MANAGER'; email: string; teams: Record<string, 'MANAGER'> };
    const identity = { kind: 'user' as const, tenantId: claims.tid, userId: claims.sub, role: claims.role, email: claims.email, teams: claims.teams };
    const signer = new IdentitySigner(testInternalSecret);
    // As the router does: a header signed for the identity, renewed well within its 60 s lifetime.
    let header = await signer.sign(identity);
    renew = setInterval(() => void signer.sign(identity).then((h) => (header = h)), 20_000);

    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      INTERNAL_SECRET: testInternalSecret,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
    };
    const checkouts: [string, string][] = [
      ['this checkout', root],
      ...(values.compare ? [[`compare (${values.compare})`, path.resolve(values.compare)] as [string, string]] : []),
    ];
    for (const [label, checkout] of checkouts) {
      const { child, url } = await startSprints(checkout, env, values.profile);
      targets.push({ label, url, child, latencies: [], floor: [], cpu: 0, pgCpu: 0, calls: 0, loadCalls: 0, loadSeconds: 0 });
    }
    console.log(
      `  start-up               ${((performance.now() - startedAt) / 1000).toFixed(1)} s (fresh database, migrations, demo data, subgraph process${targets.length > 1 ? 'es' : ''})`,
    );

    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const call = (target: Target, pathname: string, withQuery: boolean) =>
      new Promise<string>((resolve, reject) => {
        const req = http.request(
          {
            agent,
            host: target.url.hostname,
            port: target.url.port,
            path: pathname,
            method: 'POST',
            headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: header },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () =>
              withQuery && (res.statusCode !== 200 || !text.startsWith('{"data":{"boards":[{'))
                ? reject(new Error(`unexpected answer (HTTP ${res.statusCode}): ${text.slice(0, 300)}`))
                : resolve(text),
            );
          },
        );
        req.on('error', reject);
        req.end(withQuery ? QUERY : '{}');
      });
    // PostgreSQL backends serving this database: their CPU is the call's too (round trips, planning).
    const backendCpu = async () => {
      const pids = await admin<{ pid: number }[]>`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`;
      return pids.reduce((sum, { pid }) => sum + (cpuMs(pid) || 0), 0);
    };

    const sample = await call(targets[0], targets[0].url.pathname, true);
    console.log(`  answer                 ${JSON.parse(sample).data.boards.length} boards, ${Buffer.byteLength(sample)} bytes`);
    for (const target of targets) for (let i = 0; i < WARMUP; i++) await call(target, target.url.pathname, true);

    const perRound = Math.ceil(requests / ROUNDS);
    for (let round = 0; round < ROUNDS; round++) {
      for (const target of targets) {
        // The floor: a 404 from the same process, over the same kept-alive connection.
        for (let i = 0; i < 200; i++) {
          const started = performance.now();
          await call(target, '/nothing-here', false);
          target.floor.push(performance.now() - started);
        }
        const cpuBefore = cpuMs(target.child.pid!);
        const pgBefore = await backendCpu();
        for (let i = 0; i < perRound; i++) {
          const started = performance.now();
          await call(target, target.url.pathname, true);
          target.latencies.push(performance.now() - started);
        }
        target.cpu += cpuMs(target.child.pid!) - cpuBefore;
        target.pgCpu += (await backendCpu()) - pgBefore;
        target.calls += perRound;
      }
    }
    agent.destroy();

    // Throughput: autocannon with `connections` kept-alive connections, in this process.
    const autocannon = createRequire(import.meta.url)('autocannon') as (
      opts: Record<string, unknown>,
      done: (err: Error | null, result: { requests: { total: number }; non2xx: number; errors: number }) => void,
    ) => unknown;
    for (const target of targets) {
      const started = performance.now();
      const result = await new Promise<{ requests: { total: number }; non2xx: number; errors: number }>((resolve, reject) =>
        autocannon(
          {
            url: target.url.toString(),
            connections,
            amount: requests,
            method: 'POST',
            headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: header },
            body: QUERY,
          },
          (err, r) => (err ? reject(err) : resolve(r)),
        ),
      );
      target.loadSeconds = (performance.now() - started) / 1000;
      target.loadCalls = result.requests.total - result.non2xx - result.errors;
    }

    for (const t of targets) {
      const floor = percentile(t.floor, 50);
      const p50 = percentile(t.latencies, 50);
      console.log(
        `\n${t.label}: ${t.calls} calls one at a time (${ROUNDS} rounds${targets.length > 1 ? ', alternating with the other process' : ''}, after ${WARMUP} warm-up calls)`,
      );
      console.log(`  latency                p50 ${ms(p50)}, p99 ${ms(percentile(t.latencies, 99))}`);
      console.log(`  HTTP round-trip floor  p50 ${ms(floor)} (a 404 from the same process)`);
      console.log(
        `  server time            p50 ${ms(p50 - floor)}, p99 ${ms(percentile(t.latencies, 99) - floor)} (latency minus floor); goal ≤ ${GOAL_MS} ms: ${p50 - floor <= GOAL_MS ? 'met' : 'not met'}`,
      );
      console.log(`  CPU per call           ${ms(t.cpu / t.calls)} subgraph process, ${ms(t.pgCpu / t.calls)} PostgreSQL`);
      console.log(`  requests/s             ${(t.loadCalls / t.loadSeconds).toFixed(0)} (${connections} connections, ${t.loadCalls} calls)`);
    }
  } finally {
    clearInterval(renew);
    for (const t of targets) t.child.kill('SIGTERM');
    await Promise.all(targets.map((t) => (t.child.exitCode === null ? new Promise((resolve) => t.child.once('exit', resolve)) : null)));
    await admin.end();
    await database.close();
  }
}

main().catch((err) => {
  console.error(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
