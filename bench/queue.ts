/**
 * `npm run bench:queue [-- --candidates 10000 --iterations 50 --warmup 20 --seed 1 --runs 10 --pglite --only plan|e2e]`:
 * the next-sprint queue planner. Part 1, planQueue alone (pure, in memory), against the 100 ms
 * target; part 2, generateQueue end to end (see endToEnd). Prints figures; asserts nothing about
 * speed (exits non-zero only when a plan breaks an invariant: a candidate missing or twice,
 * positions not 1..n, two runs disagreeing).
 *
 * Part 1's backlog, from a seeded PRNG (the same one every run): `--candidates` issues (default
 * 10,000) over 8 disciplines, LexoRank-like ranks in a shuffled order (a few without one), JIRA
 * priorities, fibonacci points with ~5 % unestimated, ~10 % blocked by another candidate (half by
 * the issue generated just before, which makes chains; half by any earlier one; some by two), one
 * three-issue cycle, a few issues blocked outside the backlog, 20 carried over from the current
 * sprint, 5 pinned into the first 30 positions; 10 assignees per discipline with a personal
 * capacity of 5–13 points, 15 % unassigned; a two-week sprint's capacity of 30–80 points per
 * discipline.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { percentiles } from '@sprint-reports/core';
import { createRandom } from '@sprint-reports/demo-data';
import { planQueue, type Candidate, type Plan, type PlanInput } from '../subgraphs/queues/src/plan/plan.ts';
import { adHoc } from '../packages/testing/src/ad-hoc.ts';

const TARGET_MS = 100;
const DISCIPLINES = ['Backend', 'Frontend', 'QA', 'Design', 'DevOps', 'Data', 'Mobile', 'Security'];
const POINTS = [1, 1, 2, 2, 3, 3, 3, 5, 5, 8, 13];
const PRIORITIES = ['Highest', 'High', 'High', 'Medium', 'Medium', 'Medium', 'Medium', 'Low', 'Low', 'Lowest', null];

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`;
const pad = (label: string) => `  ${label.padEnd(24)}`;
const id = (kind: number, n: number) => `00000000-0000-4000-8${kind.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;
const tally = (values: string[]) => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return (
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${int(n)}`)
      .join(', ') || 'none'
  );
};

function backlog(size: number, seed: number): PlanInput {
  const rnd = createRandom(seed);
  const members = DISCIPLINES.flatMap((d, di) =>
    Array.from({ length: 10 }, (_, k) => ({ userId: id(4, di * 10 + k + 1), points: rnd.pick([5, 8, 8, 10, 13]), discipline: d })),
  );
  // Ranks: distinct LexoRank-like strings, handed out in a shuffled order so rank ≠ generation order.
  const slots = Array.from({ length: size }, (_, i) => i);
  for (let i = size - 1; i > 0; i--) {
    const j = rnd.int(0, i);
    [slots[i], slots[j]] = [slots[j], slots[i]];
  }
  const candidates: Candidate[] = [];
  for (let i = 0; i < size; i++) {
    const discipline = rnd.pick(DISCIPLINES);
    const team = members.filter((m) => m.discipline === discipline);
    const blockedBy: string[] = [];
    if (i > 0 && rnd.chance(0.1)) {
      blockedBy.push(rnd.chance(0.5) ? id(5, i - 1) : id(5, rnd.int(0, i - 1)));
      if (i > 1 && rnd.chance(0.15)) blockedBy.push(id(5, rnd.int(0, i - 1)));
    }
    candidates.push({
      issueId: id(5, i),
      key: `BEN-${i + 1}`,
      rank: rnd.chance(0.005) ? null : `0|${(slots[i] * 97 + 1000).toString(36).padStart(6, '0')}:`,
      priority: rnd.pick(PRIORITIES),
      points: rnd.chance(0.05) ? null : rnd.pick(POINTS),
      discipline,
      assigneeId: rnd.chance(0.85) ? rnd.pick(team).userId : null,
      carryOver: false,
      plannedInJira: false,
      blockedBy,
      blockedByOutside: [],
    });
  }
  // Edges only ever point to earlier issues above, so this is the backlog's one cycle.
  const [a, b, c] = [rnd.int(0, size - 1), rnd.int(0, size - 1), rnd.int(0, size - 1)];
  if (new Set([a, b, c]).size === 3) {
    candidates[a].blockedBy.push(candidates[b].issueId);
    candidates[b].blockedBy.push(candidates[c].issueId);
    candidates[c].blockedBy.push(candidates[a].issueId);
  }
  for (let k = 0; k < 8; k++) candidates[rnd.int(0, size - 1)].blockedByOutside.push(`EXT-${rnd.int(1, 500)}`);
  for (let k = 0; k < 20; k++) candidates[rnd.int(0, size - 1)].carryOver = true;
  for (let k = 0; k < 20; k++) candidates[rnd.int(0, size - 1)].plannedInJira = true;
  const pins = Array.from({ length: 5 }, () => ({ issueId: candidates[rnd.int(0, size - 1)].issueId, position: rnd.int(1, 30) }));
  return {
    candidates,
    capacity: DISCIPLINES.map((discipline) => ({ discipline, points: rnd.int(30, 80) })),
    members: members.map(({ userId, points }) => ({ userId, points })),
    pins,
  };
}

/** What a broken plan looks like, or null: every candidate once, positions 1..n. */
function invariantBroken(input: PlanInput, plan: Plan): string | null {
  const seen = new Set<string>();
  for (const { issueId } of [...plan.items, ...plan.leftOut]) {
    if (seen.has(issueId)) return `${issueId} appears twice`;
    seen.add(issueId);
  }
  if (seen.size !== input.candidates.length) return `${input.candidates.length - seen.size} candidates missing`;
  const gap = plan.items.findIndex((item, k) => item.position !== k + 1);
  return gap === -1 ? null : `position ${gap + 1} holds ${plan.items[gap].position}`;
}

