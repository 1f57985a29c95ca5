import fs from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { subgraphNames, type SubgraphName } from '@sprint-reports/core';
import { createTestDatabase, seedTenant, smallTeam, startTestRouter, testDatabaseUrl, type TestRouter } from '@sprint-reports/testing';
import type { Dataset } from '@sprint-reports/demo-data';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DASHBOARD = fs.readFileSync(`${root}tests/dashboard.graphql`, 'utf8');

/** Starts one subgraph as its own process on a free port; resolves with its URL once it says it listens. */
function startSubgraphProcess(name: SubgraphName, databaseUrl: string, children: ChildProcess[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', `subgraphs/${name}/src/server.ts`], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child); // recorded at once, so afterAll stops it even if another fails to start
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${name} subgraph exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      const entry = JSON.parse(line) as { port?: number; msg: string };
      if (entry.port && entry.msg.includes('listening')) resolve({ child, url: `http://127.0.0.1:${entry.port}/graphql` });
    });
  });
}

// Separate processes share one database server, so this mode needs PostgreSQL (CI sets it).
describe.runIf(testDatabaseUrl)('subgraphs as separate processes', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let acme: Dataset;
  let distributed: TestRouter;
  let embedded: TestRouter;
  const children: ChildProcess[] = [];
  let urls: Record<SubgraphName, string>;

  beforeAll(async () => {
    database = await createTestDatabase();
    acme = await seedTenant(database, 'acme', [smallTeam('Atlas')]);
    const started = await Promise.all(subgraphNames.map((name) => startSubgraphProcess(name, database.url!, children)));
    urls = Object.fromEntries(subgraphNames.map((name, i) => [name, started[i].url])) as Record<SubgraphName, string>;
    distributed = await startTestRouter(database, { tenantId: acme.tenant.id, subgraphUrls: urls });
    embedded = await startTestRouter(database, { tenantId: acme.tenant.id });
  }, 120_000);
  afterAll(async () => {
    for (const child of children) child.kill('SIGTERM');
    await distributed?.stop();
    await embedded?.stop();
    await database?.close();
  });

  test('a router pointed at subgraph URLs answers the dashboard exactly as the embedded one does', async () => {
    const viaHttp = await distributed.query(DASHBOARD, { boardId: acme.boards[0].id });
    expect(viaHttp.errors).toBeUndefined();
    expect(viaHttp.data.board.sprints).toHaveLength(6);
    expect(viaHttp).toEqual(await embedded.query(DASHBOARD, { boardId: acme.boards[0].id }));
  });

  test('a subgraph reached directly answers nothing without the tenant the router sends', async () => {
    const res = await fetch(urls.sprints, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ boards { id } }' }) });
    expect(res.status).toBe(401);
    const body = (await res.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
  });
});
