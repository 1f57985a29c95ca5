import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import type { Role, TeamRole } from '@sprint-reports/core';
import type { Config } from '@sprint-reports/core';
import type { Dataset, TeamSpec } from '@sprint-reports/demo-data';
import { seededRouter, smallTeam, type TestDatabase, type TestRouter, type TestUser } from '@sprint-reports/testing/router';
import { APP_DIST } from '../src/web-app.ts';

/** Debian's Chromium, which the browser tests drive (`.ci/run` installs it; the tests skip without it). */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = () => fs.existsSync(CHROMIUM);

/** A headless Chromium of its own profile, with nothing that calls home. */
export function launchChromium(viewport?: { width: number; height: number }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'sr-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    ...(viewport ? { viewport } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Records on `problems` what a user must never meet: console errors, page errors, HTTP answers of 400 and above. */
export function watchProblems(page: Page, problems: string[] = []): string[] {
  page.on('console', (msg) => void (msg.type() === 'error' && problems.push(msg.text())));
  page.on('pageerror', (err) => void problems.push(err.message));
  page.on('response', (res) => void (res.status() >= 400 && problems.push(`HTTP ${res.status()} ${res.url()}`)));
  return problems;
}

/**
 * axe-core's serious and critical violations on the page as it stands (WCAG 2 A/AA rules), each as
 * "rule: what is wrong (where)"; the browser tests expect none.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}

/** Records on `requests` every request the page sends off this machine (the app loads nothing from a CDN). */
export function watchOffMachineRequests(page: Page, requests: string[] = []): string[] {
  page.on('request', (req) => {
    const { protocol, hostname } = new URL(req.url());
    if ((protocol === 'http:' || protocol === 'https:' || protocol === 'ws:' || protocol === 'wss:') && !['127.0.0.1', 'localhost', '[::1]'].includes(hostname))
      requests.push(req.url());
  });
  return requests;
}

/** A new page of `browser` signed in through the app's own sign-in form, on the boards page, with its problems recorded. */
export async function signedInAppPage(
  browser: BrowserContext,
  appUrl: string,
  user: { email: string; password: string },
): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems = watchProblems(page);
  await page.goto(new URL('/sign-in', appUrl).href);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForSelector('h1:has-text("Boards")');
  return { page, problems };
}

/** Whether the browser tests can run here: Chromium installed and the app built (`npm run build:app`). */
export const canRunAppTests = () => hasChromium() && fs.existsSync(path.join(APP_DIST, 'index.html'));

/** Where every browser test writes its screenshots (git-ignored; look at them before resolving). */
export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

/**
 * One app under test: a database seeded with `teams` of one tenant (`acme`), a real router serving
 * the built app, and a headless Chromium. The setup every app*.browser test shares; `stop()` in afterAll.
 */
export interface AppUnderTest {
  database: TestDatabase;
  router: TestRouter;
  browser: BrowserContext;
  dataset: Dataset;
  tenantId: string;
  /** A new user of `role` (tenant role; `teams` gives team roles by team id), signed in through the API. */
  user(role: Role, teams?: Record<string, TeamRole>): Promise<TestUser>;
  /** A page signed in as `user` through the app's sign-in form, on the boards page, with its problems recorded. */
  page(user: TestUser): Promise<{ page: Page; problems: string[] }>;
  /** Saves a full-page screenshot to test-results/screenshots/<name>.png. */
  screenshot(page: Page, name: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startAppUnderTest(
  opts: { teams?: TeamSpec[]; config?: Partial<Config>; viewport?: { width: number; height: number } } = {},
): Promise<AppUnderTest> {
  // Anonymous router (as: null): people sign in through the app, as users do.
  const seeded = await seededRouter(
    { acme: opts.teams ?? [smallTeam('Atlas', { sprints: 6, issues: 120 })] },
    { as: null, router: { config: { production: true, ...(opts.config ?? {}) } } },
  );
  const { database, router } = seeded;
  const dataset = seeded.tenants.acme;
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const browser = await launchChromium(opts.viewport ?? { width: 1280, height: 800 }).catch(async (err: unknown) => {
    await seeded.close();
    throw err;
  });
  const tenantId = dataset.tenant.id;
  return {
    database,
    router,
    browser,
    dataset,
    tenantId,
    user: (role, teams) => router.signIn(tenantId, role, teams ? { teams } : undefined),
    page: (user) => signedInAppPage(browser, router.router.appUrl, user),
    screenshot: async (page, name) => void (await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })),
    stop: async () => {
      await browser.close().catch(() => {});
      await seeded.close();
    },
  };
}
