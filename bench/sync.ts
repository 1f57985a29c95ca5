/**
 * `npm run bench:sync [-- --issues N --flavor cloud|server]`: a full JIRA sync of N issues (default
 * 100,000; `--issues 10000` for a quick try) from the simulator into a fresh PostgreSQL database,
 * then a raw bulk insert of the same rows for comparison. Prints figures and ratios; asserts
 * nothing (exits non-zero only when the sync itself does not succeed). For digging further:
 * `--seed S` (the site), `--keep-database`, `--cpu-profile <file>` (a V8 profile of the sync),
 * `--gc` (the live heap at each milestone).
 *
 * - The simulator runs in a child process (`tools/jira-sim/src/cli.ts`), so its memory and CPU
 *   are not this process's: the RSS printed is the sync's own (plus the bench's small bookkeeping).
 * - The database: `sr_bench_sync_<ts>`, created through DATABASE_URL (default
 *   postgres://root@127.0.0.1:5432/test, used only as the admin connection), migrated, dropped at
 *   the end. PostgreSQL only: PGlite is not what a 100,000-issue site runs on.
 * - The runtime is the embedded one (all six subgraphs and their jobs in this process, a random
 *   encryption key); the connection is made through the issues subgraph's API, the run queued
 *   like `npm run sync` does, and run with runSync directly, not through the job runner.
 * - RSS is sampled every 100 ms; the run's row (sync_runs) is read every 200 ms for progress, so
 *   each sample knows how many issues had been written when it was taken. Phases are timed from
 *   the statements that set them (the database handle's statement logger).
 * - Ctrl-C stops the sync and still cleans up (simulator, database); a second one exits at once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import { bulkInsertBaselines, tableStats } from './sync-baseline.ts';
import { recordSyncPhases } from './sync-phases.ts';
import { backendCpu, backendCpuDelta, cpuMsOf, cpuProfiler } from './sync-cpu.ts';
import { adHoc } from '../packages/testing/src/ad-hoc.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIM_CLI = fileURLToPath(new URL('../tools/jira-sim/src/cli.ts', import.meta.url));
const DEFAULT_ADMIN_URL = 'postgres://root@127.0.0.1:5432/test';
const RSS_EVERY_MS = 100;
const POLL_EVERY_MS = 200;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const pad = (label: string) => `  ${label.padEnd(24)}`;

interface SimInfo {
  child: ChildProcess;
  url: string;
  issues: number;
  sprints: number;
  boards: number;
}

/** Starts the simulator's CLI and waits for the lines it prints once it listens (URL, then site). */
function startSim(flavor: string, issues: number, seed: number): Promise<SimInfo> {
  const child = spawn(process.execPath, ['--import', 'tsx', SIM_CLI, '--flavor', flavor, '--issues', String(issues), '--seed', String(seed), '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let ready = false;
    const timer = setTimeout(() => fail(new Error('the simulator did not start within 10 minutes')), 600_000);
    const fail = (err: Error) => {
      if (ready) return;
      clearTimeout(timer);
      child.kill();
      reject(err);
    };
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`the simulator exited with code ${code} before it was ready:\n${out}`)));
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (text: string) => {
      if (ready) return; // what it prints later (on SIGTERM) is drained and ignored
      out += text;
      // "JIRA Cloud simulator at http://127.0.0.1:40123", then "  site: 100000 issues, 520 sprints, boards 1 (…), 2 (…); time zone …"
      const url = /simulator at (http:\/\/\S+)/.exec(out)?.[1];
      const site = /site: (\d+) issues, (\d+) sprints, boards (.*); time zone/.exec(out);
      if (url && site) {
        ready = true;
        clearTimeout(timer);
        resolve({ child, url, issues: Number(site[1]), sprints: Number(site[2]), boards: site[3].split('), ').length });
      }
    });
  });
}

interface Sample {
  at: number;
  rss: number;
  heap: number;
  /** issuesSynced as last read from the run's row. */
  synced: number;
}

