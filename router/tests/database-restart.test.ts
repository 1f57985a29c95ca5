import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isProcessAlive, subgraphNames, type SubgraphName } from '@sprint-reports/core';
import {
  createTestDatabase,
  freePort,
  seedTenant,
  smallTeam,
  startTestPostgres,
  startTestRouter,
  testEncryptionKey,
  testInternalSecret,
  type GraphQLResponse,
  type TestDatabase,
  type TestPostgres,
  type TestRouter,
} from '@sprint-reports/testing/router';
import type { Dataset } from '@sprint-reports/demo-data';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The test starts its own PostgreSQL cluster, so it needs the server's programs, not TEST_DATABASE_URL. */
const havePostgres = spawnSync('pg_config', ['--bindir']).status === 0;

/** Something from every subgraph: each one's part of the answer needs its database. */
const DASHBOARD = `query($b: ID!) {
  board(id: $b) {
    id name team { name members { user { displayName } } }
    sprints(last: 2) { id name issues { key } capacity { totalPoints } queue { id } reports { id } }
  }
}`;

/** Starts a subgraph as its own process; resolves once it listens. */
function startSubgraphProcess(name: SubgraphName, port: number, urls: Record<SubgraphName, string>, databaseUrl: string): Promise<ChildProcess> {
  const urlEnv = Object.fromEntries(subgraphNames.map((n) => [`${n.toUpperCase()}_SUBGRAPH_URL`, urls[n]]));
  const child = spawn(process.execPath, ['--import', 'tsx', `subgraphs/${name}/src/server.ts`], {
    cwd: root,
    // Jobs in-process (no REDIS_URL): the database is what this test takes away.
    env: {
      ...process.env,
      ...urlEnv,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      NODE_ENV: 'test',
      INTERNAL_SECRET: testInternalSecret,
      ENCRYPTION_KEY: testEncryptionKey,
      REDIS_URL: '',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${name} subgraph exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('{') && (JSON.parse(line) as { msg: string }).msg.includes('listening')) resolve(child);
    });
  });
}

