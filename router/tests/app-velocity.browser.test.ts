import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BrowserContext, type Page } from 'playwright-core';
import { accessibilityViolations, hasChromium, launchChromium, signedInAppPage } from './browser.ts';
import { seededRouter, smallTeam, type SeededRouter, type TestRouter, type TestUser } from '@sprint-reports/testing/router';
import { APP_DIST } from '../src/web-app.ts';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

type Entry = {
  sprint: { id: string; name: string };
  committedPoints: number;
  completedPoints: number;
  sayDoRatio: number | null;
  scopeChangeRate: number | null;
  rollingAverage3: number | null;
  rollingAverage5: number | null;
};
type Predictability = {
  sprints: number;
  averageCommittedPoints: number | null;
  averageCompletedPoints: number | null;
  averageSayDoRatio: number | null;
  velocityVariation: number | null;
  predictability: number | null;
  averageScopeChangeRate: number | null;
};
const VELOCITY = `query($id: ID!, $last: Int) { board(id: $id) {
  velocity(last: $last) { sprint { id name } committedPoints completedPoints sayDoRatio scopeChangeRate rollingAverage3 rollingAverage5 }
  predictability(last: $last) { sprints averageCommittedPoints averageCompletedPoints averageSayDoRatio velocityVariation predictability averageScopeChangeRate }
} }`;
// The API rounds to 2 decimals; the page shows amounts as given and ratios as whole percentages.
const amount = (n: number | null) => (n == null ? '—' : String(n));
const percent = (r: number | null) => (r == null ? '—' : `${Math.round(r * 100)} %`);

