import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BrowserContext, type Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { withTenant } from '@sprint-reports/core';
import { issuesTables } from '@sprint-reports/drizzle';
import { accessibilityViolations, hasChromium, launchChromium, signedInAppPage } from './browser.ts';
import { seededRouter, smallTeam, type TestDatabase, type TestRouter, type TestUser } from '@sprint-reports/testing/router';
import type { Dataset } from '@sprint-reports/demo-data';
import { APP_DIST } from '../src/web-app.ts';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

type Analysis = {
  committedPoints: number;
  completedPoints: number;
  addedPoints: number;
  removedPoints: number;
  notCompletedPoints: number;
  completedOutsidePoints: number;
  cancelledPoints: number;
  sayDoRatio: number | null;
  scopeChangeRate: number | null;
  completionRate: number | null;
  completedIssues: { key: string; issue: { id: string } | null }[];
  addedIssues: { key: string; pointsAtJoin: number | null; pointsAtEnd: number | null }[];
};
const FIGURES =
  'committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints cancelledPoints sayDoRatio scopeChangeRate completionRate completedIssues { key issue { id } } addedIssues { key pointsAtJoin pointsAtEnd }';
const points = (n: number) => String(Math.round(n * 100) / 100);
const est = (n: number | null) => (n == null ? '—' : points(n));
const percent = (r: number | null) => (r == null ? '—' : `${Math.round(r * 100)} %`);

