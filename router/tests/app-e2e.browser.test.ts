import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BrowserContext, type Page } from 'playwright-core';
import { openDatabase, type DatabaseHandle } from '@sprint-reports/core';
import { startJiraSim, type JiraSim } from '@sprint-reports/jira-sim';
import {
  connectJiraSim,
  createTestDatabase,
  simSite,
  startTestRouter,
  syncThroughRouter,
  tenantNamed,
  testDatabaseUrl,
  type TestRouter,
  type TestUser,
} from '@sprint-reports/testing/router';
import { accessibilityViolations, hasChromium, launchChromium, watchOffMachineRequests, watchProblems } from './browser.ts';
import { APP_DIST } from '../src/web-app.ts';

/**
 * The web app end to end, nothing mocked: a router over a real database, its data synced from the
 * JIRA simulator through the API, and a team lead in Chromium who signs in, opens the board, reads
 * the sprint report (its numbers are `Sprint.analysis`'s), opens an issue list, switches sprints,
 * and then watches a change made in JIRA (delivered as JIRA's signed webhook) reach the open page
 * without a reload. Nothing leaves the machine, the console stays clean, axe finds nothing.
 *
 * On PGlite always (the embedded database `npm start` uses, even when CI gives the tests a
 * PostgreSQL server) and on PostgreSQL when TEST_DATABASE_URL is set (production's).
 */
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const WEBHOOK_SECRET = 'app-e2e-webhook-secret';

const backends: [string, () => Promise<DatabaseHandle>][] = [
  ['PGlite', () => openDatabase({})],
  ...(testDatabaseUrl ? [['PostgreSQL', () => createTestDatabase()] as [string, () => Promise<DatabaseHandle>]] : []),
];

type AnalysedIssue = { key: string; outcome: string; commitment: string; addedAfterStart: boolean; pointsAtEnd: number | null };
type Analysis = {
  committedPoints: number;
  completedPoints: number;
  addedPoints: number;
  removedPoints: number;
  notCompletedPoints: number;
  completedOutsidePoints: number;
  sayDoRatio: number | null;
  scopeChangeRate: number | null;
  completionRate: number | null;
  issueCount: number;
  issues: AnalysedIssue[];
};
type Sprint = { id: string; name: string; state: string; analysis: Analysis | null };
type Board = { id: string; name: string; sprints: Sprint[] };

const ANALYSIS = `analysis {
  committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints
  sayDoRatio scopeChangeRate completionRate issueCount issues { key outcome commitment addedAfterStart pointsAtEnd }
}`;
const BOARDS = `{ boards { id name sprints { id name state ${ANALYSIS} } } }`;

// How the app writes the API's numbers (app/src/format.ts: up to the API's two decimals): the test
// reads them back in the same words a lead reads.
const points = (n: number) => String(Math.round(n * 100) / 100);
const percent = (r: number | null) => (r == null ? '—' : `${Math.round(r * 100)} %`);

