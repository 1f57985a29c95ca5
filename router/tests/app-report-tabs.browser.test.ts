import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BrowserContext, type Page } from 'playwright-core';
import { startJiraSim, type JiraSim } from '@sprint-reports/jira-sim';
import {
  connectJiraSim,
  seededRouter,
  simSite,
  syncThroughRouter,
  tenantNamed,
  type SeededRouter,
  type TestRouter,
  type TestUser,
} from '@sprint-reports/testing/router';
import { accessibilityViolations, hasChromium, launchChromium, signedInAppPage } from './browser.ts';
import { APP_DIST } from '../src/web-app.ts';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const TENANT = tenantNamed('app-report-tabs');

type Percentiles = { count: number; p50: number; p85: number; p95: number } | null;
type Figures = {
  discipline?: string;
  committedPoints: number;
  completedPoints: number;
  addedPoints: number;
  removedPoints: number;
  notCompletedPoints: number;
  completedOutsidePoints: number;
  cancelledPoints: number;
  sayDoRatio: number | null;
  issueCount: number;
};
type SprintView = {
  id: string;
  name: string;
  state: string;
  analysis:
    | (Figures & {
        disciplineBreakdown: (Figures & { discipline: string; cycleTime: Percentiles })[];
        cycleTime: Percentiles;
        leadTime: Percentiles;
        scopeChanges: { key: string; kind: string; points: number; at: string }[];
        issues: { key: string; outcome: string; cycleTimeHours: number | null; issue: { url: string | null } | null }[];
      })
    | null;
  carryOver: {
    key: string;
    sprintCount: number;
    carriedIn: boolean;
    carriedOut: boolean;
    points: number | null;
    sprints: { name: string }[];
    issue: { url: string | null } | null;
  }[];
};
const FIGURES = 'committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints cancelledPoints sayDoRatio issueCount';
const PERCENTILES = 'cycleTime { count p50 p85 p95 }';
const SPRINT = `id name state
  analysis { ${FIGURES} disciplineBreakdown { discipline ${FIGURES} ${PERCENTILES} } ${PERCENTILES} leadTime { count p50 p85 p95 }
    scopeChanges { key kind points at } issues { key outcome cycleTimeHours issue { url } } }
  carryOver { key sprintCount carriedIn carriedOut points sprints { name } issue { url } }`;

// The app's formats, written out again: the page must show the API's numbers in them.
const points = (n: number) => String(Math.round(n * 100) / 100);
const percent = (r: number | null) => (r == null ? '—' : `${Math.round(r * 100)} %`);
const hoursWords = (h: number) => `${Math.round(h * 100) / 100} h` + (h >= 24 ? ` (${Math.round((h / 24) * 10) / 10} d)` : '');
const TABS = [
  { id: 'figures', label: 'Figures', ready: '[data-figure=committed]' },
  { id: 'charts', label: 'Charts', ready: 'figure[data-chart=burnup] svg.recharts-surface' },
  { id: 'disciplines', label: 'Disciplines', ready: 'figure[data-chart=disciplines] svg.recharts-surface' },
  { id: 'carry-over', label: 'Carry-over', ready: 'table[data-table=carry-over]' },
  { id: 'cycle-time', label: 'Cycle time', ready: 'tr[data-percentiles=cycle]' },
  { id: 'reports', label: 'Reports', ready: 'section.sprint-reports :is(table.reports, .empty)' },
];

