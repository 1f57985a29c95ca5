import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BrowserContext, type Page, type WebSocket as PageSocket } from 'playwright-core';
import { DEFAULT_CLOUD_AUTH, startJiraSim, type JiraSim } from '@sprint-reports/jira-sim';
import { createTestDatabase, simSite, startTestRouter, syncThroughRouter, tenantNamed, type TestRouter, type TestUser } from '@sprint-reports/testing/router';
import { accessibilityViolations, hasChromium, launchChromium, signedInAppPage } from './browser.ts';
import { APP_DIST } from '../src/web-app.ts';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const TENANT = tenantNamed('app-live');
const SECRET = 'app-live-webhook-secret';
const PAUSED = 'Live updates paused — reconnecting…';

type Sprint = { id: string; jiraSprintId: number; name: string; state: string };
type ListedIssue = { key: string; commitment: string; issue: { id: string; summary: string; assigneeName: string | null } };

/**
 * The web app live: JIRA changes, delivered as signed webhooks from the simulator to a real router
 * (PostgreSQL with TEST_DATABASE_URL), reach the open pages over graphql-ws without a reload; the
 * socket comes back after the router restarts on its port; signing out closes it.
 */
describe.runIf(hasChromium() && fs.existsSync(path.join(APP_DIST, 'index.html')))('the web app, live', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let router: TestRouter;
  let sim: JiraSim;
  let browser: BrowserContext;
  let lead: TestUser;
  let webhookUrl: string;
  let boardId: string;

  const startRouter = (port?: number) => startTestRouter(database, { tenantId: TENANT, port, config: { production: true } });

  async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await router.query<T>(query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  }

  /** JIRA tells the router, as it does when someone changes something there. */
  async function jiraSays(body: unknown) {
    expect(await sim.sendWebhook(webhookUrl, body)).toBe(200);
  }

  const sprints = async () =>
    (await gql<{ board: { sprints: Sprint[] } }>(`query($id: ID!) { board(id: $id) { sprints { id jiraSprintId name state } } }`, { id: boardId })).board
      .sprints;

  beforeAll(async () => {
    database = await createTestDatabase();
    router = await startRouter();
    sim = await startJiraSim({ site: simSite('app-live', 41, { sprints: 3, issuesPerSprint: 20, issues: 70 }), flavor: 'CLOUD' });
    const { createJiraConnection } = await gql(`mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id webhookPath } }`, {
      input: {
        name: 'Live sim',
        baseUrl: sim.url,
        flavor: 'CLOUD',
        email: DEFAULT_CLOUD_AUTH.email,
        apiToken: DEFAULT_CLOUD_AUTH.apiToken,
        syncIntervalMinutes: 0,
        webhookSecret: SECRET,
      },
    });
    // As an admin gives JIRA the webhook's URL and secret: the simulator signs its webhooks with it.
    webhookUrl = new URL(createJiraConnection.webhookPath, router.url).toString();
    sim.registerWebhook(webhookUrl, SECRET);
    expect((await syncThroughRouter(router, createJiraConnection.id)).status).toBe('SUCCEEDED');
    boardId = (await gql<{ boards: { id: string }[] }>('{ boards { id } }')).boards[0].id;
    lead = await router.signIn(TENANT, 'VIEWER');
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium({ width: 1280, height: 800 });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await router?.stop();
    await sim?.close();
    await database?.close();
  });

  const signedInPage = () => signedInAppPage(browser, router.router.appUrl, lead);

  /** The open report of the active sprint with its committed issues listed; an issue of that list. */
  async function openReportWithIssues(page: Page): Promise<{ active: Sprint; listed: ListedIssue[] }> {
    const active = (await sprints()).filter((s) => s.state === 'ACTIVE').at(-1)!;
    const { sprint } = await gql<{ sprint: { analysis: { issues: ListedIssue[] } } }>(
      `query($id: ID!) { sprint(id: $id) { analysis { issues { key commitment issue { id summary assigneeName } } } } }`,
      { id: active.id },
    );
    await page.goto(new URL(`/boards/${boardId}/sprints/${active.id}`, router.router.appUrl).href);
    await page.waitForSelector(`h1:has-text("${active.name}")`);
    await page
      .locator('li.figure', { has: page.locator('[data-figure=committed]') })
      .getByRole('button')
      .click();
    await page.waitForSelector('#figure-issues table');
    // Its three subscriptions (the sprint, the board's sprints, the board's issues) are open at the router.
    await expect.poll(() => router.router.live.size).toBe(3);
    return { active, listed: sprint.analysis.issues.filter((i) => i.commitment === 'IN_COMMITMENT') };
  }

  // A mark on the page's window: gone if the page reloaded.
  const markDocument = (page: Page) => page.evaluate(() => void ((window as unknown as { liveMark: boolean }).liveMark = true));
  const stillTheSameDocument = (page: Page) => page.evaluate(() => (window as unknown as { liveMark?: boolean }).liveMark === true);

  const row = (page: Page, key: string) =>
    page.locator('#figure-issues tbody tr').filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${key}\\*?$`) }) });

  test("an issue changed in JIRA (summary, assignee) changes in the open report's issue list, without a reload", async () => {
    const { page, problems } = await signedInPage();
    const { listed } = await openReportWithIssues(page);
    const issue = listed[0];
    await expect.poll(() => row(page, issue.key).locator('td').nth(1).textContent()).toBe(issue.issue.summary);
    // The page has received nothing yet: no "updated" line.
    expect(await page.getByRole('status').filter({ hasText: 'Updated' }).count()).toBe(0);
    await markDocument(page);
    const loads = page.url();

    const dana = { accountId: 'acc-dana-live', displayName: 'Dana Live', emailAddress: 'dana.live@example.com' };
    await jiraSays(sim.updateIssue(issue.key, { summary: 'Checkout keeps the basket after a timeout', assignee: dana }));
    await expect.poll(() => row(page, issue.key).locator('td').nth(1).textContent()).toBe('Checkout keeps the basket after a timeout');
    await expect.poll(() => row(page, issue.key).locator('td').nth(4).textContent()).toBe('Dana Live');
    await page.getByRole('status').filter({ hasText: 'Updated just now' }).waitFor();
    // The API says the same, and the page never reloaded.
    const { issues } = await gql<{ issues: { summary: string; assigneeName: string }[] }>(
      `query($ids: [ID!]!) { issues(ids: $ids) { summary assigneeName } }`,
      { ids: [issue.issue.id] },
    );
    expect(issues[0]).toEqual({ summary: 'Checkout keeps the basket after a timeout', assigneeName: 'Dana Live' });
    expect(page.url()).toBe(loads);
    expect(await stillTheSameDocument(page)).toBe(true);

    await page.screenshot({ path: path.join(SCREENSHOTS, 'sprint-report-live.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
    await expect.poll(() => router.router.live.size).toBe(0);
  });

  test('after the router restarts on its port, the page says it is reconnecting, comes back, and receives what changes next', async () => {
    const { page, problems } = await signedInPage();
    const { listed } = await openReportWithIssues(page);
    const issue = listed[1];
    await markDocument(page);

    const port = router.router.port;
    await router.stop();
    await page.getByRole('status').filter({ hasText: PAUSED }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sprint-report-reconnecting.png') });
    expect(await accessibilityViolations(page)).toEqual([]);

    // Back on the same port: the page reconnects by itself and fetches what it shows once again.
    const refetched = page.waitForRequest(
      (req) => req.url().endsWith('/graphql') && req.method() === 'POST' && (req.postData() ?? '').includes('SprintReport'),
      { timeout: 45_000 },
    );
    router = await startRouter(port);
    await refetched;
    await expect.poll(() => page.getByText(PAUSED).count(), { timeout: 45_000 }).toBe(0);
    await expect.poll(() => router.router.live.size, { timeout: 45_000 }).toBe(3);

    await jiraSays(sim.updateIssue(issue.key, { summary: 'Said after the restart' }));
    await expect.poll(() => row(page, issue.key).locator('td').nth(1).textContent()).toBe('Said after the restart');
    await page.getByRole('status').filter({ hasText: 'Updated just now' }).waitFor();
    expect(await stillTheSameDocument(page)).toBe(true);
    // The browser reports the refused connections while the router was down; nothing else went wrong.
    expect(problems.filter((p) => !/WebSocket connection to '.*' failed/.test(p))).toEqual([]);
    await page.close();
    await expect.poll(() => router.router.live.size).toBe(0);
  });

  test('a sprint renamed, closed and the next one started in JIRA change the boards page, without a reload', async () => {
    const { page, problems } = await signedInPage();
    const all = await sprints();
    const active = all.filter((s) => s.state === 'ACTIVE').at(-1)!;
    const next = all.find((s) => s.state === 'FUTURE')!;
    const card = page.locator('li.board');
    await card.getByText(active.name, { exact: true }).waitFor();
    await markDocument(page);
    // The board's figures, its active sprint and the next one to start are followed.
    await expect.poll(() => router.router.live.size).toBe(3);

    await jiraSays(sim.updateSprint(active.jiraSprintId, { name: 'Sprint of the new checkout' }));
    await card.locator('.sprint strong', { hasText: 'Sprint of the new checkout' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Updated just now' }).waitFor();

    await jiraSays(sim.updateSprint(active.jiraSprintId, { state: 'closed' }));
    await card.getByText(/^No active sprint; the last one, Sprint of the new checkout, closed /).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'boards-live-closed.png'), fullPage: true });

    await jiraSays(sim.updateSprint(next.jiraSprintId, { state: 'active' }));
    await card.locator('.sprint strong', { hasText: next.name }).waitFor();
    expect(await card.locator('.sprint .badge').textContent()).toBe('active');
    // The API agrees with the page.
    const now = await sprints();
    expect(now.find((s) => s.id === active.id)).toMatchObject({ name: 'Sprint of the new checkout', state: 'CLOSED' });
    expect(now.find((s) => s.id === next.id)).toMatchObject({ state: 'ACTIVE' });
    expect(await stillTheSameDocument(page)).toBe(true);

    await page.screenshot({ path: path.join(SCREENSHOTS, 'boards-live.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
    await expect.poll(() => router.router.live.size).toBe(0);
  });

  test('a role changed by an admin closes the socket (4403): the page renews its token, reconnects and stays live', async () => {
    const { page, problems } = await signedInPage();
    const closes: number[] = [];
    page.on('websocket', (ws) => ws.on('close', () => closes.push(Date.now())));
    const { listed } = await openReportWithIssues(page);
    const issue = listed[2];
    await markDocument(page);
    const stored = () =>
      page.evaluate(() => (JSON.parse(sessionStorage.getItem('sprint-reports.session') ?? 'null') as { accessToken: string } | null)?.accessToken);
    const before = await stored();

    const renewed = page.waitForResponse((res) => /refreshToken\(/.test(res.request().postData() ?? ''));
    await gql(`mutation($id: ID!) { updateUser(id: $id, input: { role: MANAGER }) { role } }`, { id: lead.id });
    expect((await renewed).status()).toBe(200);
    await expect.poll(async () => await stored()).not.toBe(before);
    expect(closes.length).toBeGreaterThanOrEqual(1);
    // Subscribed again on a socket signed in with the new token; the next change arrives.
    await expect.poll(() => router.router.live.size, { timeout: 30_000 }).toBe(3);
    await expect.poll(() => page.getByText(PAUSED).count(), { timeout: 30_000 }).toBe(0);
    await jiraSays(sim.updateIssue(issue.key, { summary: 'Said after the role changed' }));
    await expect.poll(() => row(page, issue.key).locator('td').nth(1).textContent()).toBe('Said after the role changed');
    expect(await stillTheSameDocument(page)).toBe(true);
    expect(new URL(page.url()).pathname).toMatch(/^\/boards\//);
    expect(problems).toEqual([]);
    await page.close();
    await expect.poll(() => router.router.live.size).toBe(0);
  });

  test('signing out closes the socket', async () => {
    const { page, problems } = await signedInPage();
    const sockets: PageSocket[] = [];
    const closed: string[] = [];
    page.on('websocket', (ws) => {
      sockets.push(ws);
      ws.on('close', () => closed.push(ws.url()));
    });
    // The boards page opens the socket (signed in) and subscribes.
    await page.reload();
    await page.waitForSelector('h1:has-text("Boards")');
    await expect.poll(() => router.router.live.size).toBeGreaterThan(0);
    expect(sockets).toHaveLength(1);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForSelector('h1:has-text("Sign in")');
    await expect.poll(() => closed).toEqual([sockets[0].url()]);
    await expect.poll(() => router.router.live.size).toBe(0);
    expect(sockets).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
