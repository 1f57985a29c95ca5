import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BrowserContext, type Page } from 'playwright-core';
import { accessibilityViolations, hasChromium, launchChromium, watchProblems } from './browser.ts';
import { seededRouter, smallTeam, type TestDatabase, type TestRouter, type TestUser } from '@sprint-reports/testing/router';
import type { Dataset } from '@sprint-reports/demo-data';
import { APP_DIST } from '../src/web-app.ts';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

type BoardFigures = {
  id: string;
  name: string;
  team: { name: string } | null;
  sprints: { id: string; name: string; state: string; analysis: { committedPoints: number; completedPoints: number } | null }[];
};

// A team lead opening the router's root in a browser: the web app from the router's own build,
// sign-in, their boards with the figures the API gives, a board's sprints; nothing from elsewhere.
describe.runIf(hasChromium() && fs.existsSync(path.join(APP_DIST, 'index.html')))('the web app in a browser', () => {
  let database: TestDatabase;
  let router: TestRouter;
  let browser: BrowserContext;
  let lead: TestUser;
  let appUrl: string;
  let tenantId: string;

  beforeAll(async () => {
    let ds: Dataset;
    ({
      database,
      router,
      tenants: { acme: ds },
    } = await seededRouter(
      { acme: [smallTeam('Atlas', { sprints: 3, issues: 60 }), smallTeam('Borealis', { sprints: 2, issues: 40 })] },
      { as: null, router: { config: { production: true } } },
    ));
    appUrl = router.router.appUrl;
    tenantId = ds.tenant.id;
    lead = await router.signIn(ds.tenant.id, 'VIEWER');
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium({ width: 1280, height: 800 });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await router?.stop();
    await database?.close();
  });

  /** A page that records requests leaving 127.0.0.1/localhost and console errors. */
  async function watchedPage(): Promise<{ page: Page; outside: string[]; problems: string[] }> {
    const page = await browser.newPage();
    const outside: string[] = [];
    const problems: string[] = [];
    page.on('request', (req) => {
      const host = new URL(req.url()).hostname;
      if (!['127.0.0.1', 'localhost'].includes(host) && !req.url().startsWith('data:')) outside.push(req.url());
    });
    watchProblems(page, problems);
    return { page, outside, problems };
  }

  /**
   * The subscriptions the boards page opens: per board its figures (sprintAnalysisUpdated), and
   * its active sprint and next future one (sprintUpdated: they are the ones that start or close).
   */
  async function boardsPageSubscriptions(): Promise<number> {
    const { data } = await router.as(lead)<{ boards: { sprints: { state: string }[] }[] }>('{ boards { sprints { state } } }');
    return data!.boards.reduce((n, b) => n + 1 + Number(b.sprints.some((s) => s.state === 'ACTIVE')) + Number(b.sprints.some((s) => s.state === 'FUTURE')), 0);
  }

  test('the router serves the app at / with cache headers; API paths keep their JSON 404s', async () => {
    const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
    const root = await fetch(appUrl, { headers: html });
    expect(root.status).toBe(200);
    expect(root.headers.get('cache-control')).toBe('no-cache');
    const page = await root.text();
    expect(page).toContain('<title>Sprint Reports</title>');
    // Every script and stylesheet is ours, hashed, and cached for a year.
    const assets = [...page.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      const res = await fetch(new URL(asset, appUrl));
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    expect(page).not.toMatch(/https?:\/\/(?!localhost)/);

    // A shared link to a page of the app opens the app.
    const deep = await fetch(new URL('/boards/123?tab=x', appUrl), { headers: html });
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe(page);

    // Not pages: API paths, files, and clients that do not ask for HTML.
    for (const [p, headers] of [
      ['/graphql/nope', html],
      ['/health/x', html],
      ['/webhooks/x', html],
      ['/reports/x', html],
      ['/assets/missing.js', html],
      ['/favicon.ico', html],
      ['/boards', {}],
      ['/', { accept: 'application/json' }],
    ] as const) {
      const res = await fetch(new URL(p, appUrl), { headers });
      expect(res.status, p).toBe(404);
      expect(res.headers.get('content-type'), p).toMatch(/json/);
    }
    // GraphiQL stays at /graphql.
    const graphiql = await fetch(router.url, { headers: html });
    expect(await graphiql.text()).toContain('GraphiQL');
  });

  test("a team lead signs in and sees their boards with the API's figures, opens a board, signs out", async () => {
    const { page, outside, problems } = await watchedPage();
    // The figures the API gives, to compare with what the page shows.
    const { data } = await router.as(lead)<{ boards: BoardFigures[] }>(
      '{ boards { id name team { name } sprints { id name state analysis { committedPoints completedPoints } } } }',
    );
    const boards = data!.boards;
    expect(boards.length).toBe(2);

    await page.goto(appUrl);
    // Signed out: the sign-in page.
    await page.waitForSelector('h1:has-text("Sign in")');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sign-in.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Email').fill(lead.email);
    await page.getByLabel('Password').fill(lead.password);
    // The GraphQL requests sent once login has answered: the boards page is one round trip. (The
    // sign-in page's own discovery query may still go out while the password is being checked.)
    const queries: string[] = [];
    let signedIn = false;
    page.on('response', (res) => {
      if (/\blogin\(/.test(res.request().postData() ?? '')) signedIn = true;
    });
    page.on('request', (req) => {
      if (!signedIn || req.method() !== 'POST' || new URL(req.url()).pathname !== '/graphql') return;
      queries.push((JSON.parse(req.postData() ?? '{}') as { operationName?: string }).operationName ?? '(anonymous)');
    });
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.waitForSelector('h1:has-text("Boards")');
    await page.waitForSelector('[data-testid=sprint-progress]');
    await expect.poll(() => page.locator('[data-testid=sprint-progress]').count()).toBe(boards.length);
    expect(queries).toEqual(['Boards']);
    for (const board of boards) {
      const card = page.locator('li.board', { has: page.getByRole('link', { name: board.name }) });
      await expect.poll(() => card.textContent()).toContain(`Team ${board.team!.name}`);
      const active = board.sprints.filter((s) => s.state === 'ACTIVE').at(-1)!;
      // The active sprint's name opens its report.
      expect(await card.getByRole('link', { name: active.name, exact: true }).getAttribute('href')).toBe(`/boards/${board.id}/sprints/${active.id}`);
      expect(await card.locator('[data-figure=completed]').textContent()).toBe(String(active.analysis!.completedPoints));
      expect(await card.locator('[data-figure=committed]').textContent()).toBe(String(active.analysis!.committedPoints));
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, 'boards-1280.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    // A phone-width screen: no horizontal scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'boards-390.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });

    // A board: its sprints, newest first; the URL can be shared and reloaded.
    const atlas = boards.find((b) => b.name === 'Atlas board')!;
    await page.getByRole('link', { name: 'Atlas board' }).click();
    await page.waitForSelector('h1:has-text("Atlas board")');
    expect(new URL(page.url()).pathname).toBe(`/boards/${atlas.id}`);
    await page.reload();
    await page.waitForSelector('.sprint-list li');
    const names = await page.locator('.sprint-list li strong').allTextContents();
    expect(names).toEqual(atlas.sprints.map((s) => s.name).reverse());
    await page.screenshot({ path: path.join(SCREENSHOTS, 'board.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    // A board that is not there says so in words.
    await page.goto(new URL('/boards/00000000-0000-0000-0000-000000000000', appUrl).href);
    await page.waitForSelector('[role=alert]');
    expect(await page.locator('[role=alert]').textContent()).toContain('Not found');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForSelector('h1:has-text("Sign in")');
    expect(await page.evaluate(() => sessionStorage.getItem('sprint-reports.session'))).toBeNull();
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  test('a wrong password says why; a session whose refresh token is refused shows the expired page', async () => {
    const { page, outside } = await watchedPage();
    await page.goto(new URL('/sign-in', appUrl).href);
    await page.getByLabel('Email').fill(lead.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForSelector('[role=alert]');
    expect((await page.locator('[role=alert]').textContent())?.length).toBeGreaterThan(5);
    expect(await page.evaluate(() => sessionStorage.getItem('sprint-reports.session'))).toBeNull();

    // A session from before whose access token has run out and whose refresh token is used up.
    await page.evaluate((email) => {
      const expired = { email, accessToken: 'x.e30.x', refreshToken: 'used-up', expiresAt: Date.now() - 1000 };
      sessionStorage.setItem('sprint-reports.session', JSON.stringify(expired));
    }, lead.email);
    await page.goto(appUrl);
    await page.waitForSelector('h1:has-text("Your session has expired")');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'session-expired.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Sign in again' }).click();
    await page.waitForSelector('h1:has-text("Sign in")');
    expect(outside).toEqual([]);
    await page.close();
  });

  test("the boards page updates by itself when a sprint's figures change (sprintAnalysisUpdated)", async () => {
    const { page, outside, problems } = await watchedPage();
    await page.goto(new URL('/sign-in', appUrl).href);
    await page.getByLabel('Email').fill(lead.email);
    await page.getByLabel('Password').fill(lead.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const card = page.locator('li.board', { has: page.getByRole('link', { name: 'Atlas board' }) });
    await card.locator('[data-testid=sprint-progress]').waitFor();
    expect(await card.locator('[data-testid=sprint-progress]').textContent()).toContain('committed points completed');

    // Waits until the page's subscriptions are open at the router, so the change cannot slip past
    // them; the earlier tests' pages are closed.
    const subscriptions = await boardsPageSubscriptions();
    await expect.poll(() => router.router.live.size).toBe(subscriptions);
    // A manager counts the board's sprints in issues instead of points: the figures are analysed anew.
    const admin = await router.signIn(tenantId, 'ADMIN');
    const asAdmin = router.as(admin);
    const { data } = await asAdmin<{ boards: { id: string; name: string }[] }>('{ boards { id name } }');
    const atlas = data!.boards.find((b) => b.name === 'Atlas board')!;
    const changed = await asAdmin(`mutation($id: ID!) { updateBoardSettings(boardId: $id, settings: { estimationStatistic: ISSUE_COUNT }) { id } }`, {
      id: atlas.id,
    });
    expect(changed.errors).toBeUndefined();

    await page.getByRole('status').filter({ hasText: 'Updated just now' }).waitFor();
    await expect.poll(() => card.locator('[data-testid=sprint-progress]').textContent()).toContain('committed issues completed');
    const { data: now } = await asAdmin<{ board: { sprints: { state: string; analysis: { committedPoints: number; completedPoints: number } | null }[] } }>(
      'query($id: ID!) { board(id: $id) { sprints { state analysis { committedPoints completedPoints } } } }',
      { id: atlas.id },
    );
    const active = now!.board.sprints.filter((s) => s.state === 'ACTIVE').at(-1)!;
    expect(await card.locator('[data-figure=completed]').textContent()).toBe(String(active.analysis!.completedPoints));
    expect(await card.locator('[data-figure=committed]').textContent()).toBe(String(active.analysis!.committedPoints));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'boards-live-update.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  test('the access token is refreshed silently a minute before it expires; the page and its subscriptions carry on', async () => {
    const { page, outside, problems } = await watchedPage();
    // The page's clock, to move it to just before the access token's 15 minutes are up.
    await page.clock.install();
    await page.goto(new URL('/sign-in', appUrl).href);
    await page.getByLabel('Email').fill(lead.email);
    await page.getByLabel('Password').fill(lead.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('[data-testid=sprint-progress]').first().waitFor();
    const subscriptions = await boardsPageSubscriptions();
    await expect.poll(() => router.router.live.size).toBe(subscriptions);
    const stored = () => page.evaluate(() => JSON.parse(sessionStorage.getItem('sprint-reports.session') ?? 'null') as { accessToken: string } | null);
    const first = (await stored())!.accessToken;

    // Subscriptions opened at the router from here on.
    let open = router.router.live.size;
    let opened = 0;
    const count = (now: number) => {
      if (now > open) opened += now - open;
      open = now;
    };
    router.router.live.changes.on('size', count);
    const refreshed = page.waitForResponse((res) => /refreshToken\(/.test(res.request().postData() ?? ''));
    await page.clock.fastForward('14:30');
    expect((await refreshed).status()).toBe(200);
    await expect.poll(async () => (await stored())?.accessToken).not.toBe(first);
    // Still signed in, and the subscriptions resubscribed on a socket signed in with the new token.
    expect(new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => opened).toBe(subscriptions);
    await expect.poll(() => router.router.live.size).toBe(subscriptions);
    router.router.live.changes.off('size', count);
    await page.reload();
    await page.locator('[data-testid=sprint-progress]').first().waitFor();
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });
});