describe.runIf(hasChromium() && fs.existsSync(path.join(APP_DIST, 'index.html')))('the web app end to end', () => {
  describe.each(backends)('on %s, with data synced from the JIRA simulator', (backend, openBackend) => {
    const shot = (name: string) => path.join(SCREENSHOTS, `e2e-${backend.toLowerCase()}-${name}.png`);
    const tenantId = tenantNamed(`app-e2e-${backend.toLowerCase()}`);
    let database: DatabaseHandle;
    let router: TestRouter;
    let sim: JiraSim;
    let webhookUrl: string;
    let browser: BrowserContext;
    let lead: TestUser;

    beforeAll(async () => {
      database = await openBackend();
      router = await startTestRouter(database, { tenantId, config: { production: true } });
      sim = await startJiraSim({ site: simSite(`app-e2e-${backend.toLowerCase()}`, 19, { sprints: 4, issuesPerSprint: 20, issues: 80 }), flavor: 'CLOUD' });
      const connection = await connectJiraSim(router, sim, { webhookSecret: WEBHOOK_SECRET });
      webhookUrl = new URL(connection.webhookPath, router.url).href;
      expect(await syncThroughRouter(router, connection.id)).toMatchObject({ status: 'SUCCEEDED', errors: [] });
      lead = await router.signIn(tenantId, 'MANAGER');
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      browser = await launchChromium({ width: 1280, height: 800 });
    }, 180_000);
    afterAll(async () => {
      await browser?.close();
      await router?.stop();
      await sim?.close();
      await database?.close();
    });

    const boardsFromApi = async () => {
      const { data, errors } = await router.as(lead)<{ boards: Board[] }>(BOARDS);
      expect(errors).toBeUndefined();
      return data!.boards;
    };

    /** The nine headline figures on the open report equal the API's analysis. */
    async function expectFigures(page: Page, a: Analysis) {
      const figure = (id: string) => page.locator(`[data-figure=${id}]`).textContent();
      // Polled as a whole: after a JIRA change the page says "Updated just now" at the first update
      // (an issue's), and the sprint's new figures may come with the next.
      await expect
        .poll(async () => ({
          committed: await figure('committed'),
          completed: await figure('completed'),
          added: await figure('added'),
          removed: await figure('removed'),
          notCompleted: await figure('notCompleted'),
          completedOutside: await figure('completedOutside'),
          sayDo: await figure('sayDo'),
          scopeChange: await figure('scopeChange'),
          completionRate: await figure('completionRate'),
        }))
        .toEqual({
          committed: points(a.committedPoints),
          completed: points(a.completedPoints),
          added: points(a.addedPoints),
          removed: points(a.removedPoints),
          notCompleted: points(a.notCompletedPoints),
          completedOutside: points(a.completedOutsidePoints),
          sayDo: percent(a.sayDoRatio),
          scopeChange: percent(a.scopeChangeRate),
          completionRate: percent(a.completionRate),
        });
      expect(await page.locator('h2', { hasText: 'Figures' }).textContent()).toContain(`${a.issueCount} issues)`);
    }

    test("a team lead signs in, reads the active sprint's report as the API gives it, opens an issue list and switches sprints; a JIRA change reaches the open page live", async () => {
      const page = await browser.newPage();
      // A step that does not come fails by name, well before the test's own time runs out.
      page.setDefaultTimeout(30_000);
      const problems = watchProblems(page);
      const offMachine = watchOffMachineRequests(page);
      const [board] = await boardsFromApi();
      const active = board.sprints.filter((s) => s.state === 'ACTIVE').at(-1)!;
      const closed = board.sprints.filter((s) => s.state === 'CLOSED').at(-1)!;
      expect(active.analysis && closed.analysis).toBeTruthy();

      // Sign in: the root asks for it; a wrong password says why and keeps what was typed.
      await page.goto(router.router.appUrl);
      await page.waitForSelector('h1:has-text("Sign in")');
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByLabel('Email').fill(lead.email);
      await page.getByLabel('Password').fill('not the password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      expect(await page.getByRole('alert').textContent()).toBe('Wrong email or password');
      expect(await page.getByLabel('Email').inputValue()).toBe(lead.email);
      // The refusal is the router's HTTP 401, which Chromium logs on the console: expected here, and only here.
      expect(problems.filter((p) => !p.includes('401'))).toEqual([]);
      problems.length = 0;
      await page.getByLabel('Password').fill(lead.password);
      await page.getByRole('button', { name: 'Sign in' }).click();

      // The boards page: the synced board with its active sprint's progress from the API.
      await page.waitForSelector('h1:has-text("Boards")');
      const card = page.locator('li.board', { has: page.getByRole('link', { name: board.name }) });
      await card.locator('[data-testid=sprint-progress]').waitFor();
      expect(await card.locator('[data-testid=sprint-progress] [data-figure=completed]').textContent()).toBe(points(active.analysis!.completedPoints));
      expect(await card.locator('[data-testid=sprint-progress] [data-figure=committed]').textContent()).toBe(points(active.analysis!.committedPoints));
      await page.screenshot({ path: shot('boards') });
      expect(await accessibilityViolations(page)).toEqual([]);

      // The board, its sprints newest first, and the active sprint's report.
      await page.getByRole('link', { name: board.name }).click();
      await page.waitForSelector(`h1:has-text("${board.name}")`);
      expect(await page.locator('.sprint-list li strong').allTextContents()).toEqual(board.sprints.map((s) => s.name).reverse());
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole('link', { name: "Open the active sprint's report" }).click();
      await page.waitForSelector(`h1:has-text("${active.name}")`);
      expect(new URL(page.url()).pathname).toBe(`/boards/${board.id}/sprints/${active.id}`);
      await expectFigures(page, active.analysis!);

      // A figure opens the list of its issues: the API's, with JIRA's asterisk on those added.
      const committedKeys = active.analysis!.issues.filter((i) => i.commitment === 'IN_COMMITMENT').map((i) => i.key);
      await page
        .locator('li.figure', { has: page.locator('[data-figure=committed]') })
        .getByRole('button', { name: `Show ${committedKeys.length} issue` })
        .click();
      await page.waitForSelector('#figure-issues table');
      expect(await page.locator('#figure-issues tbody tr td:first-child').allTextContents()).toEqual(committedKeys);
      const addedKeys = active.analysis!.issues.filter((i) => i.addedAfterStart).map((i) => `${i.key}*`);
      if (addedKeys.length) {
        await page
          .locator('li.figure', { has: page.locator('[data-figure=added]') })
          .getByRole('button')
          .click();
        await page.waitForSelector('#figure-issues h3:has-text("Added")');
        expect(await page.locator('#figure-issues tbody tr td:first-child').allTextContents()).toEqual(addedKeys);
      }
      await page.screenshot({ path: shot('sprint-report'), fullPage: true });
      expect(await accessibilityViolations(page)).toEqual([]);
      // The charts have their own tab (and URL); the burndown loads there.
      const sections = page.getByRole('navigation', { name: 'Report sections' });
      await sections.getByRole('link', { name: 'Charts' }).click();
      await page.waitForSelector('figure.chart svg.recharts-surface');
      expect(new URL(page.url()).pathname).toBe(`/boards/${board.id}/sprints/${active.id}/charts`);
      await page.screenshot({ path: shot('sprint-report-charts'), fullPage: true });
      expect(await accessibilityViolations(page)).toEqual([]);
      await sections.getByRole('link', { name: 'Figures' }).click();
      await page.locator('[data-figure=committed]').waitFor();

      // Another sprint through the picker, then back to the active one.
      await page.getByLabel('Sprint').selectOption(closed.id);
      await page.waitForSelector(`h1:has-text("${closed.name}")`);
      expect(new URL(page.url()).pathname).toBe(`/boards/${board.id}/sprints/${closed.id}`);
      await expectFigures(page, closed.analysis!);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByLabel('Sprint').selectOption(active.id);
      await page.waitForSelector(`h1:has-text("${active.name}")`);
      await expectFigures(page, active.analysis!);

      // Live: an open issue of the active sprint is moved to Done in JIRA, which sends its webhook.
      // The page's subscription must be open at the router first, or the update could slip past it.
      await expect.poll(() => router.router.live.size).toBeGreaterThanOrEqual(1);
      await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
      const open = active.analysis!.issues.find((i) => i.outcome === 'NOT_COMPLETED' && (i.pointsAtEnd ?? 0) > 0)!;
      expect(open).toBeDefined();
      expect(await sim.sendWebhook(webhookUrl, sim.updateIssue(open.key, { status: 'Done' }), WEBHOOK_SECRET)).toBe(200);
      await router.runtime.jobs.idle();
      const after = (await boardsFromApi())[0].sprints.find((s) => s.id === active.id)!.analysis!;
      expect(after.completedPoints).toBe(active.analysis!.completedPoints + open.pointsAtEnd!);

      await page.getByText('Updated just now').waitFor();
      await expectFigures(page, after);
      expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
      await page.screenshot({ path: shot('sprint-report-live') });

      expect(problems).toEqual([]);
      expect(offMachine).toEqual([]);
      await page.close();
    }, 240_000);
  });
});
