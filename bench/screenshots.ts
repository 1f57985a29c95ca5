/**
 * `npm run screenshots`: the README's pictures of the web app, taken from the demo as a new user
 * sees it. Starts the product as `npm start` does (PGlite in a fresh temporary folder, the demo
 * synced from its JIRA simulator), signs in as the demo manager in Chromium at 1280 × 800 and
 * writes into docs/images/ (the viewport, not the full page, to keep each PNG small):
 * - boards.png: the boards page with each board's active sprint;
 * - sprint-report.png: the first demo board's active sprint report, its figures and the committed issues (1280 × 1040);
 * - sprint-report-charts.png: the same sprint's Charts tab, burndown and burnup with the scope changes (1280 × 1300);
 * - velocity.png: that board's velocity over its last 10 sprints (1280 × 1040);
 * - capacity.png: that board's next sprint's capacity, by discipline and by member, as its manager sees it;
 * - queue.png: the next sprint's queue (generated with the page's button if there is none yet);
 * - board-settings.png: the board's settings with the estimation statistic switched to issue count,
 *   unsaved, and the preview of a closed sprint's figures;
 * - schedules.png: the board's report schedules: a weekly one, made and sent now through the API
 *   (the demo catches its email locally), with its delivery log;
 * - team.png: the board's team, its members and the organisation's disciplines;
 * then, signed in as the demo admin in a second tab:
 * - connections.png: the demo's JIRA connection, its boards, webhook and past syncs;
 * - users.png: the organisation's users;
 * - audit-log.png: the audit log.
 * Run it again after the app's pages change, and commit the images.
 */
import fs from 'node:fs';
import path from 'node:path';
import { hasChromium, launchChromium } from '../router/tests/browser.ts';
import type { Page } from 'playwright-core';
import { DEMO_MANAGER, ROOT, buildBundles, demoBoards, fillSignIn, gql, startDemoProduct } from './demo-product.ts';

const IMAGES = path.join(ROOT, 'docs/images');
const DEMO_ADMIN = { email: 'admin@demo.test', password: 'demo' };

/** Signs in on a fresh tab (its own session: the app keeps it per tab) and waits for the boards. */
async function signIn(page: Page, appUrl: string, account?: { email: string; password: string }) {
  page.setDefaultTimeout(60_000);
  await page.goto(new URL('/sign-in', appUrl).href);
  await fillSignIn(page, account);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => u.pathname === '/');
}

