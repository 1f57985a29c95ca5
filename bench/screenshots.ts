/**
 * `npm run screenshots`: the README's pictures of the web app, taken from the demo as a new user
 * sees it. Starts the product as `npm start` does (PGlite in a fresh temporary folder, the demo
 * synced from its JIRA simulator), signs in as the demo manager in Chromium at 1280 × 800 and
 * writes into docs/images/ (the viewport, not the full page, to keep each PNG small):
 * - boards.png: the boards page with each board's active sprint;
 * - sprint-report.png: the first demo board's active sprint report, its figures and the committed issues (1280 × 1040);
 * - sprint-report-charts.png: the same sprint's Charts tab, burndown and burnup with the scope changes (1280 × 1300);
 * - velocity.png: that board's velocity over its last 10 sprints (1280 × 1040).
 * Run it again after the app's pages change, and commit the images.
 */
import fs from 'node:fs';
import path from 'node:path';
import { hasChromium, launchChromium } from '../router/tests/browser.ts';
import { ROOT, buildBundles, demoBoards, fillSignIn, startDemoProduct } from './demo-product.ts';

const IMAGES = path.join(ROOT, 'docs/images');

async function main() {
  if (!hasChromium()) throw new Error('Chromium is not installed at /usr/bin/chromium (apt-get install chromium)');
  buildBundles();
  const product = await startDemoProduct();
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
    await page.locator('li.figure', { has: page.locator('[data-figure=committed]') }).getByRole('button').click();
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

    for (const file of ['boards.png', 'sprint-report.png', 'sprint-report-charts.png', 'velocity.png']) {
      console.log(`wrote docs/images/${file} (${Math.round(fs.statSync(path.join(IMAGES, file)).size / 1024)} KB)`);
    }
  } finally {
    await browser.close();
    await product.stop();
  }
}

main().catch((err) => {
  console.error(`screenshots failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