async function main() {
  const { values } = parseArgs({
    options: {
      issues: { type: 'string', default: '100000' },
      flavor: { type: 'string', default: 'cloud' },
      seed: { type: 'string', default: '1' },
      'keep-database': { type: 'boolean', default: false },
      'cpu-profile': { type: 'string' },
      gc: { type: 'boolean', default: false },
    },
  });
  const issues = Number(values.issues);
  const flavor = values.flavor.toLowerCase();
  if (!Number.isInteger(issues) || issues < 1) throw new Error(`--issues must be a positive integer, got "${values.issues}"`);
  if (flavor !== 'cloud' && flavor !== 'server') throw new Error(`--flavor must be cloud or server, got "${values.flavor}"`);
  // --gc: a full garbage collection at each milestone, to print the live heap (what the sync keeps)
  // beside the RSS. It changes the RSS that follows (collections V8 would not have made), so the
  // peaks are only comparable between runs without it.
  let collect: (() => void) | undefined;
  if (values.gc) {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }

  const { default: postgres } = await import('postgres');
  const { createLogger, createSecretBox, loadConfig, openDatabase, startSubgraphs } = await import('@sprint-reports/core');
  const { embeddedRuntime } = await import('@sprint-reports/router');
  const { issuesData, runSync, startSync } = await import('@sprint-reports/issues');
  const { DEFAULT_CLOUD_AUTH, DEFAULT_SERVER_AUTH } = await import('@sprint-reports/jira-sim');

  const adminUrl = process.env.DATABASE_URL || DEFAULT_ADMIN_URL;
  const dbName = `sr_bench_sync_${Date.now()}`;
  const benchUrl = Object.assign(new URL(adminUrl), { pathname: `/${dbName}` }).toString();
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });

  console.log(`Sprint Reports: JIRA sync benchmark (${flavor === 'cloud' ? 'Cloud' : 'Server/DC'}, ${int(issues)} issues)`);
  const simStarted = performance.now();
  const sim = await startSim(flavor, issues, Number(values.seed));
  console.log(
    `${pad('simulator')}${sim.url} in a child process (pid ${sim.child.pid}); ${int(sim.issues)} issues, ${sim.sprints} sprints, ${sim.boards} boards; ready in ${sec(performance.now() - simStarted)}`,
  );

  const interrupt = new AbortController();
  process.once('SIGINT', () => {
    console.error('\nInterrupted: stopping the sync and cleaning up (Ctrl-C again to exit at once)');
    interrupt.abort(new Error('interrupted'));
    process.once('SIGINT', () => process.exit(130));
  });

  let database: Awaited<ReturnType<typeof openDatabase>> | undefined;
  let runtime: ReturnType<typeof embeddedRuntime> | undefined;
  let failed = false;
  try {
    await admin.unsafe(`create database "${dbName}"`);
    database = await openDatabase({ url: benchUrl });
    console.log(`${pad('database')}${new URL(benchUrl).host}/${dbName} (created and migrated; dropped at the end)`);

    // allowPrivateHosts: the simulator listens on this machine.
    const config = { ...loadConfig(), databaseUrl: benchUrl, redisUrl: undefined, subgraphUrls: {}, allowPrivateHosts: true };
    const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
    runtime = embeddedRuntime(config, database.db, log, createSecretBox([{ id: 'bench', key: randomBytes(32) }]));
    await startSubgraphs(runtime);

    const tenantId = randomUUID();
    const auth = flavor === 'cloud' ? { email: DEFAULT_CLOUD_AUTH.email, apiToken: DEFAULT_CLOUD_AUTH.apiToken } : { apiToken: DEFAULT_SERVER_AUTH.pat };
    const { createJiraConnection } = await runtime.client.execute(
      'issues',
      tenantId,
      adHoc<{ createJiraConnection: { id: string } }>(`mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id } }`),
      { input: { name: 'bench sim', baseUrl: sim.url, flavor: flavor.toUpperCase(), syncIntervalMinutes: 0, ...auth } },
    );
    const run = await startSync(runtime, tenantId, createJiraConnection.id, true, { enqueue: false });

    // Before the sync: a checkpoint, so the sync does not pay for writing out migrations' pages.
    await admin.unsafe('checkpoint').catch(() => {});
    collect?.();
    const rssBefore = process.memoryUsage().rss;
    const samples: Sample[] = [];
    const { phases, stop: stopRecordingPhases } = recordSyncPhases(database.statements);
    let synced = 0;
    let polling = true;
    const nextMilestone = { value: 10_000 };
    const sample = () => {
      const m = process.memoryUsage();
      samples.push({ at: performance.now(), rss: m.rss, heap: m.heapUsed, synced });
    };
    const sampler = setInterval(sample, RSS_EVERY_MS);
    const cpuBefore = { own: process.cpuUsage(), sim: cpuMsOf(sim.child.pid!), db: await backendCpu(admin, benchUrl, dbName) };
    const profiler = values['cpu-profile'] ? await cpuProfiler() : undefined;
    const started = performance.now();
    const statementsBefore = database.statements.count;
    const poller = (async () => {
      while (polling) {
        const row = await issuesData.syncRunById(database!.db, run.id);
        if (row) {
          synced = row.issuesSynced;
          while (synced >= nextMilestone.value) {
            sample();
            const peak = Math.max(...samples.map((s) => s.rss));
            let live = '';
            if (collect) {
              collect();
              const m = process.memoryUsage();
              live = `; after a full GC: heap ${mb(m.heapUsed)} used of ${mb(m.heapTotal)}, external ${mb(m.external)}, RSS ${mb(m.rss)}`;
            }
            console.log(
              `${pad(`… ${int(nextMilestone.value)} issues`)}${sec(performance.now() - started)}, RSS ${mb(process.memoryUsage().rss)} (peak so far ${mb(peak)})${live}`,
            );
            nextMilestone.value += nextMilestone.value < 50_000 ? (nextMilestone.value < 20_000 ? 10_000 : 15_000) : 25_000;
          }
        }
        await new Promise((r) => setTimeout(r, POLL_EVERY_MS));
      }
    })();

    const done = await runSync(runtime, run.id, interrupt.signal);
    const wallMs = performance.now() - started;
    const ownCpu = process.cpuUsage(cpuBefore.own);
    await profiler?.stop(values['cpu-profile']!);
    const simCpu = cpuMsOf(sim.child.pid!);
    const dbCpu = backendCpuDelta(cpuBefore.db, await backendCpu(admin, benchUrl, dbName));
    polling = false;
    await poller;
    clearInterval(sampler);
    sample();
    const statements = database.statements.count - statementsBefore;
    stopRecordingPhases();
    phases.unshift({ phase: 'setup', at: started });

    if (done?.status !== 'SUCCEEDED') {
      console.error(`\nThe sync did not succeed: ${done?.status ?? 'run gone'}${done?.errors.length ? `\n  ${done.errors.join('\n  ')}` : ''}`);
      failed = true;
      return;
    }
    const stats = await tableStats(database.db);
    const changelogItems = stats.find((t) => t.table === 'issue_changelog')!.rows;
    // Every sample taken before the poller saw `m` issues written, plus the one taken when it did.
    const peakUntil = (m: number) => {
      const i = samples.findIndex((s) => s.synced >= m);
      return Math.max(...samples.slice(0, i < 0 ? samples.length : i + 1).map((s) => s.rss));
    };
    const peakAll = Math.max(...samples.map((s) => s.rss));
    // Each phase lasts until the next one starts; 'done' is the end.
    const phaseMs = (name: string) => {
      const i = phases.findIndex((p) => p.phase === name);
      return i < 0 || i + 1 >= phases.length ? 0 : phases[i + 1].at - phases[i].at;
    };
    const issuesMs = phaseMs('issues');

    console.log(`\nFull sync (runSync; figures from the run's row and this process)`);
    console.log(
      `${pad('issues')}${int(done.issuesSynced)} in ${done.pages} pages; ${done.sprintsSynced} sprints, ${done.boardsSynced} boards, ${done.warnings.length} warnings`,
    );
    console.log(`${pad('changelog items')}${int(changelogItems)} (${(changelogItems / done.issuesSynced).toFixed(1)} per issue)`);
    console.log(`${pad('rows written')}${stats.map((t) => `${t.table} ${int(t.rows)}`).join(', ')}`);
    console.log(`${pad('data size')}${mb(stats.reduce((n, t) => n + t.bytes, 0))} (tables and indexes)`);
    console.log(`${pad('wall time')}${sec(wallMs)}`);
    console.log(
      `${pad('phases')}${phases
        .slice(0, -1)
        .map((p, i) => `${p.phase} ${sec(phases[i + 1].at - p.at)}`)
        .join(', ')}`,
    );
    console.log(
      `${pad('issues/s')}${int(done.issuesSynced / (wallMs / 1000))} over the whole run, ${issuesMs ? int(done.issuesSynced / (issuesMs / 1000)) : '?'} in the issues phase (target ≥ 2,000)`,
    );
    const cpu = [
      `this process ${sec((ownCpu.user + ownCpu.system) / 1000)}`,
      `simulator ${simCpu !== null && cpuBefore.sim !== null ? sec(simCpu - cpuBefore.sim) : '?'}`,
      `PostgreSQL backends ${dbCpu !== null ? sec(dbCpu) : '? (not on this host)'}`,
    ];
    console.log(`${pad('CPU time')}${cpu.join(', ')} (${os.availableParallelism()} CPUs, ${sec(wallMs)} wall)`);
    console.log(`${pad('SQL statements')}${int(statements)} (${(statements / done.pages).toFixed(1)} per page, this process's own polling included)`);
    const milestones = [10_000, 25_000, 50_000, 75_000, 100_000].filter((m) => m < done.issuesSynced);
    console.log(
      `${pad('peak RSS')}${mb(rssBefore)} before; ` +
        [
          ...milestones.map((m) => `${mb(peakUntil(m))} up to ${int(m)} issues`),
          `${mb(peakUntil(done.issuesSynced))} up to ${int(done.issuesSynced)} issues`,
        ].join(', ') +
        `; ${mb(peakAll)} over the whole run (target: flat)`,
    );
    console.log(`${pad('peak JS heap')}${mb(Math.max(...samples.map((s) => s.heap)))} (heapUsed, same samples)`);

    // The baseline: the same rows, loaded raw into empty copies of the tables.
    if (interrupt.signal.aborted) return;
    await admin.unsafe('checkpoint').catch(() => {});
    const baselines = await bulkInsertBaselines(benchUrl);
    const syncRate = done.issuesSynced / wallMs;
    console.log(`\nRaw bulk insert of the same rows (empty copies of the five tables: same columns, indexes and foreign keys)`);
    for (const b of baselines) {
      console.log(`${pad(b.name)}${sec(b.ms)} (${int(done.issuesSynced / (b.ms / 1000))} issues/s): ${b.detail}`);
    }
    const copy = baselines[0];
    console.log(`\nsync achieves ${((syncRate / (done.issuesSynced / copy.ms)) * 100).toFixed(1)} % of raw insert throughput (COPY; target ≥ 50 %)`);
    for (const b of baselines.slice(1)) console.log(`  (${((syncRate / (done.issuesSynced / b.ms)) * 100).toFixed(1)} % of ${b.name})`);
  } finally {
    await runtime?.jobs.close().catch(() => {});
    await database?.close().catch(() => {});
    sim.child.kill('SIGTERM');
    if (values['keep-database']) console.log(`\nKept the database: ${benchUrl}`);
    else
      await admin.unsafe(`drop database if exists "${dbName}" with (force)`).catch((err: Error) => console.error(`could not drop ${dbName}: ${err.message}`));
    await admin.end({ timeout: 5 });
    process.exitCode = failed ? 1 : 0;
  }
}

main().catch((err) => {
  console.error(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
