import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_CLOUD_AUTH, startJiraSim, type JiraSim, type JiraSite } from '@sprint-reports/jira-sim';
import { simSite, type TestUser } from '@sprint-reports/testing';
import { accessibilityViolations, canRunAppTests, startAppUnderTest, type AppUnderTest } from './browser.ts';

/**
 * The first run of a new organisation, in Chromium against a real router and the JIRA simulator:
 * no connection and no boards, so the boards page leads an admin to "Connect JIRA" (and tells a
 * viewer whom to ask). The admin tries a wrong token (refused in words at the field, the form kept),
 * tests the right one and sees the boards JIRA shows, connects (the webhook secret shown once),
 * starts the first sync and watches its bar advance to the end through syncProgress; the boards
 * page then shows the boards.
 */
describe.runIf(canRunAppTests())('JIRA connections and the first run', () => {
  let app: AppUnderTest;
  let sim: JiraSim;
  let site: JiraSite;
  let admin: TestUser;
  let viewer: TestUser;

  beforeAll(async () => {
    // A tenant with no teams: no boards, no connection.
    app = await startAppUnderTest({ teams: [] });
    site = simSite('app-connections', 29, { sprints: 4, issuesPerSprint: 15, issues: 60 });
    // Small pages and slow answers: the sync takes several announced steps the bar can show.
    sim = await startJiraSim({ site, flavor: 'CLOUD', searchPageSize: 5, latencyMs: 15 });
    [admin, viewer] = await Promise.all([app.user('ADMIN'), app.user('VIEWER')]);
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await sim?.close();
  });

  /**
   * Holds the sim's second issue search (the first page is answered) until released; later requests
   * pass. `reached` resolves when the held request has arrived.
   */
  function holdSecondSearchPage(jira: JiraSim) {
    let searches = 0;
    let release!: () => void;
    let arrived!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const reached = new Promise<void>((resolve) => (arrived = resolve));
    jira.beforeAnswer = (request) => {
      if (!/\/search\/jql$/.test(request.path) || ++searches !== 2) return;
      arrived();
      return released;
    };
    return {
      reached,
      release: () => {
        jira.beforeAnswer = null;
        release();
      },
    };
  }

  const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  /** Both widths: a screenshot each, no sideways scroll at 390 px. */
  async function shootBothWidths(page: Page, name: string) {
    await app.screenshot(page, `connections-${name}-1280`);
    await page.setViewportSize({ width: 390, height: 800 });
    expect(await noSidewaysScroll(page)).toBe(true);
    await app.screenshot(page, `connections-${name}-390`);
    await page.setViewportSize({ width: 1280, height: 800 });
  }

  test('a viewer of a tenant without JIRA is told to ask an administrator, and sees no way to connect', async () => {
    const { page, problems } = await app.page(viewer);
    await page.getByText('Ask an administrator to connect JIRA').waitFor();
    expect(await page.getByRole('link', { name: 'Connect JIRA' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('an admin connects JIRA from the first run, tests it, syncs it and sees the boards appear', async () => {
    const { page, problems } = await app.page(admin);
    // The boards page leads to Connect JIRA instead of an empty list.
    await page.getByRole('heading', { name: 'Connect JIRA' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await shootBothWidths(page, 'first-run');
    await page.getByRole('link', { name: 'Connect JIRA' }).click();
    await page.getByRole('heading', { level: 1, name: 'Connect JIRA' }).waitFor();

    const form = page.getByRole('form', { name: 'Connect JIRA' });
    await form.getByLabel('Name').fill('Acme JIRA');
    await form.getByLabel('Base URL').fill(sim.url);
    await form.getByLabel('Email').fill(DEFAULT_CLOUD_AUTH.email);
    await form.getByLabel('API token').fill('a-revoked-token');

    // A wrong token: refused in words at the token field; what was typed stays.
    await form.getByRole('button', { name: 'Test connection' }).click();
    const tokenError = form.locator('.field-error', { hasText: 'rejected the credentials' });
    await tokenError.waitFor();
    expect(await tokenError.textContent()).toBe(`JIRA at ${new URL(sim.url).hostname} rejected the credentials: check the email and API token`);
    expect(await form.getByLabel('API token').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Name').inputValue()).toBe('Acme JIRA');
    expect(await form.getByLabel('Base URL').inputValue()).toBe(sim.url);
    expect(await form.getByLabel('Email').inputValue()).toBe(DEFAULT_CLOUD_AUTH.email);
    // Saving with it is refused the same way, nothing stored.
    await form.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect.poll(() => form.getByRole('button', { name: 'Connect', exact: true }).isEnabled()).toBe(true);
    await tokenError.waitFor();
    expect(await form.getByLabel('Name').inputValue()).toBe('Acme JIRA');
    expect(await accessibilityViolations(page)).toEqual([]);
    await shootBothWidths(page, 'refused');

    // The right token: JIRA's user, its boards and the story points field, before anything is saved.
    await form.getByLabel('API token').fill(DEFAULT_CLOUD_AUTH.apiToken);
    await form.getByRole('button', { name: 'Test connection' }).click();
    const found = page.getByRole('region', { name: 'What JIRA answered' });
    await found.waitFor();
    const boardNames = site.boards.map((b) => b.name).sort();
    expect(await found.locator('.found-boards > li').evaluateAll((items) => items.map((li) => li.firstChild?.textContent ?? ''))).toEqual(boardNames);
    expect(await found.textContent()).toContain('Story points field: Story point estimate (customfield_10016), the field most boards estimate in.');
    expect(await accessibilityViolations(page)).toEqual([]);
    await shootBothWidths(page, 'tested');

    // Saved: the webhook secret once, with a copy button; then the connection's page.
    await form.getByRole('button', { name: 'Connect', exact: true }).click();
    const secret = page.getByRole('region', { name: 'Webhook secret' });
    await secret.waitFor();
    expect((await secret.getByRole('group', { name: 'Webhook secret' }).locator('code').textContent())!.length).toBeGreaterThanOrEqual(32);
    await secret.getByRole('button', { name: 'Copy webhook secret' }).waitFor();
    expect(problems).toEqual([]);
    await shootBothWidths(page, 'created');
    await page.getByRole('link', { name: 'Open the connection and start its first sync' }).click();
    await page.getByRole('heading', { level: 1, name: 'Acme JIRA' }).waitFor();
    await page.getByText('No boards yet: they arrive with the first sync.').waitFor();
    expect(await page.getByRole('group', { name: 'Webhook URL' }).locator('code').textContent()).toMatch(/\/webhooks\/jira\/[0-9a-f-]{36}$/);
    expect(await page.locator('.webhook-events').textContent()).toContain('jira:issue_updated');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The first sync, watched through syncProgress: every value the bar takes is recorded in the page.
    await page.evaluate(() => {
      const seen: number[] = [];
      const said: string[] = [];
      Object.assign(window, { seenProgress: seen, saidProgress: said });
      const record = () => {
        const bar = document.querySelector<HTMLProgressElement>('.sync-panel progress[value]');
        if (bar && seen.at(-1) !== bar.value) seen.push(bar.value);
        const status = document.querySelector('.sync-panel .run-progress [role=status]')?.textContent;
        if (status && said.at(-1) !== status) said.push(status);
      };
      new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
    });
    // JIRA holds the second page of issues until the page has shown the sync part way: a bar between
    // the ends and the time left in words, whatever the machine's speed.
    const gate = holdSecondSearchPage(sim);
    await page.getByRole('button', { name: 'Sync changes' }).click();
    const runProgress = page.locator('.sync-panel .run-progress');
    await runProgress.waitFor();
    await page.locator('.sync-panel .run-progress[data-status="RUNNING"]').waitFor();
    await gate.reached;
    const partWay = runProgress.getByRole('status').filter({ hasText: /about .+ left/ });
    await partWay.waitFor();
    await app.screenshot(page, 'connections-syncing-1280');
    gate.release();
    await page.locator('.sync-panel .run-progress[data-status="SUCCEEDED"]').waitFor({ timeout: 60_000 });
    const seen = await page.evaluate(() => (window as unknown as { seenProgress: number[] }).seenProgress);
    expect(seen.at(-1)).toBe(100);
    expect(seen.some((v) => v > 0 && v < 100)).toBe(true); // it advanced, not jumped from nothing to the end
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    // In words on the way: the phase, issues read of how many, the rate and the time left.
    const said = await page.evaluate(() => (window as unknown as { saidProgress: string[] }).saidProgress);
    expect(said.some((s) => s.startsWith('Reading the issues') && /\d+ of \d+ issues/.test(s) && /issues a second/.test(s) && /about .+ left/.test(s))).toBe(
      true,
    );
    expect(await runProgress.getByRole('status').textContent()).toContain(`${site.issues.length} of ${site.issues.length} issues`);

    // The page refreshed: the boards it brought in, the run in the history.
    for (const name of boardNames) await page.locator('.connection-boards').getByRole('link', { name }).waitFor();
    await page.locator('.run-list .badge', { hasText: 'Succeeded' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await shootBothWidths(page, 'connection');

    // Rotating the webhook secret asks once, then shows the new secret once.
    await page.getByRole('button', { name: 'Rotate webhook secret' }).click();
    await page.getByText('The current one stops working at once').waitFor();
    await page.getByRole('button', { name: 'Rotate the secret' }).click();
    const rotated = page.locator('.webhook-panel').getByRole('region', { name: 'Webhook secret' });
    expect((await rotated.locator('code').textContent())!.length).toBeGreaterThanOrEqual(32);

    // Settings: a story points field JIRA does not have is refused at the field, the values kept; then saved.
    const settings = page.getByRole('form', { name: 'Settings' });
    await settings.getByLabel('Story points field override').fill('Velocity of light');
    await settings.getByLabel('Minutes between scheduled syncs').fill('0');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.locator('.field-error', { hasText: 'No JIRA field has the id or name "Velocity of light"' }).waitFor();
    expect(await settings.getByLabel('Minutes between scheduled syncs').inputValue()).toBe('0');
    await settings.getByLabel('Story points field override').fill('');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText('Settings saved.').waitFor();

    // The list of connections, then the boards page: the boards have appeared.
    await page.goto(new URL('/admin/connections', app.router.router.appUrl).href);
    await page
      .getByRole('row', { name: /Acme JIRA/ })
      .getByText('Succeeded')
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await shootBothWidths(page, 'list');
    await page.getByRole('link', { name: 'Boards', exact: true }).first().click();
    for (const name of boardNames) await page.locator('.board-list').getByRole('link', { name }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  test('a manager may sync a connection and cancel its sync, but sees none of its admin settings', async () => {
    // Its own connection, made through the API (the test above makes one through the page).
    const created = await app.router.as(admin)<{ createJiraConnection: { id: string } }>(
      `mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id } }`,
      {
        input: {
          name: 'Globex JIRA',
          baseUrl: sim.url,
          flavor: 'CLOUD',
          email: DEFAULT_CLOUD_AUTH.email,
          apiToken: DEFAULT_CLOUD_AUTH.apiToken,
          syncIntervalMinutes: 0,
        },
      },
    );
    const manager = await app.user('MANAGER');
    const { page, problems } = await app.page(manager);
    expect(created.errors).toBeUndefined();
    await page.goto(new URL(`/admin/connections/${created.data!.createJiraConnection.id}`, app.router.router.appUrl).href);
    await page.getByRole('heading', { level: 1, name: 'Globex JIRA' }).waitFor();
    await page.getByRole('button', { name: 'Full sync' }).waitFor();
    for (const name of ['Save settings', 'Rotate webhook secret', 'Delete connection']) expect(await page.getByRole('button', { name }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Settings' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    // A full sync, held by JIRA at its second page of issues, cancelled (asking once): once JIRA
    // answers, it stops at its next page.
    const gate = holdSecondSearchPage(sim);
    try {
      await page.getByRole('button', { name: 'Full sync' }).click();
      await page.locator('.sync-panel .run-progress[data-status="RUNNING"]').waitFor();
      await gate.reached;
      await page.getByRole('button', { name: 'Cancel sync' }).click();
      await page.getByText('Stop this sync at its next page?').waitFor();
      // JIRA answers only once the cancel has reached the API.
      const cancelled = page.waitForResponse((r) => !!r.request().postData()?.includes('"CancelSync"') && r.ok());
      await page.getByRole('button', { name: 'Stop the sync' }).click();
      await cancelled;
    } finally {
      gate.release();
    }
    await page.locator('.sync-panel .run-progress[data-status="CANCELLED"]').waitFor({ timeout: 30_000 });
    await page.locator('.run-list .badge', { hasText: 'Cancelled' }).waitFor();
    await page.getByRole('button', { name: 'Sync changes' }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});