/** Polls `check` until it answers true, for at most `timeoutMs`; fails with what it waited for. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting until ${what}`);
}

const codesOf = (body: GraphQLResponse) => [...new Set((body.errors ?? []).map((e) => e.extensions?.code))];

describe.runIf(havePostgres)('a PostgreSQL restart under load', () => {
  let pg: TestPostgres;
  let database: TestDatabase;
  let acme: Dataset;
  let distributed: TestRouter;
  let embedded: TestRouter;
  const children = new Map<SubgraphName, ChildProcess>();
  let urls: Record<SubgraphName, string>;

  beforeAll(async () => {
    pg = await startTestPostgres();
    database = await createTestDatabase(pg.url);
    acme = await seedTenant(database, 'acme', [smallTeam('Atlas')]);
    const ports = await Promise.all(subgraphNames.map(() => freePort()));
    urls = Object.fromEntries(subgraphNames.map((name, i) => [name, `http://127.0.0.1:${ports[i]}/graphql`])) as Record<SubgraphName, string>;
    await Promise.all(subgraphNames.map(async (name, i) => children.set(name, await startSubgraphProcess(name, ports[i], urls, database.url!))));
    distributed = await startTestRouter(database, { tenantId: acme.tenant.id, subgraphUrls: urls });
    embedded = await startTestRouter(database, { tenantId: acme.tenant.id });
  }, 180_000);
  afterAll(async () => {
    // Up again if a failed test left it stopped: dropping the database needs it.
    await pg?.start().catch(() => undefined);
    for (const child of children.values()) child.kill('SIGTERM');
    await distributed?.stop();
    await embedded?.stop();
    await database?.close();
    await pg?.destroy();
  });

  const health = async (url: string) => {
    const res = await fetch(url.replace(/\/graphql$/, '/health'));
    return { status: res.status, body: (await res.json()) as { status: string; database?: string } };
  };

  test('every subgraph process and both routers live through three immediate stops, answer DATABASE_UNAVAILABLE while it is down, and recover by themselves', async () => {
    const pids = new Map([...children].map(([name, child]) => [name, child.pid!]));
    const boardId = acme.boards[0].id;
    const teamId = acme.teams[0].id;
    const answers: { router: string; status: number; body: GraphQLResponse; mutation: boolean }[] = [];
    let loading = true;
    // A request that gets no GraphQL answer at all (a dropped connection, an HTML error page) is
    // recorded as such, for the assertions below to report.
    const send = (router: TestRouter, query: string, variables: Record<string, unknown>) =>
      router.request(query, variables).catch((err: Error) => ({
        status: 0,
        body: { errors: [{ message: `no answer: ${err.message}`, extensions: { code: 'NO_ANSWER' } }] } as GraphQLResponse,
      }));
    // Load: queries across all six subgraphs on both routers, and a write, until the test ends.
    const load = [distributed, embedded].flatMap((router) => [
      ...Array.from({ length: 2 }, async () => {
        while (loading) answers.push({ router: router.url, mutation: false, ...(await send(router, DASHBOARD, { b: boardId })) });
      }),
      (async () => {
        for (let i = 0; loading; i++) {
          const set = `mutation($t: ID!, $f: Float!) { setTeamCapacity(teamId: $t, input: { focusFactor: $f }) { focusFactor } }`;
          answers.push({ router: router.url, mutation: true, ...(await send(router, set, { t: teamId, f: 0.5 + (i % 5) / 10 })) });
        }
      })(),
    ]);
    const answersOk = (router: TestRouter) =>
      router.request(DASHBOARD, { b: boardId }).then((r) => r.status === 200 && !r.body.errors && r.body.data.board.id === boardId);

    try {
      for (let round = 1; round <= 3; round++) {
        await until(`both routers answer before stop ${round}`, async () => (await answersOk(distributed)) && (await answersOk(embedded)));
        await pg.stop('immediate');

        // While it is down: a typed error with a 503, from either router, and degraded health.
        for (const router of [distributed, embedded]) {
          let last: unknown;
          await until(`the ${router === distributed ? 'distributed' : 'embedded'} router answers DATABASE_UNAVAILABLE`, async () => {
            const { status, body } = await router.request(DASHBOARD, { b: boardId });
            last = { status, body };
            return status === 503 && !body.data?.board && codesOf(body).join() === 'DATABASE_UNAVAILABLE';
          }).catch((err: Error) => {
            throw new Error(`${err.message}; last answer: ${JSON.stringify(last).slice(0, 1500)}`);
          });
        }
        const { body } = await distributed.request(DASHBOARD, { b: boardId });
        expect(body.errors?.[0]).toMatchObject({
          message: 'The database is not reachable right now; try again shortly',
          extensions: { code: 'DATABASE_UNAVAILABLE' },
        });
        for (const url of [...Object.values(urls), embedded.url])
          expect(await health(url)).toMatchObject({ status: 503, body: { status: 'degraded', database: 'unavailable' } });

        await pg.start();
        // Back: the same processes answer again, without being restarted.
        for (const url of [...Object.values(urls), embedded.url]) await until(`${url} is healthy again`, async () => (await health(url)).status === 200);
        await until(`both routers answer after restart ${round}`, async () => (await answersOk(distributed)) && (await answersOk(embedded)));
      }
    } finally {
      loading = false;
      await Promise.all(load);
    }

    for (const [name, child] of children) {
      expect({ name, alive: child.exitCode === null && child.signalCode === null && isProcessAlive(child.pid!) }).toEqual({ name, alive: true });
      expect(child.pid).toBe(pids.get(name));
    }
    // Every answer under load was either a success or a typed database error: no dropped
    // connection, no INTERNAL_SERVER_ERROR, no null data without a code. A write may also have
    // lost its connection at COMMIT, and says its outcome is unknown.
    const unexpected = answers.filter(({ body, mutation }) =>
      codesOf(body).some((code) => code !== 'DATABASE_UNAVAILABLE' && !(mutation && code === 'OUTCOME_UNKNOWN')),
    );
    expect(unexpected.map((a) => a.body.errors)).toEqual([]);
    expect(answers.filter((a) => a.body.data == null && !a.body.errors?.length)).toEqual([]);
    expect(answers.filter((a) => codesOf(a.body).includes('DATABASE_UNAVAILABLE')).length).toBeGreaterThan(0);
    expect(answers.filter((a) => !a.body.errors).length).toBeGreaterThan(0);
  }, 240_000);
});