// A team lead reading a synced sprint's report tab by tab: each a URL, each with the API's numbers.
describe.runIf(hasChromium() && fs.existsSync(path.join(APP_DIST, 'index.html')))("the sprint report's tabs in a browser", () => {
  let seeded: SeededRouter<never>;
  let router: TestRouter;
  let sim: JiraSim;
  let browser: BrowserContext;
  let lead: TestUser;
  let boardId: string;
  let sprints: SprintView[];
  /** The closed sprint with the most to show: carry-over and scope changes. */
  let sprint: SprintView;

  beforeAll(async () => {
    // No tenant seeded: the JIRA sync below fills TENANT.
    seeded = await seededRouter({}, { router: { tenantId: TENANT, config: { production: true } } });
    router = seeded.router;
    sim = await startJiraSim({ site: simSite('app-report-tabs', 41, { sprints: 5, issuesPerSprint: 16, issues: 90 }), flavor: 'CLOUD' });
    const connection = await connectJiraSim(router, sim);
    expect(await syncThroughRouter(router, connection.id)).toMatchObject({ status: 'SUCCEEDED', errors: [] });
    // Disciplines by component, as a team lead sets them up; the analyses are computed again with them.
    const { data: boards } = await router.query<{ boards: { id: string }[] }>('{ boards { id } }');
    boardId = boards!.boards[0].id;
    const rules = ['Backend', 'Frontend', 'QA'].map((d) => ({ discipline: d, components: [d] }));
    const set = await router.query(
      `mutation($b: ID!, $r: [DisciplineRuleInput!]!) { updateBoardSettings(boardId: $b, settings: { disciplineRules: $r }) { id } }`,
      { b: boardId, r: rules },
    );
    expect(set.errors).toBeUndefined();
    await router.runtime.jobs.idle();
    lead = await router.signIn(TENANT, 'VIEWER');
    const { data } = await router.as(lead)<{ board: { sprints: SprintView[] } }>(`query($b: ID!) { board(id: $b) { sprints { ${SPRINT} } } }`, { b: boardId });
    sprints = data!.board.sprints;
    const score = (s: SprintView) => s.carryOver.filter((c) => c.carriedIn).length * 10 + (s.analysis?.scopeChanges.length ?? 0);
    sprint = sprints.filter((s) => s.state === 'CLOSED').sort((a, b) => score(b) - score(a))[0];
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium({ width: 1280, height: 800 });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await seeded?.close();
    await sim?.close();
  });

  const reportUrl = (sprintId: string, tab?: string) => new URL(`/boards/${boardId}/sprints/${sprintId}${tab ? `/${tab}` : ''}`, router.router.appUrl).href;

  const signedInPage = () => signedInAppPage(browser, router.router.appUrl, lead);
  const tabsNav = (page: Page) => page.getByRole('navigation', { name: 'Report sections' });
  const currentTab = (page: Page) => tabsNav(page).locator('[aria-current=page]').textContent();
  const cells = (page: Page, row: string) => page.locator(row).locator('td').allTextContents();

  test('the data has what the tabs show: carry-over, scope changes, disciplines, cycle times', () => {
    const a = sprint.analysis!;
    expect(sprint.carryOver.some((c) => c.carriedIn)).toBe(true);
    expect(a.scopeChanges.length).toBeGreaterThan(0);
    expect(a.disciplineBreakdown.length).toBeGreaterThan(1);
    expect(a.cycleTime?.count).toBeGreaterThan(0);
  });

  test('each tab has its own URL: opened by its link (mouse or keyboard), by its address, and again on reload; the sprint picker keeps the tab', async () => {
    const { page, problems } = await signedInPage();
    await page.goto(reportUrl(sprint.id));
    await page.waitForSelector(TABS[0].ready);
    expect(await currentTab(page)).toBe('Figures');
    for (const tab of TABS.slice(1)) {
      await tabsNav(page).getByRole('link', { name: tab.label }).click();
      await page.waitForSelector(tab.ready);
      expect(new URL(page.url()).pathname).toBe(`/boards/${boardId}/sprints/${sprint.id}/${tab.id}`);
      expect(await currentTab(page)).toBe(tab.label);
    }
    // Back to the first by keyboard: its URL has no tab.
    await tabsNav(page).getByRole('link', { name: 'Figures' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector(TABS[0].ready);
    expect(new URL(page.url()).pathname).toBe(`/boards/${boardId}/sprints/${sprint.id}`);

    for (const tab of TABS) {
      await page.goto(reportUrl(sprint.id, tab.id));
      await page.waitForSelector(tab.ready);
      expect(await currentTab(page)).toBe(tab.label);
    }
    await page.reload();
    await page.waitForSelector(TABS.at(-1)!.ready);
    expect(await currentTab(page)).toBe(TABS.at(-1)!.label);

    // Another sprint, the same tab.
    const other = sprints.find((s) => s.state === 'CLOSED' && s.id !== sprint.id)!;
    await page.getByLabel('Sprint').selectOption(other.id);
    await page.waitForSelector(`h1:has-text("${other.name}")`);
    expect(new URL(page.url()).pathname).toBe(`/boards/${boardId}/sprints/${other.id}/${TABS.at(-1)!.id}`);

    // A section that does not exist says so, with the sections to choose from.
    await page.goto(reportUrl(sprint.id, 'velocity-of-light'));
    await page.getByText('A sprint report has no section “velocity-of-light”').waitFor();
    expect(await tabsNav(page).getByRole('link').count()).toBe(TABS.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("Disciplines: the table is the API's disciplineBreakdown, its total row the sprint's figures; bars per discipline", async () => {
    const { page, problems } = await signedInPage();
    const a = sprint.analysis!;
    await page.goto(reportUrl(sprint.id, 'disciplines'));
    await page.waitForSelector('figure[data-chart=disciplines] svg.recharts-surface');
    const row = (f: Figures) => [
      String(f.issueCount),
      points(f.committedPoints),
      points(f.completedPoints),
      points(f.addedPoints),
      points(f.removedPoints),
      points(f.notCompletedPoints),
      points(f.completedOutsidePoints),
      points(f.cancelledPoints),
      percent(f.sayDoRatio),
    ];
    const names = await page.locator('table[data-table=disciplines] tbody th').allTextContents();
    expect(names).toEqual(a.disciplineBreakdown.map((d) => d.discipline));
    for (const d of a.disciplineBreakdown)
      expect(await cells(page, `table[data-table=disciplines] tbody tr[data-discipline="${d.discipline}"]`)).toEqual(row(d));
    expect(await cells(page, 'table[data-table=disciplines] tfoot tr')).toEqual(row(a));
    // The API's disciplines add up to its sprint: every issue counts for exactly one discipline.
    const fields = [
      'committedPoints',
      'completedPoints',
      'addedPoints',
      'removedPoints',
      'notCompletedPoints',
      'completedOutsidePoints',
      'cancelledPoints',
      'issueCount',
    ] as const;
    for (const f of fields) expect(Math.round(a.disciplineBreakdown.reduce((s, d) => s + d[f], 0) * 100) / 100, f).toBe(a[f]);
    // A bar for each discipline's committed, completed, added, removed and not completed figure that is not zero.
    const bars = a.disciplineBreakdown
      .flatMap((d) => [d.committedPoints, d.completedPoints, d.addedPoints, d.removedPoints, d.notCompletedPoints])
      .filter((n) => n !== 0);
    await expect.poll(() => page.locator('figure[data-chart=disciplines] .recharts-bar-rectangle').count()).toBe(bars.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('Carry-over: the rows are Sprint.carryOver, with the sprints each spent; a sprint not started says so', async () => {
    const { page, problems } = await signedInPage();
    await page.goto(reportUrl(sprint.id, 'carry-over'));
    await page.waitForSelector('table[data-table=carry-over]');
    const rows = page.locator('table[data-table=carry-over] tbody tr');
    expect(await rows.count()).toBe(sprint.carryOver.length);
    for (const [i, c] of sprint.carryOver.entries()) {
      const texts = await rows.nth(i).locator('td').allTextContents();
      expect(texts[0]).toBe(c.key);
      expect(texts[2]).toBe(c.points == null ? '—' : points(c.points));
      expect(texts[3]).toBe(`${c.sprintCount}: ${c.sprints.map((s) => s.name).join(' → ')}`);
      expect(texts[4]).toMatch(
        c.carriedIn && c.carriedOut
          ? /^came from an earlier sprint and went on/
          : c.carriedIn
            ? /^came from an earlier sprint$/
            : /^went on to a later sprint$/,
      );
    }
    const cameIn = sprint.carryOver.filter((c) => c.carriedIn).length;
    expect(await page.locator('[data-summary=carry-over]').textContent()).toMatch(
      new RegExp(`^${cameIn} issues? came from earlier sprints; ${sprint.carryOver.filter((c) => c.carriedOut).length} went on`),
    );
    // An earlier sprint of a carried issue opens at its own carry-over.
    const carried = sprint.carryOver.find((c) => c.carriedIn)!;
    await rows.filter({ hasText: carried.key }).getByRole('link', { name: carried.sprints[0].name }).click();
    await page.waitForSelector(`h1:has-text("${carried.sprints[0].name}")`);
    expect(await currentTab(page)).toBe('Carry-over');
    await page.locator('table[data-table=carry-over]').getByText(carried.key).waitFor();

    const future = sprints.find((s) => s.state === 'FUTURE')!;
    expect(future.carryOver).toEqual([]);
    await page.goto(reportUrl(future.id, 'carry-over'));
    await page.getByText('This sprint has not started: nothing has been carried into it yet.').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  test("Cycle time: the percentiles are the API's, of the sprint and per discipline; each completed issue with its cycle time", async () => {
    const { page, problems } = await signedInPage();
    const a = sprint.analysis!;
    await page.goto(reportUrl(sprint.id, 'cycle-time'));
    await page.waitForSelector('tr[data-percentiles=cycle]');
    const shown = (p: Percentiles) => (p ? [String(p.count), hoursWords(p.p50), hoursWords(p.p85), hoursWords(p.p95)] : ['No completed issue to measure.']);
    expect(await cells(page, 'tr[data-percentiles=cycle]')).toEqual(shown(a.cycleTime));
    expect(await cells(page, 'tr[data-percentiles=lead]')).toEqual(shown(a.leadTime));
    for (const d of a.disciplineBreakdown) expect(await cells(page, `tr[data-percentiles="discipline-${d.discipline}"]`)).toEqual(shown(d.cycleTime));
    const completed = a.issues.filter((i) => i.outcome === 'COMPLETED');
    const keys = await page.locator('table.issues:not(.percentiles) tbody tr td:first-child').allTextContents();
    expect(new Set(keys.map((k) => k.replace('*', '')))).toEqual(new Set(completed.map((i) => i.key)));
    expect(problems).toEqual([]);
    await page.close();
  });

  test('Charts: burndown and burnup with the scope changes marked and explained on hover, and listed in words', async () => {
    const { page, problems } = await signedInPage();
    const a = sprint.analysis!;
    await page.goto(reportUrl(sprint.id, 'charts'));
    await page.waitForSelector('figure[data-chart=burndown] svg.recharts-surface');
    await page.waitForSelector('figure[data-chart=burnup] svg.recharts-surface');
    // The list in words: one item per change, in the API's order, with its issue and sign.
    const items = page.locator('ol.scope-changes li');
    expect(await items.count()).toBe(a.scopeChanges.length);
    const verb = { ADDED: 'added to the sprint', REMOVED: 'taken out of the sprint', ESTIMATE_CHANGED: 're-estimated' } as Record<string, string>;
    for (const [i, c] of a.scopeChanges.entries()) {
      const sign = c.points > 0 ? '+' : c.points < 0 ? '−' : '';
      expect(await items.nth(i).textContent()).toContain(
        `${c.key} ${verb[c.kind]}: ${sign}${points(Math.abs(c.points))} ${Math.abs(c.points) === 1 ? 'point' : 'points'}`,
      );
    }
    // The burnup marks every change on its scope line: the markers' numbers cover the list.
    const labels = await page.locator('figure[data-chart=burnup] g.change-marker').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-changes')!));
    const numbers = labels.flatMap((l) => {
      const [from, to = from] = l.split('–').map(Number);
      return Array.from({ length: to - from + 1 }, (_, k) => from + k);
    });
    expect(numbers).toEqual(a.scopeChanges.map((_, i) => i + 1));
    expect(await page.locator('figure[data-chart=burndown] g.change-marker').count()).toBeGreaterThan(0);
    // Hovering a marker explains it: the day's tooltip lists its changes in words.
    const marker = page.locator('figure[data-chart=burnup] g.change-marker').first();
    await marker.scrollIntoViewIfNeeded();
    await marker.hover();
    const first = a.scopeChanges[0];
    await expect.poll(() => page.locator('figure[data-chart=burnup] .chart-tooltip').textContent()).toContain(`1. ${first.key} ${verb[first.kind]}`);
    expect(await marker.locator('title').textContent()).toContain(`1. ${first.key} ${verb[first.kind]}`);
    // And by keyboard: the burndown takes focus, and the arrow keys walk its days with the tooltip.
    await page.mouse.move(0, 0);
    await page.locator('figure[data-chart=burndown] svg.recharts-surface[role=application]').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('figure[data-chart=burndown] .chart-tooltip').textContent()).toMatch(/Remaining points: \d/);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("an issue's key opens it in JIRA, in a new tab: the connection's base URL and /browse/KEY", async () => {
    const { page, problems } = await signedInPage();
    const a = sprint.analysis!;
    const issue = a.issues.find((i) => i.outcome === 'COMPLETED')!;
    expect(issue.issue?.url).toBe(`${sim.url}/browse/${issue.key}`);
    await page.goto(reportUrl(sprint.id));
    await page
      .locator('li.figure', { has: page.locator('[data-figure=completed]') })
      .getByRole('button')
      .click();
    const link = page.locator('#figure-issues').getByRole('link', { name: issue.key, exact: true });
    expect(await link.getAttribute('href')).toBe(`${sim.url}/browse/${issue.key}`);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    // The carry-over links its issues too.
    const carried = sprint.carryOver[0];
    await page.goto(reportUrl(sprint.id, 'carry-over'));
    expect(await page.locator('table[data-table=carry-over]').getByRole('link', { name: carried.key, exact: true }).getAttribute('href')).toBe(
      `${sim.url}/browse/${carried.key}`,
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  test('every tab passes axe and fits a phone without scrolling the page sideways (screenshots of each)', async () => {
    const { page, problems } = await signedInPage();
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
      for (const tab of TABS) {
        await page.goto(reportUrl(sprint.id, tab.id === 'figures' ? undefined : tab.id));
        await page.waitForSelector(tab.ready);
        if (tab.id === 'figures') {
          await page
            .locator('li.figure', { has: page.locator('[data-figure=added]') })
            .getByRole('button')
            .click();
          await page.waitForSelector('#figure-issues table');
        }
        // (charts follow their container's width once its resize observer has fired)
        await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.screenshot({ path: path.join(SCREENSHOTS, `sprint-report-${tab.id}${width === 390 ? '-390' : ''}.png`), fullPage: true });
        expect(await accessibilityViolations(page), `${tab.id} at ${width} px`).toEqual([]);
      }
    }
    expect(problems).toEqual([]);
    await page.close();
  }, 240_000);
});
