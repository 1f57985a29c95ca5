import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type BrowserContext } from 'playwright-core';
import { createTestDatabase, seedTenant, smallTeam, startTestRouter, type TestRouter, type TestUser } from '@sprint-reports/testing';

const CHROMIUM = '/usr/bin/chromium';

// An analyst opening the router in a browser: GraphiQL from the router's own bundle, a sign-in
// form, the schema loaded through the gateway once signed in, and not one request leaving the machine.
// In production mode: there only signed-in users may introspect.
describe.runIf(fs.existsSync(CHROMIUM))('GraphiQL in a browser', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let router: TestRouter;
  let browser: BrowserContext;
  let analyst: TestUser;

  beforeAll(async () => {
    database = await createTestDatabase();
    const ds = await seedTenant(database, 'acme', [smallTeam('Atlas', { sprints: 2, issues: 30 })]);
    router = await startTestRouter(database, { config: { production: true } });
    analyst = await router.signIn(ds.tenant.id, 'VIEWER');
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

  test('signs in with email and password, then introspects the supergraph with the token; fetches nothing from elsewhere', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (req) => {
      const host = new URL(req.url()).hostname;
      if (!['127.0.0.1', 'localhost'].includes(host) && !req.url().startsWith('data:')) outside.push(req.url());
    });
    type Res = { url(): string; request(): { method(): string; postData(): string | null; headers(): Record<string, string> } };
    const isIntrospection = (res: Res) => res.url().endsWith('/graphql') && res.request().method() === 'POST' && /__schema/.test(res.request().postData() ?? '');
    // GraphiQL may ask for the schema more than once: the one that matters after signing in carries the token.
    const isSignedInIntrospection = (res: Res) => isIntrospection(res) && !!res.request().headers().authorization;

    // The page's clock, to move it to just before the access token expires.
    await page.clock.install();
    // Signed out: the schema is refused.
    const anonymous = page.waitForResponse(isIntrospection);
    await page.goto(router.url);
    await page.waitForSelector('.graphiql-container');
    expect((await anonymous).status()).toBe(401);
    expect(await page.title()).toContain('Sprint Reports');

    // Signing in loads it again, with the access token.
    const signedIn = page.waitForResponse(isSignedInIntrospection);
    await page.fill('input[name=email]', analyst.email);
    await page.fill('input[name=password]', analyst.password);
    await page.click('button[type=submit]');
    await page.waitForSelector(`text=Signed in as ${analyst.email}`);
    const response = await signedIn;
    expect(await response.request().headerValue('authorization')).toMatch(/^Bearer ey/);
    const schema = (await response.json()) as { data: { __schema: { types: { name: string }[] } } };
    const types = schema.data.__schema.types.map((t) => t.name);
    expect(types).toEqual(expect.arrayContaining(['Board', 'Sprint', 'SprintAnalysis', 'Issue', 'CapacitySetting', 'Queue', 'Report', 'Team', 'User']));
    expect(types).not.toContain('SprintIssueFact');

    // The session lives in this tab only (sessionStorage).
    const stored = () => page.evaluate(() => JSON.parse(sessionStorage.getItem('sprint-reports.session') ?? 'null') as { email: string; accessToken: string } | null);
    const first = await stored();
    expect(first?.email).toBe(analyst.email);

    // A minute before the access token's 15 minutes are up, the refresh token gets a new pair.
    const refreshed = page.waitForResponse((res) => /refreshToken\(/.test(res.request().postData() ?? ''));
    await page.clock.fastForward('14:30');
    expect((await refreshed).status()).toBe(200);
    await expect.poll(async () => (await stored())?.accessToken).not.toBe(first!.accessToken);

    // And it survives a reload.
    const reloaded = page.waitForResponse(isSignedInIntrospection);
    await page.reload();
    expect((await reloaded).status()).toBe(200);

    // A wrong password says why, and signs no one in.
    await page.click('text=Sign out');
    await page.fill('input[name=email]', analyst.email);
    await page.fill('input[name=password]', 'wrong password');
    await page.click('button[type=submit]');
    await page.waitForSelector('[role=alert]');
    expect(await page.evaluate(() => sessionStorage.getItem('sprint-reports.session'))).toBeNull();
    expect(outside).toEqual([]);
  });
});
