import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SubgraphName } from '@sprint-reports/core';
import {
  seededDatabase,
  seededRouter,
  smallTeam,
  startSubgraphProcesses,
  startTestRouter,
  testDatabaseUrl,
  type GraphQLResponse,
  type SubgraphProcesses,
  type TestDatabase,
  type TestRouter,
  type TestUser,
} from '@sprint-reports/testing/router';
import type { Dataset } from '@sprint-reports/demo-data';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DASHBOARD = fs.readFileSync(`${root}tests/dashboard.graphql`, 'utf8');

type Dashboard = { board: { team: unknown; sprints: DashboardSprint[] } | null };
type DashboardSprint = {
  state: string;
  capacity: unknown;
  issues: { assignee: unknown }[] | null;
  queue: { items: { issue: unknown }[] } | null;
  reports: unknown[] | null;
};

/** The errors' codes and the subgraphs they name, once each. */
const failures = (res: GraphQLResponse) => [...new Set(res.errors?.map((e) => `${e.extensions?.code} ${e.extensions?.subgraph}`))];

// Separate processes share one database server, so this needs PostgreSQL (CI sets it).
describe.runIf(testDatabaseUrl)('a subgraph process that dies costs only its own fields', () => {
  let database: TestDatabase;
  let demo: Dataset;
  let processes: SubgraphProcesses;
  let router: TestRouter;
  let manager: TestUser;
  let full: Dashboard;

  const dashboard = async () => {
    const res = await router.request<Dashboard>(DASHBOARD, { boardId: demo.boards[0].id }, { token: manager.accessToken });
    expect(res.status).toBe(200);
    // The client never learns where the subgraphs run.
    expect(JSON.stringify(res.body)).not.toMatch(/127\.0\.0\.1|localhost/);
    return res.body;
  };

  /** The full dashboard with what a dead subgraph takes away set to null. */
  const without = (change: (board: NonNullable<Dashboard['board']>) => void): Dashboard => {
    const expected = structuredClone(full);
    change(expected.board!);
    return expected;
  };

  beforeAll(async () => {
    ({
      database,
      tenants: { demo },
    } = await seededDatabase({ demo: [smallTeam('Atlas')] }));
    // Stored analyses are served as they are (no recomputation mid-test): the answers stay comparable.
    processes = await startSubgraphProcesses(database.url!, { env: { ANALYSIS_TTL_SECONDS: '3600' } });
    router = await startTestRouter(database, { tenantId: demo.tenant.id, subgraphUrls: processes.urls });
    manager = await router.signIn(demo.tenant.id, 'MANAGER', { teams: { [demo.teams[0].id]: 'MANAGER' } });
    // Something in every subgraph's part of the dashboard: a queue for the future sprint, a report.
    const as = router.as(manager);
    const future = demo.sprints.find((s) => s.boardId === demo.boards[0].id && s.state === 'FUTURE')!;
    const closed = demo.sprints.filter((s) => s.boardId === demo.boards[0].id && s.state === 'CLOSED').at(-1)!;
    expect((await as(`mutation($s: ID!) { generateQueue(sprintId: $s) { id } }`, { s: future.id })).errors).toBeUndefined();
    expect(
      (await as(`mutation($s: ID!) { generateReport(input: { kind: SPRINT, format: JSON, sprintId: $s }) { id } }`, { s: closed.id })).errors,
    ).toBeUndefined();

    const res = await dashboard();
    expect(res.errors).toBeUndefined();
    full = res.data!;
    const sprints = full.board!.sprints;
    expect(full.board!.team).not.toBeNull();
    expect(sprints.every((s) => s.capacity && s.issues?.length && s.reports)).toBe(true);
    expect(sprints.some((s) => s.issues!.some((i) => i.assignee))).toBe(true);
    expect(sprints.find((s) => s.state === 'FUTURE')!.queue!.items.length).toBeGreaterThan(0);
    expect(sprints.some((s) => s.reports!.length)).toBe(true);
  }, 240_000);

  afterAll(async () => {
    await processes?.stop();
    await router?.stop();
    await database?.close();
  });

  /** Kills the subgraph's process (SIGKILL), runs the dashboard, starts it again: the full answer is back. */
  async function withoutSubgraph(name: SubgraphName) {
    await processes.get(name).kill();
    const res = await dashboard();
    await processes.get(name).restart();
    const again = await dashboard();
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(full);
    return res;
  }

  test.each<[SubgraphName, (board: NonNullable<Dashboard['board']>) => void]>([
    [
      'users',
      (board) => {
        board.team = null;
        for (const sprint of board.sprints) {
          // A sprint's capacity stays: capacity reads its own copy of the team's members.
          for (const issue of sprint.issues!) issue.assignee = null;
        }
      },
    ],
    [
      'issues',
      (board) => {
        for (const sprint of board.sprints) {
          sprint.issues = null;
          for (const item of sprint.queue?.items ?? []) item.issue = null;
        }
      },
    ],
    ['capacity', (board) => board.sprints.forEach((sprint) => void (sprint.capacity = null))],
    // A future sprint's capacity stays: capacity holds its own copy of the queue's planned points.
    ['queues', (board) => board.sprints.forEach((sprint) => void (sprint.queue = null))],
    ['reports', (board) => board.sprints.forEach((sprint) => void (sprint.reports = null))],
  ])(
    'without the %s subgraph the dashboard answers everything else, with SUBGRAPH_UNAVAILABLE naming it',
    async (name, lost) => {
      const res = await withoutSubgraph(name);
      expect(res.data).toEqual(without(lost));
      // Every error says which subgraph was missing, whether the router or another subgraph needed it.
      expect(failures(res)).toEqual([`SUBGRAPH_UNAVAILABLE ${name}`]);
      expect(res.errors![0].message).toMatch(new RegExp(`^The ${name} subgraph could not be reached`));
    },
    120_000,
  );

  test("without the process that serves a route, the route answers 503 with Retry-After: a report's download (reports), a JIRA webhook (issues)", async () => {
    await processes.get('reports').kill();
    await processes.get('issues').kill();
    try {
      const download = await fetch(new URL(`/reports/${randomUUID()}/download`, router.url), { headers: { authorization: `Bearer ${manager.accessToken}` } });
      expect([download.status, download.headers.get('retry-after'), download.headers.get('cache-control')]).toEqual([503, '5', 'private, no-store']);
      expect(((await download.json()) as { errors: unknown[] }).errors).toEqual([
        { message: 'The report cannot be read right now; try again shortly', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } },
      ]);
      const webhook = await fetch(new URL(`/webhooks/jira/${randomUUID()}`, router.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect([webhook.status, webhook.headers.get('retry-after')]).toEqual([503, '5']);
      expect(await webhook.json()).toEqual({
        ok: false,
        code: 'SUBGRAPH_UNAVAILABLE',
        message: 'The webhook could not be applied right now; send it again shortly',
      });
    } finally {
      await processes.get('reports').restart();
      await processes.get('issues').restart();
    }
  }, 120_000);

  test('without the sprints subgraph (the board itself) the board is null with SUBGRAPH_UNAVAILABLE, not a failed request', async () => {
    const res = await withoutSubgraph('sprints');
    expect(res.data).toEqual({ board: null });
    expect(failures(res)).toEqual(['SUBGRAPH_UNAVAILABLE sprints']);
  }, 120_000);
});

/**
 * A subgraph behind a proxy that has nobody to send to (503), or one that never answers, in
 * production: the same partial answer, with a code and no stack trace.
 */
describe('a subgraph behind a proxy, or too slow', () => {
  let database: TestDatabase;
  let demo: Dataset;
  let router: TestRouter;
  let behaviour: 'unavailable' | 'silent' = 'unavailable';
  const held: http.ServerResponse[] = [];
  const asked: string[] = [];
  // What a load balancer (Envoy, nginx) answers when the subgraph behind it is gone; or nothing at all.
  const proxy = http.createServer((req, res) => {
    asked.push(behaviour);
    if (behaviour === 'silent') return void held.push(res);
    res.writeHead(503, { 'content-type': 'text/plain' }).end('no healthy upstream');
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const reports = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
    ({
      database,
      router,
      tenants: { proxied: demo },
    } = await seededRouter(
      { proxied: [smallTeam('Atlas', { sprints: 3 })] },
      { router: { subgraphUrls: { reports }, config: { production: true, subgraphTimeoutMs: 300 } } },
    ));
  }, 120_000);
  afterAll(async () => {
    await router?.stop();
    for (const res of held) res.destroy();
    proxy.close();
    await database?.close();
  });

  const dashboard = async () => {
    const res = await router.request<Dashboard>(DASHBOARD, { boardId: demo.boards[0].id });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toMatch(/127\.0\.0\.1|stacktrace|\.ts:\d+/);
    const sprints = res.body.data!.board!.sprints;
    expect(sprints).toHaveLength(3);
    // Everything but the reports subgraph's field answers.
    expect(sprints.every((s) => s.reports === null && s.issues?.length && s.capacity)).toBe(true);
    expect(res.body.data!.board!.team).not.toBeNull();
    return res.body;
  };

  test('a proxy answering 503 for the subgraph: SUBGRAPH_UNAVAILABLE naming it, the rest answered', async () => {
    behaviour = 'unavailable';
    const res = await dashboard();
    expect(asked).toContain('unavailable');
    expect(res.errors).toEqual([
      {
        message: 'The reports subgraph is unavailable (HTTP 503): its fields are missing from this answer',
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'reports' },
      },
    ]);
  });

  test('a subgraph that never answers: SUBGRAPH_TIMEOUT naming it after SUBGRAPH_TIMEOUT_MS, the rest answered', async () => {
    behaviour = 'silent';
    const res = await dashboard();
    expect(held.length).toBeGreaterThan(0);
    expect(res.errors).toEqual([
      {
        message: 'The reports subgraph did not answer within 300 ms: its fields are missing from this answer',
        extensions: { code: 'SUBGRAPH_TIMEOUT', subgraph: 'reports' },
      },
    ]);
  });
});