interface PureFigures {
  times: number[];
  plan: Plan;
  failure: string | null;
}

/** Part 1: planQueue alone on the generated backlog: `warmup` runs, then `iterations` runs each timed alone. */
function purePlan(input: PlanInput, warmup: number, iterations: number): PureFigures {
  const first = planQueue(input);
  for (let i = 1; i < warmup; i++) planQueue(input);
  const times: number[] = [];
  let plan = first;
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    plan = planQueue(input);
    times.push(performance.now() - started);
  }
  const failure = invariantBroken(input, plan) ?? (JSON.stringify(plan) === JSON.stringify(first) ? null : 'two runs gave different plans');
  return { times, plan, failure };
}

function report(input: PlanInput, { times, plan }: PureFigures, warmup: number) {
  const { p50, p95 } = percentiles(times)!;
  const capacity = plan.utilisation.reduce((s, u) => s + u.capacityPoints, 0);
  const planned = plan.utilisation.reduce((s, u) => s + u.plannedPoints, 0);
  const blocked = input.candidates.filter((c) => c.blockedBy.length > 0).length;
  console.log(`\nPart 1: planQueue, in memory`);
  console.log(
    `${pad('backlog')}${int(input.candidates.length)} candidates, ${DISCIPLINES.length} disciplines, ${int(blocked)} blocked by a candidate, ` +
      `${int(input.candidates.filter((c) => c.points === null).length)} unestimated, ${int(input.candidates.filter((c) => c.carryOver).length)} carried over, ${input.pins.length} pins`,
  );
  console.log(
    `${pad('planQueue')}p50 ${ms(p50)}, p95 ${ms(p95)}, min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))} (${times.length} runs after ${warmup} warm-up runs)`,
  );
  console.log(
    `${pad('against the target')}p95 ${ms(p95)} of ${TARGET_MS} ms: ${p95 <= TARGET_MS ? 'within' : 'OVER'} (${((p95 / TARGET_MS) * 100).toFixed(0)} %)`,
  );
  console.log(`${pad('queued')}${int(plan.items.length)}: ${tally(plan.items.map((i) => i.reason))}`);
  console.log(`${pad('left out')}${int(plan.leftOut.length)}: ${tally(plan.leftOut.map((l) => l.reason))}`);
  console.log(`${pad('conflicts')}${int(plan.conflicts.length)}: ${tally(plan.conflicts.map((c) => c.kind))}`);
  console.log(`${pad('fill ratio')}${(planned / capacity).toFixed(3)} (${int(planned)} of ${int(capacity)} points planned)`);
  for (const u of plan.utilisation) console.log(`${pad(`  ${u.discipline}`)}${u.plannedPoints} / ${u.capacityPoints}`);
}

/**
 * Part 2, end to end: `generateQueue` through the queues subgraph, as a manager's request runs it,
 * over a tenant seeded by the demo-data generator (one team, its board with six sprints and a
 * backlog of about `size` issues) in PostgreSQL (a `sr_bench_queue_<ts>` database created through
 * DATABASE_URL, dropped at the end) or, with `--pglite`, in-memory PGlite. Timed whole: reading the
 * sprint, team, capacity and candidates through the other subgraphs, planning, storing.
 */