// A team lead reading a sprint report in the browser: the API's figures, their issues, the burndown, live.
describe.runIf(hasChromium() && fs.existsSync(path.join(APP_DIST, 'index.html')))('the sprint report in a browser', () => {
  let database: TestDatabase;
  let router: TestRouter;
  let browser: BrowserContext;
  let lead: TestUser;
  let tenantId: string;

  beforeAll(async () => {
    let ds: Dataset;
    ({
      database,
      router,
      tenants: { acme: ds },
    } = await seededRouter({ acme: [smallTeam('Atlas', { sprints: 3, issues: 60 })] }, { as: null, router: { config: { production: true } } }));
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

  const signedInPage = () => signedInAppPage(browser, router.router.appUrl, lead);

  async function expectFigures(page: Page, a: Analysis) {
    const figure = (id: string) => page.locator(`[data-figure=${id}]`).textContent();
    await expect.poll(() => figure('committed')).toBe(points(a.committedPoints));
    expect(await figure('completed')).toBe(points(a.completedPoints));
    expect(await figure('added')).toBe(points(a.addedPoints));
    expect(await figure('removed')).toBe(points(a.removedPoints));
    expect(await figure('notCompleted')).toBe(points(a.notCompletedPoints));
    expect(await figure('completedOutside')).toBe(points(a.completedOutsidePoints));
    expect(await figure('cancelled')).toBe(points(a.cancelledPoints));
    expect(await figure('sayDo')).toBe(percent(a.sayDoRatio));
    expect(await figure('scopeChange')).toBe(percent(a.scopeChangeRate));
    expect(await figure('completionRate')).toBe(percent(a.completionRate));
  }

  test("a board links to its sprints' reports; the report shows the API's figures, an issue list and the burndown, and reloads", async () => {
    const { page, problems } = await signedInPage();
    const { data } = await router.as(lead)<{
      boards: { id: string; name: string; sprints: { id: string; name: string; state: string; analysis: Analysis | null }[] }[];
    }>(`{ boards { id name sprints { id name state analysis { ${FIGURES} } } } }`);
    const board = data!.boards[0];
    const active = board.sprints.filter((s) => s.state === 'ACTIVE').at(-1)!;
    const closed = board.sprints.filter((s) => s.state === 'CLOSED').at(-1)!;

    await page.getByRole('link', { name: board.name }).click();
    await page.getByRole('link', { name: "Open the active sprint's report" }).click();
    await page.waitForSelector(`h1:has-text("${active.name}")`);
    expect(new URL(page.url()).pathname).toBe(`/boards/${board.id}/sprints/${active.id}`);
    await expectFigures(page, active.analysis!);

    // The picker lists the board's sprints newest first and opens another one.
    const options = await page.getByLabel('Sprint').locator('option').allTextContents();
    expect(options.map((o) => o.replace(/ \(.*\)$/, ''))).toEqual(board.sprints.map((s) => s.name).reverse());
    await page.getByLabel('Sprint').selectOption(closed.id);
    await page.waitForSelector(`h1:has-text("${closed.name}")`);
    expect(new URL(page.url()).pathname).toBe(`/boards/${board.id}/sprints/${closed.id}`);
    await expectFigures(page, closed.analysis!);

    // A figure opens the list of its issues.
    const completed = closed.analysis!.completedIssues;
    await page
      .locator('li.figure', { has: page.locator('[data-figure=completed]') })
      .getByRole('button')
      .click();
    await page.waitForSelector('#figure-issues table');
    const keys = await page.locator('#figure-issues tbody tr td:first-child').allTextContents();
    expect(keys.map((k) => k.replace('*', ''))).toEqual(completed.map((i) => i.key));

    // Added issues carry JIRA's asterisk; the list in place follows the figure opened.
    await page
      .locator('li.figure', { has: page.locator('[data-figure=added]') })
      .getByRole('button')
      .click();
    await page.waitForSelector('#figure-issues h3:has-text("Added")');
    const added = await page.locator('#figure-issues tbody tr td:first-child').allTextContents();
    expect(added.length).toBeGreaterThan(0);
    for (const key of added) expect(key).toMatch(/^ATL-\d+\*$/);
    // Each shows the estimate it joined at (→ its estimate at the end, when re-estimated), and those add up to the Added figure.
    const addedIssues = closed.analysis!.addedIssues;
    expect(addedIssues.reduce((sum, i) => sum + (i.pointsAtJoin ?? 0), 0)).toBeCloseTo(closed.analysis!.addedPoints, 5);
    const addedPoints = await page.locator('#figure-issues tbody tr td:nth-child(3)').allTextContents();
    expect(addedPoints).toEqual(
      addedIssues.map((i) =>
        i.pointsAtJoin != null && i.pointsAtJoin !== i.pointsAtEnd ? `${est(i.pointsAtJoin)} → ${est(i.pointsAtEnd)}` : est(i.pointsAtEnd),
      ),
    );
    await page
      .locator('li.figure', { has: page.locator('[data-figure=completed]') })
      .getByRole('button')
      .click();
    await page.waitForSelector('#figure-issues h3:has-text("Completed")');

    await page.screenshot({ path: path.join(SCREENSHOTS, 'sprint-report.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    // The burndown, on the charts tab and loaded lazily, draws an svg with its summary in words.
    await page.getByRole('navigation', { name: 'Report sections' }).getByRole('link', { name: 'Charts' }).click();
    await page.waitForSelector('figure[data-chart=burndown] svg.recharts-surface');
    expect(await page.locator('figure[data-chart=burndown] figcaption').textContent()).toMatch(/^Burndown from/);

    // The URL can be shared and reloaded.
    await page.reload();
    await page.waitForSelector(`h1:has-text("${closed.name}")`);
    await page.waitForSelector('figure[data-chart=burndown] svg.recharts-surface');
    await page.getByRole('navigation', { name: 'Report sections' }).getByRole('link', { name: 'Figures' }).click();
    await expectFigures(page, closed.analysis!);

    // Phone width: no horizontal scrolling of the page.
    await page.setViewportSize({ width: 390, height: 844 });
    // (the chart follows its container's width once its resize observer has fired)
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sprint-report-390.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    // A sprint that has not started says so in words.
    const future = board.sprints.find((s) => s.state === 'FUTURE')!;
    await page.getByLabel('Sprint').selectOption(future.id);
    await page.getByText('This sprint has not started').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  test("a keyboard steps through the sprints with the picker: it keeps the focus, and each sprint's figures show", async () => {
    const { page, problems } = await signedInPage();
    const { data } = await router.as(lead)<{ boards: { id: string; sprints: { id: string; name: string; state: string; analysis: Analysis | null }[] }[] }>(
      `{ boards { id sprints { id name state analysis { ${FIGURES} } } } }`,
    );
    const board = data!.boards[0];
    const newestFirst = [...board.sprints].reverse();
    await page.goto(new URL(`/boards/${board.id}/sprints/${newestFirst[0].id}`, router.router.appUrl).href);
    await page.waitForSelector(`h1:has-text("${newestFirst[0].name}")`);
    await page.getByLabel('Sprint').focus();
    const focused = () => page.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.value ?? null);
    for (const next of newestFirst.slice(1)) {
      await page.keyboard.press('ArrowDown');
      await page.waitForSelector(`h1:has-text("${next.name}")`);
      expect(new URL(page.url()).pathname).toBe(`/boards/${board.id}/sprints/${next.id}`);
      if (next.analysis) await expectFigures(page, next.analysis);
      else await page.getByText('This sprint has not started').waitFor();
      // The picker kept the focus through the loading: the next ArrowDown goes on from here.
      expect(await focused()).toBe(next.id);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  test("the open report updates by itself when the sprint's analysis changes", async () => {
    const { page, problems } = await signedInPage();
    const { data } = await router.as(lead)<{ boards: { id: string; sprints: { id: string; state: string; analysis: Analysis | null }[] }[] }>(
      `{ boards { id sprints { id state analysis { ${FIGURES} } } } }`,
    );
    const board = data!.boards[0];
    const active = board.sprints.filter((s) => s.state === 'ACTIVE').at(-1)!;
    // One of its done issues was closed as won't do in JIRA: once the board names that resolution, it is cancelled.
    const wontDo = active.analysis!.completedIssues[0];
    expect(wontDo?.issue).toBeTruthy();
    await withTenant(database.db, tenantId, (db) =>
      db.update(issuesTables.issues).set({ resolution: "Won't Do" }).where(eq(issuesTables.issues.id, wontDo.issue!.id)),
    );
    await page.goto(new URL(`/boards/${board.id}/sprints/${active.id}`, router.router.appUrl).href);
    await page.locator('[data-figure=committed]').waitFor();
    await expect.poll(() => router.router.live.size).toBeGreaterThanOrEqual(1);
    await expect.poll(() => page.locator('h2', { hasText: 'Figures' }).textContent()).toContain('points');

    const admin = await router.signIn(tenantId, 'ADMIN');
    const changed = await router.as(admin)(
      `mutation($id: ID!) { updateBoardSettings(boardId: $id, settings: { estimationStatistic: ISSUE_COUNT, cancelledResolutions: ["Won't Do"] }) { id } }`,
      { id: board.id },
    );
    expect(changed.errors).toBeUndefined();
    await page.getByText('Updated just now').waitFor();
    await expect.poll(() => page.locator('h2', { hasText: 'Figures' }).textContent()).toContain('issues;');
    const { data: now } = await router.as(admin)<{ sprint: { analysis: Analysis } }>(`query($id: ID!) { sprint(id: $id) { analysis { ${FIGURES} } } }`, {
      id: active.id,
    });
    expect(now!.sprint.analysis.cancelledPoints).toBe(1);
    await expectFigures(page, now!.sprint.analysis);
    // The cancelled figure opens its issue.
    await page
      .locator('li.figure', { has: page.locator('[data-figure=cancelled]') })
      .getByRole('button')
      .click();
    await page.waitForSelector('#figure-issues h3:has-text("Cancelled")');
    const cancelled = await page.locator('#figure-issues tbody tr td:first-child').allTextContents();
    expect(cancelled.map((k) => k.replace('*', ''))).toEqual([wontDo.key]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
