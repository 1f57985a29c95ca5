/**
 * `npm run screenshots`: the README's pictures of the web app, taken from the demo as a new user
 * sees it. Starts the product as `npm start` does (PGlite in a fresh temporary folder, the demo
 * synced from its JIRA simulator), signs in as the demo manager in Chromium at 1280 × 800 and
 * writes into docs/images/ (the viewport, not the full page, to keep each PNG small):
 * - boards.png: the boards page with each board's active sprint;
 * - sprint-report.png: the first demo board's active sprint report (figures and burndown; 1280 × 1040).
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

    await page.goto(new URL(`/boards/${board.id}/sprints/${board.activeSprintId}`, product.appUrl).href);
    await page.waitForSelector('[data-figure=committed]');
    await page.waitForSelector('figure.chart svg.recharts-surface');
    // Taller, so the whole burndown is in the picture; the chart follows the resize before the shot.
    await page.setViewportSize({ width: 1280, height: 1040 });
    await page.waitForFunction(() => (document.querySelector('figure.chart svg.recharts-surface')?.getBoundingClientRect().bottom ?? 2000) < 1040);
    await page.screenshot({ path: path.join(IMAGES, 'sprint-report.png') });

    for (const file of ['boards.png', 'sprint-report.png']) {
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
