import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { type BrowserContext, type Locator, type Page } from 'playwright-core';
import { accessibilityViolations, hasChromium, launchChromium, signedInAppPage } from './browser.ts';
import { seededRouter, smallTeam, type TestDatabase, type TestRouter, type TestUser } from '@sprint-reports/testing/router';
import type { Dataset } from '@sprint-reports/demo-data';
import { APP_DIST } from '../src/web-app.ts';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

type Board = { id: string; name: string; sprints: { id: string; name: string; state: string }[] };

// A team lead generating and downloading reports in the browser, against a real router whose
// in-process job runner makes them; a viewer who may only download.
describe.runIf(hasChromium() && fs.existsSync(path.join(APP_DIST, 'index.html')))('reports in a browser', () => {
  let database: TestDatabase;
  let router: TestRouter;
  let browser: BrowserContext;
  let member: TestUser;
  let viewer: TestUser;
  let memberName: string;
  let board: Board;
  let closed: Board['sprints'][number];

  beforeAll(async () => {
    let ds: Dataset;
    ({
      database,
      router,
      tenants: { acme: ds },
    } = await seededRouter({ acme: [smallTeam('Atlas', { sprints: 3, issues: 60 })] }, { as: null, router: { config: { production: true } } }));
    // generateReport needs the MEMBER role: the least role that may, so the UI is tried with it.
    member = await router.signIn(ds.tenant.id, 'MEMBER');
    viewer = await router.signIn(ds.tenant.id, 'VIEWER');
    memberName = (await router.as(member)<{ me: { displayName: string } }>('{ me { displayName } }')).data!.me.displayName;
    const { data } = await router.as(viewer)<{ boards: Board[] }>('{ boards { id name sprints { id name state } } }');
    board = data!.boards[0]!;
    closed = board.sprints.filter((s) => s.state === 'CLOSED').at(-1)!;
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium({ width: 1280, height: 800 });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await router?.stop();
    await database?.close();
  });

  const signedInPage = (user: TestUser) => signedInAppPage(browser, router.router.appUrl, user);

  /** The job card of the report just asked for, once its bar is full and it says Ready. */
  async function finishedJob(page: Page): Promise<Locator> {
    const job = page.locator('.report-job');
    await job.waitFor();
    const bar = job.getByLabel(/^Progress of the/);
    expect(await bar.evaluate((el) => el.tagName)).toBe('PROGRESS');
    // The in-process job runner makes it (however long this machine takes); the page hears of it by itself.
    await router.runtime.jobs.idle();
    await expect.poll(() => job.getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/^Ready/);
    expect(await bar.evaluate((el) => (el as HTMLProgressElement).value)).toBe(1);
    expect(await job.locator('.progress-label').textContent()).toMatch(/: 100 %$/);
    return job;
  }

  /** Clicks a Download button and answers the file the browser saved. */
  async function downloaded(page: Page, button: Locator): Promise<{ name: string; body: Buffer }> {
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const file = await download.path();
    return { name: download.suggestedFilename(), body: fs.readFileSync(file) };
  }

  const sprintReports = async (sprintId: string) =>
    (
      await router.as(viewer)<{ sprint: { reports: { id: string; format: string; status: string }[] } }>(
        `query($id: ID!) { sprint(id: $id) { reports { id format status } } }`,
        { id: sprintId },
      )
    ).data!.sprint.reports;

  test('a member generates a sprint report as CSV and as PDF, watches it made, downloads it, and finds it listed', async () => {
    const { page, problems } = await signedInPage(member);
    await page.getByRole('link', { name: board.name }).click();
    await page.getByRole('link', { name: 'Reports', exact: true }).click();
    await page.waitForSelector('h1:has-text("Reports")');
    expect(new URL(page.url()).pathname).toBe(`/boards/${board.id}/reports`);
    await page.getByText('No reports of this board yet.').waitFor();

    // The sprint picker lists the board's sprints newest first.
    const options = await page.getByLabel('Sprint', { exact: true }).locator('option').allTextContents();
    expect(options.map((o) => o.replace(/ \(.*\)$/, ''))).toEqual(board.sprints.map((s) => s.name).reverse());
    await page.getByLabel('Sprint', { exact: true }).selectOption(closed.id);
    await page.getByLabel('Format').selectOption('CSV');
    // A double click asks once (one idempotency key per request, and the form waits for the report).
    await page.getByRole('button', { name: 'Generate report' }).dblclick();
    let job = await finishedJob(page);
    expect(await job.locator('h3').textContent()).toBe(`Sprint report: ${closed.name} (CSV)`);
    expect(await sprintReports(closed.id)).toEqual([{ id: expect.any(String), format: 'CSV', status: 'READY' }]);

    // The file is the report: one row per issue of the sprint's analysis, in its order, with its figures.
    const csv = await downloaded(page, job.getByRole('button', { name: /^Download CSV/ }));
    expect(csv.name).toMatch(/\.csv$/);
    const { data } = await router.as(member)<{ sprint: { analysis: { issues: { key: string; outcome: string; pointsAtEnd: number | null }[] } } }>(
      `query($id: ID!) { sprint(id: $id) { analysis { issues { key outcome pointsAtEnd } } } }`,
      { id: closed.id },
    );
    const rows = parseCsv(csv.body, { columns: true, bom: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([
      'key',
      'summary',
      'type',
      'status',
      'assignee',
      'outcome',
      'added_after_start',
      'points_at_start',
      'points_at_join',
      'points_at_end',
      'discipline',
      'cycle_time_hours',
      'lead_time_hours',
    ]);
    expect(rows.map((r) => ({ key: r.key, outcome: r.outcome, pointsAtEnd: r.points_at_end === '' ? null : Number(r.points_at_end) }))).toEqual(
      data!.sprint.analysis.issues,
    );

    // The same sprint as PDF.
    await page.getByLabel('Format').selectOption('PDF');
    await page.getByRole('button', { name: 'Generate report' }).click();
    await expect.poll(() => page.locator('.report-job h3').textContent()).toBe(`Sprint report: ${closed.name} (PDF)`);
    job = await finishedJob(page);
    const pdf = await downloaded(page, job.getByRole('button', { name: /^Download PDF/ }));
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // Both are listed, newest first, with who asked for them, and download from the list too.
    const listed = page.locator('table.reports tbody tr');
    await expect.poll(() => listed.count()).toBe(2);
    const cells = async (i: number) => (await listed.nth(i).locator('td').allTextContents()).slice(0, 5);
    expect((await cells(0)).filter((_, j) => j !== 2)).toEqual([`Sprint report: ${closed.name}`, 'PDF', memberName, 'Ready']);
    expect((await cells(1)).filter((_, j) => j !== 2)).toEqual([`Sprint report: ${closed.name}`, 'CSV', memberName, 'Ready']);
    const again = await downloaded(page, listed.nth(1).getByRole('button', { name: /^Download CSV/ }));
    expect(again.body.equals(csv.body)).toBe(true);
    expect((await sprintReports(closed.id)).map((r) => r.format)).toEqual(['PDF', 'CSV']);

    await page.screenshot({ path: path.join(SCREENSHOTS, 'reports.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'reports-390.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });

    // The sprint report's Reports tab lists the sprint's reports and makes another.
    await page.goto(new URL(`/boards/${board.id}/sprints/${closed.id}/reports`, router.router.appUrl).href);
    const panel = page.locator('section.sprint-reports');
    // (after the sprint report itself has loaded)
    await expect.poll(() => panel.locator('table.reports tbody tr').count(), { timeout: 30_000 }).toBe(2);
    await panel.getByLabel('Format').selectOption('HTML');
    await panel.getByRole('button', { name: 'Generate the sprint report' }).click();
    job = await finishedJob(page);
    const html = await downloaded(page, job.getByRole('button', { name: /^Download HTML/ }));
    expect(html.body.toString('utf8')).toMatch(/^<!doctype html>/i);
    expect(html.body.toString('utf8')).toContain(closed.name);
    await expect.poll(() => panel.locator('table.reports tbody tr').count()).toBe(3);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sprint-report-reports.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("the API's refusal is said in words and keeps what was typed; velocity and history reports are made too", async () => {
    const { page, problems } = await signedInPage(member);
    await page.goto(new URL(`/boards/${board.id}/reports`, router.router.appUrl).href);
    await page.getByRole('radio', { name: /^History/ }).check();
    await page.getByLabel('First day').fill('2020-01-01');
    await page.getByLabel('Last day').fill('2026-03-11');
    await page.getByLabel('Format').selectOption('MARKDOWN');
    await page.getByRole('button', { name: 'Generate report' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('A report covers at most 730 days');
    expect(await page.getByLabel('First day').inputValue()).toBe('2020-01-01');
    expect(await page.getByLabel('Last day').inputValue()).toBe('2026-03-11');
    expect(await page.getByLabel('Format').inputValue()).toBe('MARKDOWN');
    expect(await page.getByRole('radio', { name: /^History/ }).isChecked()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'reports-error.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    // Corrected, the same form makes the report.
    await page.getByLabel('First day').fill('2025-12-01');
    await page.getByRole('button', { name: 'Generate report' }).click();
    let job = await finishedJob(page);
    expect(await job.locator('h3').textContent()).toBe('History of team Atlas: 2025-12-01 to 2026-03-11 (Markdown)');
    const md = await downloaded(page, job.getByRole('button', { name: /^Download Markdown/ }));
    expect(md.name).toMatch(/\.md$/);

    await page.getByRole('radio', { name: /^Velocity/ }).check();
    await page.getByLabel('Closed sprints to show').fill('2');
    await page.getByLabel('Format').selectOption('JSON');
    await page.getByRole('button', { name: 'Generate report' }).click();
    await expect.poll(() => page.locator('.report-job h3').textContent()).toBe(`Velocity: last 2 sprints of ${board.name} (JSON)`);
    job = await finishedJob(page);
    const json = JSON.parse((await downloaded(page, job.getByRole('button', { name: /^Download JSON/ }))).body.toString('utf8'));
    expect(json.kind).toBe('VELOCITY');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a viewer sees the reports and downloads them, but no control to generate one', async () => {
    const { page, problems } = await signedInPage(viewer);
    await page.goto(new URL(`/boards/${board.id}/reports`, router.router.appUrl).href);
    await page.getByText('can download reports but not generate them').waitFor();
    expect(await page.getByRole('button', { name: /Generate/ }).count()).toBe(0);
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(await page.getByLabel('Format').count()).toBe(0);
    const rows = page.locator('table.reports tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(3);
    const csvRow = rows.filter({ hasText: 'CSV' }).first();
    const csv = await downloaded(page, csvRow.getByRole('button', { name: /^Download CSV/ }));
    expect(csv.body.toString('utf8')).toMatch(/^key,summary,/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'reports-viewer.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(new URL(`/boards/${board.id}/sprints/${closed.id}/reports`, router.router.appUrl).href);
    const panel = page.locator('section.sprint-reports');
    await expect.poll(() => panel.locator('table.reports tbody tr').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    expect(await panel.getByRole('button', { name: /Generate/ }).count()).toBe(0);
    expect(await panel.getByLabel('Format').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
