import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type BrowserContext } from 'playwright-core';
import { createTestDatabase, seedTenant, smallTeam, startTestRouter, type TestRouter } from '@sprint-reports/testing';

const CHROMIUM = '/usr/bin/chromium';

// An analyst opening the router in a browser: GraphiQL from the router's own bundle, schema
// loaded through the gateway, and not one request leaving the machine.
describe.runIf(fs.existsSync(CHROMIUM))('GraphiQL in a browser', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let router: TestRouter;
  let browser: BrowserContext;

  beforeAll(async () => {
    database = await createTestDatabase();
    const ds = await seedTenant(database, 'acme', [smallTeam('Atlas', { sprints: 2, issues: 30 })]);
    router = await startTestRouter(database, { tenantId: ds.tenant.id });
    browser = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'sr-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await router?.stop();
    await database?.close();
  });

  test('renders, introspects the supergraph, and fetches nothing from elsewhere', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (req) => {
      const host = new URL(req.url()).hostname;
      if (!['127.0.0.1', 'localhost'].includes(host) && !req.url().startsWith('data:')) outside.push(req.url());
    });
    const introspection = page.waitForResponse((res) => res.url().endsWith('/graphql') && res.request().method() === 'POST');
    await page.goto(router.url);
    await page.waitForSelector('.graphiql-container');
    const schema = (await (await introspection).json()) as { data: { __schema: { types: { name: string }[] } } };
    const types = schema.data.__schema.types.map((t) => t.name);
    expect(types).toEqual(expect.arrayContaining(['Board', 'Sprint', 'SprintAnalysis', 'Issue', 'CapacitySetting', 'Queue', 'Report', 'Team', 'User']));
    expect(types).not.toContain('SprintIssueFact');
    expect(await page.title()).toContain('Sprint Reports');
    expect(outside).toEqual([]);
  });
});