// A team lead reading a board's velocity in the browser: the API's numbers, any range, shareable.
describe.runIf(hasChromium() && fs.existsSync(path.join(APP_DIST, 'index.html')))('the velocity page in a browser', () => {
  let seeded: SeededRouter<'acme'>;
  let router: TestRouter;
  let browser: BrowserContext;
  let lead: TestUser;
  let tenantId: string;
  let boards: { id: string; name: string; sprints: { id: string; state: string }[] }[];

  beforeAll(async () => {
    // Atlas: 9 closed sprints (more than JIRA's 7), one active, one future. Borealis: none closed yet.
    seeded = await seededRouter(
      { acme: [smallTeam('Atlas', { sprints: 11, issues: 260 }), smallTeam('Borealis', { sprints: 2, issues: 50 })] },
      { as: null, router: { config: { production: true } } },
    );
    router = seeded.router;
    tenantId = seeded.tenants.acme.tenant.id;
    lead = await router.signIn(tenantId, 'VIEWER');
    boards = (await router.as(lead)<{ boards: typeof boards }>('{ boards { id name sprints { id state } } }')).data!.boards;
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium({ width: 1280, height: 800 });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await seeded?.close();
  });

  const signedInPage = () => signedInAppPage(browser, router.router.appUrl, lead);

  async function fromApi(boardId: string, last?: number | null) {
    const { data, errors } = await router.as(lead)<{ board: { velocity: Entry[]; predictability: Predictability } }>(
      VELOCITY,
      last === undefined ? { id: boardId } : { id: boardId, last },
    );
    expect(errors).toBeUndefined();
    return data!.board;
  }

  const tableRows = (page: Page) =>
    page
      .locator('table.velocity-table tbody tr')
      .evaluateAll((rows) => rows.map((r) => [r.querySelector('th')!.textContent, ...[...r.querySelectorAll('td')].map((td) => td.textContent)]));

  const expectedRows = (api: { velocity: Entry[] }) =>
    api.velocity.map((e) => [
      e.sprint.name,
      amount(e.committedPoints),
      amount(e.completedPoints),
      percent(e.sayDoRatio),
      percent(e.scopeChangeRate),
      amount(e.rollingAverage3),
      amount(e.rollingAverage5),
    ]);

  /** The table shows the API's velocity row for row, and the predictability figures are the API's. */
  async function expectNumbers(page: Page, api: { velocity: Entry[]; predictability: Predictability }, unit = 'points', timeout = 5_000) {
    await expect.poll(() => tableRows(page), { timeout }).toEqual(expectedRows(api));
    const p = api.predictability;
    const figure = (id: string) => page.locator(`[data-predictability=${id}]`).textContent();
    expect(await figure('predictability')).toBe(percent(p.predictability));
    expect(await figure('averageSayDoRatio')).toBe(percent(p.averageSayDoRatio));
    expect(await figure('velocityVariation')).toBe(percent(p.velocityVariation));
    expect(await figure('averageScopeChangeRate')).toBe(percent(p.averageScopeChangeRate));
    expect(await figure('averageCommittedPoints')).toBe(`${amount(p.averageCommittedPoints)} ${unit}`);
    expect(await figure('averageCompletedPoints')).toBe(`${amount(p.averageCompletedPoints)} ${unit}`);
    expect(await page.getByText(`Over ${p.sprints} closed sprints`).count()).toBe(1);
  }

  async function expectUnit(page: Page, unit: string) {
    await expect.poll(() => page.locator('[data-predictability=averageCompletedPoints]').textContent()).toMatch(new RegExp(` ${unit}$`));
  }

  test("the board links to its velocity; the table and figures are the API's for any range; the range is in the URL", async () => {
    const { page, problems } = await signedInPage();
    const atlas = boards.find((b) => b.name === 'Atlas board')!;
    const closed = atlas.sprints.filter((s) => s.state === 'CLOSED');
    expect(closed.length).toBe(9);

    await page.getByRole('link', { name: atlas.name }).click();
    await page.getByRole('link', { name: 'Velocity', exact: true }).click();
    await page.waitForSelector('h1:has-text("Velocity")');
    expect(new URL(page.url()).pathname).toBe(`/boards/${atlas.id}/velocity`);

    // JIRA's range by default: the last 7 closed sprints, as the API gives them without `last`.
    const byDefault = await fromApi(atlas.id);
    expect(byDefault.velocity).toHaveLength(7);
    await expectNumbers(page, byDefault);
    expect(await page.getByLabel('Sprints shown').inputValue()).toBe('7');

    // The chart, loaded lazily: a bar of each kind per sprint, in the board's unit, described in words.
    await page.waitForSelector('figure.chart svg.recharts-surface');
    await expect.poll(() => page.locator('figure.chart .recharts-bar-rectangle').count()).toBe(2 * 7);
    expect(await page.locator('figure.chart .recharts-legend-wrapper').textContent()).toContain('Completed (points)');
    expect(await page.locator('figure.chart figcaption').textContent()).toMatch(/^Committed and completed points over 7 sprints/);
    // The tooltip follows the keyboard too: focus the chart, arrow to a sprint.
    await page.getByRole('application', { name: 'Velocity in points' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.recharts-tooltip-wrapper').textContent()).toContain(byDefault.velocity[1].sprint.name);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'velocity.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    // Another range: the URL says it, the rows are the API's for it.
    await page.getByLabel('Sprints shown').selectOption('5');
    await expect.poll(() => new URL(page.url()).search).toBe('?last=5');
    const five = await fromApi(atlas.id, 5);
    expect(five.velocity).toHaveLength(5);
    await expectNumbers(page, five);

    // All closed sprints (more than JIRA shows); the URL can be shared and reloaded.
    await page.getByLabel('Sprints shown').selectOption('all');
    await expect.poll(() => new URL(page.url()).search).toBe('?last=all');
    const all = await fromApi(atlas.id, null);
    expect(all.velocity).toHaveLength(9);
    await expectNumbers(page, all);
    await page.reload();
    await expectNumbers(page, all);
    expect(await page.getByLabel('Sprints shown').inputValue()).toBe('all');
    await page.waitForSelector('figure.chart svg.recharts-surface');
    await expect.poll(() => page.locator('figure.chart .recharts-bar-rectangle').count()).toBe(2 * 9);

    // A range wider than the board's history says how many there are.
    await page.getByLabel('Sprints shown').selectOption('15');
    await expect.poll(() => new URL(page.url()).search).toBe('?last=15');
    await expectNumbers(page, await fromApi(atlas.id, 15));
    await page.getByText('(the board has 9)').waitFor();

    // Phone width: no horizontal scrolling of the page (the table scrolls on its own).
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'velocity-390.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });

    // The sprint report links here too.
    await page.goto(new URL(`/boards/${atlas.id}/sprints/${closed[0].id}`, router.router.appUrl).href);
    await page.getByRole('link', { name: 'Velocity', exact: true }).click();
    await page.waitForSelector('table.velocity-table');
    expect(new URL(page.url()).pathname).toBe(`/boards/${atlas.id}/velocity`);
    expect(problems).toEqual([]);
    await page.close();
  }, 180_000);

  test('a board with no closed sprint, or no board, says so in words', async () => {
    const { page, problems } = await signedInPage();
    const borealis = boards.find((b) => b.name === 'Borealis board')!;
    expect(borealis.sprints.some((s) => s.state === 'CLOSED')).toBe(false);
    await page.goto(new URL(`/boards/${borealis.id}/velocity`, router.router.appUrl).href);
    await page.getByText('This board has no closed sprint yet').waitFor();
    expect(await page.locator('table.velocity-table').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'velocity-empty.png'), fullPage: true });

    // A board that is not there (deleted, or another organisation's) is said so in words.
    await page.goto(new URL(`/boards/${randomUUID()}/velocity`, router.router.appUrl).href);
    expect(await page.getByRole('alert').textContent()).toMatch(/^Not found: it may have been deleted/);
    expect(problems).toEqual([]);
    await page.close();
  });

  // Last: it changes the Atlas board's unit for good.
  test("the open page follows when the closed sprints' figures change (here: the board counts issues instead of points)", async () => {
    const { page, problems } = await signedInPage();
    const atlas = boards.find((b) => b.name === 'Atlas board')!;
    await page.goto(new URL(`/boards/${atlas.id}/velocity?last=3`, router.router.appUrl).href);
    await expectNumbers(page, await fromApi(atlas.id, 3));
    await expectUnit(page, 'points');
    await expect.poll(() => router.router.live.size).toBeGreaterThanOrEqual(1);

    const admin = await router.signIn(tenantId, 'ADMIN');
    const changed = await router.as(admin)(`mutation($id: ID!) { updateBoardSettings(boardId: $id, settings: { estimationStatistic: ISSUE_COUNT }) { id } }`, {
      id: atlas.id,
    });
    expect(changed.errors).toBeUndefined();
    await expectUnit(page, 'issues');
    // Every closed sprint is measured anew in the background, each announced; once the API has
    // them all in issues, the page shows its figures.
    await expect
      .poll(
        async () => {
          const { data } = await router.as(lead)<{ board: { sprints: { state: string; analysis: { statistic: string } | null }[] } }>(
            'query($id: ID!) { board(id: $id) { sprints { state analysis { statistic } } } }',
            { id: atlas.id },
          );
          return data!.board.sprints.filter((s) => s.state === 'CLOSED').every((s) => s.analysis?.statistic === 'ISSUE_COUNT');
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    await expectNumbers(page, await fromApi(atlas.id, 3), 'issues', 30_000);
    expect(await page.locator('figure.chart .recharts-legend-wrapper').textContent()).toContain('Completed (issues)');
    expect(problems).toEqual([]);
    await page.close();
  });
});