async function main() {
  if (!hasChromium()) throw new Error('Chromium is not installed at /usr/bin/chromium (apt-get install chromium)');
  buildBundles();
  // Links the product writes (the connection's webhook URL) as `npm start` shows them, not with the free port it listens on here.
  const product = await startDemoProduct({ PUBLIC_URL: 'http://localhost:4000' });
  process.once('SIGINT', () => void product.stop().finally(() => process.exit(130)));
  const browser = await launchChromium({ width: 1280, height: 800 });
  try {
    fs.mkdirSync(IMAGES, { recursive: true });
    const boards = await demoBoards(product.url);
    const board = boards.find((b) => b.activeSprintId)!;
    const page = await browser.newPage();
    page.setDefaultTimeout(60_000);

    await page.goto(new URL('/sign-in', product.appUrl).href);
    await fillSignIn(page);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=sprint-progress]').length >= n, boards.filter((b) => b.activeSprintId).length);
    await page.screenshot({ path: path.join(IMAGES, 'boards.png') });

    const report = `/boards/${board.id}/sprints/${board.activeSprintId}`;
    await page.goto(new URL(report, product.appUrl).href);
    await page.waitForSelector('[data-figure=committed]');
    // The committed figure's issues open under the figures, as a lead reading the report would.
    await page
      .locator('li.figure', { has: page.locator('[data-figure=committed]') })
      .getByRole('button')
      .click();
    await page.waitForSelector('#figure-issues table');
    await page.setViewportSize({ width: 1280, height: 1040 });
    await page.screenshot({ path: path.join(IMAGES, 'sprint-report.png') });

    await page.goto(new URL(`${report}/charts`, product.appUrl).href);
    await page.waitForSelector('figure[data-chart=burnup] svg.recharts-surface');
    // Tall enough for both charts; they follow the resize before the shot.
    await page.setViewportSize({ width: 1280, height: 1300 });
    await page.waitForFunction(() => (document.querySelector('figure[data-chart=burnup] svg.recharts-surface')?.getBoundingClientRect().bottom ?? 2000) < 1300);
    await page.screenshot({ path: path.join(IMAGES, 'sprint-report-charts.png') });

    await page.setViewportSize({ width: 1280, height: 1040 });
    await page.goto(new URL(`/boards/${board.id}/velocity?last=10`, product.appUrl).href);
    await page.waitForSelector('figure svg.recharts-surface');
    await page.screenshot({ path: path.join(IMAGES, 'velocity.png') });

    await sendWeeklySchedule(product.url, board.id);
    await planningPages(page, product.appUrl, board.id);
    const admin = await browser.newPage();
    await signIn(admin, product.appUrl, DEMO_ADMIN);
    await adminPages(admin, product.appUrl, product.url);

    for (const file of ['boards.png', 'sprint-report.png', 'sprint-report-charts.png', 'velocity.png', ...PLANNING, ...ADMIN]) {
      console.log(`wrote docs/images/${file} (${Math.round(fs.statSync(path.join(IMAGES, file)).size / 1024)} KB)`);
    }
  } finally {
    await browser.close();
    await product.stop();
  }
}

const PLANNING = ['capacity.png', 'queue.png', 'board-settings.png', 'schedules.png', 'team.png'];
const ADMIN = ['connections.png', 'users.png', 'audit-log.png'];

/**
 * The demo manager makes the board's team a weekly sprint report schedule and sends it now, as the
 * page's Send now would: the schedules picture then shows a delivery log.
 */
async function sendWeeklySchedule(apiUrl: string, boardId: string) {
  const { login } = await gql<{ login: { accessToken: string } }>(
    apiUrl,
    null,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
    { e: DEMO_MANAGER.email, p: DEMO_MANAGER.password },
  );
  const token = login.accessToken;
  const { board } = await gql<{ board: { team: { id: string } } }>(apiUrl, token, 'query($id: ID!) { board(id: $id) { team { id } } }', { id: boardId });
  const { createReportSchedule } = await gql<{ createReportSchedule: { id: string } }>(
    apiUrl,
    token,
    'mutation($input: CreateReportScheduleInput!) { createReportSchedule(input: $input) { id } }',
    {
      input: {
        teamId: board.team.id,
        kind: 'SPRINT',
        format: 'PDF',
        recipients: ['team-leads@demo.test', 'product@demo.test'],
        cron: '0 9 * * 1',
        timeZone: 'Europe/Berlin',
      },
    },
  );
  await gql(apiUrl, token, 'mutation($id: ID!) { runReportSchedule(id: $id) { id } }', { id: createReportSchedule.id });
}

/** Makes the viewport just tall enough for the last `selector` (at most `max`): the point of the page, and no empty space under it. */
async function fitTo(page: Page, selector: string, max: number) {
  const bottom = await page
    .locator(selector)
    .last()
    .evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
  await page.setViewportSize({ width: 1280, height: Math.min(max, Math.ceil(bottom) + 16) });
}

/** Opens a page of the app at 1280 × height and waits for what shows its point. */
async function open(page: Page, appUrl: string, url: string, height: number, ready: string) {
  await page.setViewportSize({ width: 1280, height });
  await page.goto(new URL(url, appUrl).href);
  await page.waitForSelector(ready);
}