async function endToEnd(size: number, runs: number, pglite: boolean) {
  const { default: postgres } = await import('postgres');
  const { createLogger, createSecretBox, loadConfig, openDatabase, startSubgraphs } = await import('@sprint-reports/core');
  const { embeddedRuntime } = await import('@sprint-reports/router');
  const { generateDataset, seedDataset } = await import('@sprint-reports/demo-data');
  const dataset = generateDataset({
    tenant: { id: randomUUID(), name: 'Queue bench', slug: `queue-bench-${Date.now()}` },
    teams: [{ name: 'Bench', boardName: 'Bench board', projectKey: 'QB', members: 16, sprints: 6, issuesPerSprint: 30, issues: size }],
    now: new Date(),
    connectionId: randomUUID(),
    seed: 3,
  });
  const future = dataset.sprints.find((x) => x.state === 'FUTURE')!;
  const adminUrl = process.env.DATABASE_URL || 'postgres://root@127.0.0.1:5432/test';
  const dbName = `sr_bench_queue_${Date.now()}`;
  const benchUrl = pglite ? undefined : Object.assign(new URL(adminUrl), { pathname: `/${dbName}` }).toString();
  const admin = benchUrl ? postgres(adminUrl, { max: 1, onnotice: () => {} }) : undefined;
  console.log(`\nPart 2: generateQueue end to end (${pglite ? 'PGlite' : 'PostgreSQL'})`);
  let database: Awaited<ReturnType<typeof openDatabase>> | undefined;
  let runtime: ReturnType<typeof embeddedRuntime> | undefined;
  try {
    if (admin) await admin.unsafe(`create database "${dbName}"`);
    database = await openDatabase({ url: benchUrl });
    runtime = embeddedRuntime(
      { ...loadConfig(), databaseUrl: benchUrl, redisUrl: undefined, subgraphUrls: {} },
      database.db,
      createLogger(process.env.LOG_LEVEL ?? 'warn'),
      createSecretBox([{ id: 'bench', key: randomBytes(32) }]),
    );
    await startSubgraphs(runtime);
    await seedDataset(database.db, runtime.client, dataset);
    const generate = () =>
      runtime!.client.execute(
        'queues',
        dataset.tenant.id,
        adHoc<{
          generateQueue: {
            items: { points: number | null }[];
            leftOut: unknown[];
            conflicts: unknown[];
            utilisation: { capacityPoints: number; plannedPoints: number }[];
          };
        }>(
          `mutation($s: ID!) { generateQueue(sprintId: $s) { items { points } leftOut { reason } conflicts { kind } utilisation { capacityPoints plannedPoints } } }`,
        ),
        { s: future.id },
      );
    let last = await generate();
    const times: number[] = [];
    const before = database.statements.count;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      last = await generate();
      times.push(performance.now() - started);
    }
    const statements = (database.statements.count - before) / runs;
    const { p50, p95 } = percentiles(times)!;
    const q = last.generateQueue;
    const candidates = q.items.length + q.leftOut.length;
    const capacity = q.utilisation.reduce((x, u) => x + u.capacityPoints, 0);
    const planned = q.utilisation.reduce((x, u) => x + u.plannedPoints, 0);
    console.log(
      `${pad('backlog')}${int(candidates)} candidates of a ${int(dataset.issues.length)}-issue project, ${q.utilisation.length} disciplines, ${dataset.members.length} members`,
    );
    console.log(
      `${pad('generateQueue')}p50 ${ms(p50)}, p95 ${ms(p95)}, min ${ms(Math.min(...times))} (${runs} runs after one warm-up), ${statements.toFixed(0)} SQL statements per run`,
    );
    console.log(`${pad('queued')}${int(q.items.length)}, left out ${int(q.leftOut.length)}, ${q.conflicts.length} conflicts`);
    console.log(`${pad('fill ratio')}${(planned / capacity).toFixed(3)} (${planned.toFixed(1)} of ${capacity.toFixed(1)} points planned)`);
  } finally {
    await runtime?.jobs.close().catch(() => {});
    await database?.close().catch(() => {});
    if (admin) {
      await admin.unsafe(`drop database if exists "${dbName}" with (force)`).catch((err: Error) => console.error(`could not drop ${dbName}: ${err.message}`));
      await admin.end({ timeout: 5 });
    }
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      candidates: { type: 'string', default: '10000' },
      iterations: { type: 'string', default: '50' },
      warmup: { type: 'string', default: '20' },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string', default: '10' },
      pglite: { type: 'boolean', default: false },
      only: { type: 'string' },
    },
  });
  const size = Number(values.candidates);
  const iterations = Number(values.iterations);
  const warmup = Number(values.warmup);
  if (!Number.isInteger(size) || size < 3) throw new Error(`--candidates must be an integer of at least 3, got "${values.candidates}"`);
  if (!Number.isInteger(iterations) || iterations < 1) throw new Error(`--iterations must be a positive integer, got "${values.iterations}"`);
  if (!Number.isInteger(warmup) || warmup < 1) throw new Error(`--warmup must be a positive integer, got "${values.warmup}"`);
  console.log(`Sprint Reports: queue planner benchmark (Node ${process.version}, ${os.availableParallelism()} CPUs: ${os.cpus()[0]?.model.trim() ?? '?'})`);

  if (values.only !== 'e2e') {
    const input = backlog(size, Number(values.seed));
    const pure = purePlan(input, warmup, iterations);
    report(input, pure, warmup);
    if (pure.failure) {
      console.error(`\nFAILED: ${pure.failure}`);
      process.exitCode = 1;
    }
  }
  if (values.only !== 'plan') await endToEnd(size, Number(values.runs), values.pglite ?? false);
}

main().catch((err) => {
  console.error(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
