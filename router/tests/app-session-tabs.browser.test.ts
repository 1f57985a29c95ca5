import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BrowserContext, type Page } from 'playwright-core';
import { hasChromium, launchChromium, watchOffMachineRequests, watchProblems } from './browser.ts';
import { seededRouter, smallTeam, type TestDatabase, type TestRouter, type TestUser } from '@sprint-reports/testing/router';
import type { Dataset } from '@sprint-reports/demo-data';
import { APP_DIST } from '../src/web-app.ts';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const KEY = 'sprint-reports.session';

/**
 * A signed-in tab duplicated (Chrome's "Duplicate tab" copies sessionStorage, so both tabs hold the
 * same single-use refresh token). When the access token runs out both tabs refresh at once: the
 * server must see that refresh token only once (a second use revokes the whole token family and
 * both tabs would land on "session expired"), and both tabs carry on with the renewed pair.
 */
describe.runIf(hasChromium() && fs.existsSync(path.join(APP_DIST, 'index.html')))('a duplicated tab of the web app', () => {
  let database: TestDatabase;
  let router: TestRouter;
  let browser: BrowserContext;
  let lead: TestUser;
  let appUrl: string;

  beforeAll(async () => {
    let ds: Dataset;
    ({
      database,
      router,
      tenants: { acme: ds },
    } = await seededRouter({ acme: [smallTeam('Atlas', { sprints: 3, issues: 40 })] }, { as: null, router: { config: { production: true } } }));
    appUrl = router.router.appUrl;
    lead = await router.signIn(ds.tenant.id, 'VIEWER');
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium({ width: 1280, height: 800 });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await router?.stop();
    await database?.close();
  });

  type Stored = { accessToken: string; refreshToken: string } | null;
  const stored = (page: Page) => page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? 'null') as Stored, KEY);
  const boards = (page: Page) => page.locator('[data-testid=sprint-progress]').first().waitFor();

  test('both tabs pass two refreshes with one use of each refresh token, and stay signed in', async () => {
    const problems: string[] = [];
    const outside: string[] = [];
    const refreshes: string[] = [];
    const watch = (page: Page) => {
      watchProblems(page, problems);
      watchOffMachineRequests(page, outside);
      page.on('request', (req) => {
        const body = req.postData() ?? '';
        if (/refreshToken\(/.test(body)) refreshes.push((JSON.parse(body) as { variables: { refreshToken: string } }).variables.refreshToken);
      });
    };

    const first = await browser.newPage();
    watch(first);
    // Each tab's clock, moved on together to just before the access token's 15 minutes are up.
    await first.clock.install();
    await first.goto(new URL('/sign-in', appUrl).href);
    await first.getByLabel('Email').fill(lead.email);
    await first.getByLabel('Password').fill(lead.password);
    await first.getByRole('button', { name: 'Sign in' }).click();
    await boards(first);
    const signedIn = (await stored(first))!;

    // The duplicate: a second tab of the same browser that starts with a copy of the first's sessionStorage.
    const second = await browser.newPage();
    watch(second);
    await second.clock.install();
    await second.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem(key)) sessionStorage.setItem(key, value);
      },
      [KEY, JSON.stringify(signedIn)] as const,
    );
    await second.goto(appUrl);
    await boards(second);
    expect((await stored(second))?.refreshToken).toBe(signedIn.refreshToken);

    let previous = signedIn;
    for (let round = 1; round <= 2; round++) {
      await Promise.all([first.clock.fastForward('14:30'), second.clock.fastForward('14:30')]);
      // One tab renewed the pair; the other took it instead of presenting the used refresh token.
      await expect.poll(async () => (await stored(first))?.refreshToken).not.toBe(previous.refreshToken);
      await expect.poll(async () => (await stored(second))?.refreshToken).toBe((await stored(first))?.refreshToken);
      expect(refreshes).toHaveLength(round);
      expect(new Set(refreshes).size).toBe(refreshes.length);
      previous = (await stored(first))!;
      for (const page of [first, second]) expect(new URL(page.url()).pathname).toBe('/');
    }

    // Both keep working with the renewed session (a revoked family would send them to /session-expired).
    for (const page of [first, second]) {
      await page.reload();
      await boards(page);
      expect(new URL(page.url()).pathname).toBe('/');
    }
    await second.screenshot({ path: path.join(SCREENSHOTS, 'app-duplicated-tab-after-refresh.png') });
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await first.close();
    await second.close();
  });
});