/** The manager's pages for the next sprint and the board. */
async function planningPages(page: Page, appUrl: string, boardId: string) {
  await open(page, appUrl, `/boards/${boardId}/capacity`, 1100, 'h2:text-is("By member")');
  // Down to the member table, where a manager edits days off.
  await fitTo(page, 'h2:text-is("By member") + *', 1700);
  await page.screenshot({ path: path.join(IMAGES, 'capacity.png') });

  await open(page, appUrl, `/boards/${boardId}/queue`, 1100, '.queue-status, .queue-page .card.empty');
  // The demo generates every future sprint's queue as it starts; if there is none, the page's own button does.
  const generate = page.getByRole('button', { name: 'Generate the queue' });
  if (await generate.isVisible()) {
    await generate.click();
    await page.waitForSelector('.queue-status');
  }
  await page.screenshot({ path: path.join(IMAGES, 'queue.png') });

  await open(page, appUrl, `/boards/${boardId}/settings`, 1000, '[data-preview=committed]');
  // A change previewed, not saved: the figures it would give beside today's.
  await page.getByLabel('Estimation statistic').selectOption('ISSUE_COUNT');
  await page.waitForSelector('.preview-state:text-is("With your unsaved changes.")');
  await page.waitForFunction(
    () =>
      document.querySelector('[data-preview=committed]')?.closest('[aria-busy]')?.getAttribute('aria-busy') === 'false' &&
      document.querySelectorAll('.preview-table tr.moved').length > 0,
  );
  await page.screenshot({ path: path.join(IMAGES, 'board-settings.png') });

  await open(page, appUrl, `/boards/${boardId}/schedules`, 800, '.schedules-page h1');
  await page.waitForSelector('.schedules-page .card');
  // The delivery log, opened, once the emails went out (the page reads it again while one is on its way).
  await page.getByRole('button', { name: 'Show the delivery log' }).first().click();
  await page.waitForFunction(() => document.querySelectorAll('table.deliveries .delivery-status.sent').length >= 2);
  await fitTo(page, '.schedules-page', 1200);
  await page.screenshot({ path: path.join(IMAGES, 'schedules.png') });

  // The team page, through the capacity page's link to it.
  await open(page, appUrl, `/boards/${boardId}/capacity`, 900, 'a[href^="/teams/"]');
  await page.locator('a[href^="/teams/"]').first().click();
  await page.waitForURL((u) => u.pathname.startsWith('/teams/'));
  await page.waitForSelector('.team-members');
  await fitTo(page, '.team-page', 1100);
  await page.screenshot({ path: path.join(IMAGES, 'team.png') });
}

/** The admin's pages: the demo's JIRA connection, the users, the audit log. */
async function adminPages(page: Page, appUrl: string, apiUrl: string) {
  const { login } = await gql<{ login: { accessToken: string } }>(
    apiUrl,
    null,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
    { e: DEMO_ADMIN.email, p: DEMO_ADMIN.password },
  );
  const { jiraConnections } = await gql<{ jiraConnections: { id: string }[] }>(apiUrl, login.accessToken, '{ jiraConnections { id } }');
  // Its whole page, down to the past syncs under the admin's settings.
  await open(page, appUrl, `/admin/connections/${jiraConnections[0].id}`, 1400, '.runs');
  await fitTo(page, '.runs', 2600);
  await page.screenshot({ path: path.join(IMAGES, 'connections.png') });

  await open(page, appUrl, '/admin/users', 900, 'h2:text-is("People of the organisation")');
  await page.waitForSelector('.user-list');
  // The form and the first people under it.
  await fitTo(page, '.user-list > li:nth-child(3)', 1500);
  await page.screenshot({ path: path.join(IMAGES, 'users.png') });

  await open(page, appUrl, '/admin/audit', 900, 'table.audit');
  await fitTo(page, '.audit-page', 900);
  await page.screenshot({ path: path.join(IMAGES, 'audit-log.png') });
}

main().catch((err) => {
  console.error(`screenshots failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
