import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BrowserContext } from 'playwright-core';
import { hasChromium, launchChromium } from './browser.ts';
import { seededRouter, smallTeam, type TestDatabase, type TestRouter, type TestUser } from '@sprint-reports/testing/router';
import type { Dataset } from '@sprint-reports/demo-data';

// An analyst opening the router in a browser: GraphiQL from the router's own bundle, a sign-in
// form, the schema loaded through the gateway once signed in, and not one request leaving the machine.
// In production mode: there only signed-in users may introspect.
describe.runIf(hasChromium())('GraphiQL in a browser', () => {
  let database: TestDatabase;
  let router: TestRouter;
  let browser: BrowserContext;
  let analyst: TestUser;
  let tenantId: string;

  beforeAll(async () => {
    let ds: Dataset;
    ({
      database,
      router,
      tenants: { acme: ds },
    } = await seededRouter({ acme: [smallTeam('Atlas', { sprints: 2, issues: 30 })] }, { as: null, router: { config: { production: true } } }));
    tenantId = ds.tenant.id;
    analyst = await router.signIn(tenantId, 'VIEWER');
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await router?.stop();
    await database?.close();
  });

  test('signs in with email and password, then introspects the supergraph with the token; fetches nothing from elsewhere', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (req) => {
      const host = new URL(req.url()).hostname;
      if (!['127.0.0.1', 'localhost'].includes(host) && !req.url().startsWith('data:')) outside.push(req.url());
    });
    type Res = { url(): string; request(): { method(): string; postData(): string | null; headers(): Record<string, string> } };
    const isIntrospection = (res: Res) =>
      res.url().endsWith('/graphql') && res.request().method() === 'POST' && /__schema/.test(res.request().postData() ?? '');
    // GraphiQL may ask for the schema more than once: the one that matters after signing in carries the token.
    const isSignedInIntrospection = (res: Res) => isIntrospection(res) && !!res.request().headers().authorization;

    // The page's clock, to move it to just before the access token expires.
    await page.clock.install();
    // Signed out: the schema is refused.
    const anonymous = page.waitForResponse(isIntrospection);
    await page.goto(router.url);
    await page.waitForSelector('.graphiql-container');
    expect((await anonymous).status()).toBe(401);
    expect(await page.title()).toContain('Sprint Reports');

    // Signing in loads it again, with the access token.
    const signedIn = page.waitForResponse(isSignedInIntrospection);
    await page.fill('input[name=email]', analyst.email);
    await page.fill('input[name=password]', analyst.password);
    await page.click('button[type=submit]');
    await page.waitForSelector(`text=Signed in as ${analyst.email}`);
    const response = await signedIn;
    expect(await response.request().headerValue('authorization')).toMatch(/^Bearer ey/);
    const schema = (await response.json()) as { data: { __schema: { types: { name: string }[] } } };
    const types = schema.data.__schema.types.map((t) => t.name);
    expect(types).toEqual(expect.arrayContaining(['Board', 'Sprint', 'SprintAnalysis', 'Issue', 'CapacitySetting', 'Queue', 'Report', 'Team', 'User']));
    expect(types).not.toContain('SprintIssueFact');

    // The session lives in this tab only (sessionStorage).
    const stored = () =>
      page.evaluate(() => JSON.parse(sessionStorage.getItem('sprint-reports.session') ?? 'null') as { email: string; accessToken: string } | null);
    const first = await stored();
    expect(first?.email).toBe(analyst.email);

    // A minute before the access token's 15 minutes are up, the refresh token gets a new pair.
    const refreshed = page.waitForResponse((res) => /refreshToken\(/.test(res.request().postData() ?? ''));
    await page.clock.fastForward('14:30');
    expect((await refreshed).status()).toBe(200);
    await expect.poll(async () => (await stored())?.accessToken).not.toBe(first!.accessToken);

    // And it survives a reload.
    const reloaded = page.waitForResponse(isSignedInIntrospection);
    await page.reload();
    expect((await reloaded).status()).toBe(200);

    // A wrong password says why, and signs no one in.
    await page.click('text=Sign out');
    await page.fill('input[name=email]', analyst.email);
    await page.fill('input[name=password]', 'wrong password');
    await page.click('button[type=submit]');
    await page.waitForSelector('[role=alert]');
    expect(await page.evaluate(() => sessionStorage.getItem('sprint-reports.session'))).toBeNull();
    expect(outside).toEqual([]);
  });

  test('runs a subscription over WebSocket as the signed-in user; a refreshed session carries it on with the new token', async () => {
    const page = await browser.newPage();
    const admin = await router.signIn(tenantId, 'ADMIN');
    const asAdmin = router.as(admin);
    const { data } = await asAdmin<{ teams: { id: string; name: string }[] }>('{ teams { id name } }');
    const team = data!.teams.find((t) => t.name === 'Atlas')!;
    // A manager changes the team's capacity: every follower of capacityUpdated(teamId) hears of it.
    const setFocus = async (focusFactor: number) => {
      const res = await asAdmin(`mutation($team: ID!, $f: Float!) { setTeamCapacity(teamId: $team, input: { focusFactor: $f }) { focusFactor } }`, {
        team: team.id,
        f: focusFactor,
      });
      expect(res.errors).toBeUndefined();
    };
    // Waits for the response pane to show `text` (Monaco renders it as text, spaces as no-break spaces).
    const shown = (text: string) =>
      page.waitForFunction((t) => document.querySelector('.graphiql-response')?.textContent?.replace(/\s/g, ' ').includes(t), text);

    // Resolves once the router's subscriptions, as they open and close, satisfy `done`: how many
    // opened since the call, how many are open now.
    const hub = router.router.live;
    const subscriptions = (done: (opened: number, open: number) => boolean) =>
      new Promise<void>((resolve) => {
        let open = hub.size;
        let opened = 0;
        const listener = (now: number) => {
          if (now > open) opened++;
          open = now;
          if (!done(opened, open)) return;
          hub.changes.off('size', listener);
          resolve();
        };
        hub.changes.on('size', listener);
      });
    // The next socket the page opens: the authorization it signed in with, and whether the router
    // accepted it (connection_ack; Playwright ends the wait when the socket closes first, as at 4401).
    const nextSocket = async () => {
      const ws = await page.waitForEvent('websocket');
      let authorization: string | undefined;
      ws.on('framesent', ({ payload }) => {
        const message = JSON.parse(String(payload)) as { type: string; payload?: { authorization?: string } };
        if (message.type === 'connection_init') authorization = message.payload?.authorization;
      });
      const ack = ({ payload }: { payload: string | Buffer }) => (JSON.parse(String(payload)) as { type: string }).type === 'connection_ack';
      const acked = await ws.waitForEvent('framereceived', { predicate: ack }).then(
        () => true,
        () => false,
      );
      return { authorization, acked };
    };
    const stored = () => page.evaluate(() => JSON.parse(sessionStorage.getItem('sprint-reports.session') ?? 'null') as { accessToken: string } | null);

    await page.clock.install();
    await page.goto(router.url);
    await page.fill('input[name=email]', analyst.email);
    await page.fill('input[name=password]', analyst.password);
    // Signing in remounts GraphiQL, which then loads the schema: typing before that could land in
    // the editor being replaced.
    const schemaLoaded = page.waitForResponse(
      (res) => res.url().endsWith('/graphql') && /__schema/.test(res.request().postData() ?? '') && !!res.request().headers().authorization,
    );
    await page.click('button[type=submit]');
    await page.waitForSelector(`text=Signed in as ${analyst.email}`);
    await schemaLoaded;
    const first = (await stored())!.accessToken;

    // The analyst types a subscription and runs it.
    await page.click('.graphiql-query-editor .monaco-editor');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(
      `subscription Capacity { capacityUpdated(teamId: "${team.id}") { at team { name capacitySettings { focusFactor } } sprint { name } } }`,
    );
    // GraphiQL takes the edit in after a debounce, then stores it: run only once it has.
    await page.waitForFunction(() => localStorage.getItem('graphiql:query')?.includes('capacityUpdated'));
    let socket = nextSocket();
    let ready = subscriptions((opened) => opened === 1);
    await page.click('.graphiql-execute-button');
    expect(await socket).toEqual({ authorization: `Bearer ${first}`, acked: true });
    await ready;

    await setFocus(0.65);
    await shown('"name": "Atlas"');
    await shown('"focusFactor": 0.65');

    // The session refreshes a minute before the token expires: the socket is opened again with the
    // new token, and the running subscription carries on there.
    socket = nextSocket();
    ready = subscriptions((opened) => opened === 1);
    const refreshed = page.waitForResponse((res) => /refreshToken\(/.test(res.request().postData() ?? ''));
    await page.clock.fastForward('14:30');
    expect((await refreshed).status()).toBe(200);
    const renewed = await socket; // opened once the new session is stored
    const second = (await stored())!.accessToken;
    expect(second).not.toBe(first);
    expect(renewed).toEqual({ authorization: `Bearer ${second}`, acked: true });
    await ready;

    await setFocus(0.55);
    await shown('"focusFactor": 0.55');

    // Signing out drops the socket: the subscription resubscribes without a token, is refused, and
    // the router no longer serves it.
    socket = nextSocket();
    const gone = subscriptions((_, open) => open === 0);
    await page.click('text=Sign out');
    expect(await socket).toEqual({ authorization: undefined, acked: false });
    await gone;
    await page.close();
  });
});
