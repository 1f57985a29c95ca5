import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BrowserContext, type Page } from 'playwright-core';
import { accessibilityViolations, hasChromium, launchChromium, watchOffMachineRequests, watchProblems } from './browser.ts';
import { createTestDatabase, seedTenant, smallTeam, startTestRouter, type TestRouter, type TestUser } from '@sprint-reports/testing/router';
import { APP_DIST } from '../src/web-app.ts';
import { startIdentityProvider, type IdentityProvider } from './identity-provider.ts';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const DOMAIN = 'acme-sso.test';
const CLIENT_ID = 'sprint-reports-spa';
const AUDIENCE = 'sprint-reports-api';

// Someone of an organisation with its own identity provider signing in to the web app: the sign-in
// page finds the provider from the email's domain, the browser goes through the provider
// (authorization code with PKCE) and comes back signed in; the token is renewed at the provider.
describe.runIf(hasChromium() && fs.existsSync(path.join(APP_DIST, 'index.html')))('single sign-on in the browser', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let router: TestRouter;
  let idp: IdentityProvider;
  let browser: BrowserContext;
  let admin: TestUser;
  let appUrl: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const ds = await seedTenant(database, 'acme', [smallTeam('Atlas', { sprints: 2, issues: 20 })]);
    // Tokens that live 65 s: the app renews them a minute before expiry, 5 s after signing in.
    idp = await startIdentityProvider({ accessTokenAudience: AUDIENCE, tokenSeconds: 65 });
    // Not production: the provider on this machine speaks plain http.
    router = await startTestRouter(database);
    appUrl = router.router.appUrl;
    admin = await router.signIn(ds.tenant.id, 'ADMIN');
    const set = await router.as(admin)(`mutation($input: OidcProviderInput!) { setOidcProvider(input: $input) { clientId displayName emailDomains } }`, {
      input: {
        issuer: idp.issuer,
        audience: AUDIENCE,
        jwksUrl: idp.jwksUrl,
        clientId: CLIENT_ID,
        displayName: 'Acme Okta',
        emailDomains: [DOMAIN],
        autoProvision: true,
        roleClaim: 'groups',
        roleMapping: [{ claimValue: 'team-leads', role: 'MANAGER' }],
      },
    });
    expect(set.errors).toBeUndefined();
    expect(set.data.setOidcProvider).toEqual({ clientId: CLIENT_ID, displayName: 'Acme Okta', emailDomains: [DOMAIN] });
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium({ width: 1280, height: 800 });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await router?.stop();
    await idp?.close();
    await database?.close();
  });

  async function signInPage(): Promise<{ page: Page; problems: string[]; outside: string[] }> {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    const outside = watchOffMachineRequests(page);
    await page.goto(new URL('/sign-in', appUrl).href);
    return { page, problems, outside };
  }
  const ssoButton = (page: Page) => page.getByRole('button', { name: 'Sign in with Acme Okta' });
  const storedSession = (page: Page) =>
    page.evaluate(() => JSON.parse(sessionStorage.getItem('sprint-reports.sso-session') ?? 'null') as { accessToken: string; email: string } | null);

  test('an email of the domain shows the button; the provider signs a new person in (provisioned), the token is renewed silently, sign-out ends it', async () => {
    idp.user = { sub: 'okta-lee', email: `lee@${DOMAIN}`, name: 'Lee Lead', claims: { groups: ['team-leads'] } };
    const { page, problems, outside } = await signInPage();
    await page.getByLabel('Email').fill(`Lee@${DOMAIN}`);
    await ssoButton(page).waitFor();
    // The password form stays for accounts with passwords.
    expect(await page.getByLabel('Password').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sign-in-sso.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    await ssoButton(page).click();
    await page.waitForSelector('h1:has-text("Boards")');
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('link', { name: 'Atlas board' }).waitFor();
    expect(await page.locator('.account .email').textContent()).toBe(`lee@${DOMAIN}`);
    expect(idp.grants).toEqual(['authorization_code']);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'boards-after-sso.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    // The provider's first sign-in created the user, with the role its groups map to.
    const users = (await router.as(admin)<{ users: { email: string; displayName: string; role: string }[] }>(`{ users { email displayName role } }`)).data!
      .users;
    expect(users).toContainEqual({ email: `lee@${DOMAIN}`, displayName: 'Lee Lead', role: 'MANAGER' });

    // A minute before expiry the app renews the token at the provider, and the page goes on working.
    const first = (await storedSession(page))!.accessToken;
    await expect.poll(() => idp.grants, { timeout: 20_000 }).toEqual(['authorization_code', 'refresh_token']);
    await expect.poll(async () => (await storedSession(page))?.accessToken, { timeout: 5_000 }).not.toBe(first);
    await page.reload();
    await page.getByRole('link', { name: 'Atlas board' }).waitFor();

    // Sign-out goes to the provider, which redirects back to /sign-in: a new document, whose load
    // is the end of it (the app shows its sign-in page before it leaves, so the heading is not).
    const backFromProvider = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await backFromProvider;
    await page.waitForSelector('h1:has-text("Sign in")');
    expect(idp.signOuts).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await storedSession(page)).toBeNull();
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  }, 60_000);

  test("a team's manager signed in through the provider gets the team's edit controls (their team roles come from me, not the token)", async () => {
    type Board = { id: string; name: string; team: { id: string; name: string } };
    const { data } = await router.as(admin)<{ boards: Board[]; tenant: { disciplines: string[] } }>(
      '{ boards { id name team { id name } } tenant { disciplines } }',
    );
    const board = data!.boards[0]!;
    const made = await router.as(admin)<{ createUser: { id: string } }>(
      `mutation($email: String!) { createUser(input: { email: $email, displayName: "Mia Manager", role: MANAGER }) { id } }`,
      { email: `mia@${DOMAIN}` },
    );
    expect(made.errors).toBeUndefined();
    const added = await router.as(admin)(
      `mutation($t: ID!, $u: ID!, $d: String!) { addTeamMember(teamId: $t, userId: $u, role: MANAGER, discipline: $d) { id } }`,
      {
        t: board.team.id,
        u: made.data!.createUser.id,
        d: data!.tenant.disciplines[0],
      },
    );
    expect(added.errors).toBeUndefined();
    idp.user = { sub: 'okta-mia', email: `mia@${DOMAIN}`, name: 'Mia Manager', claims: { groups: ['team-leads'] } };
    const { page, problems } = await signInPage();
    await page.getByLabel('Email').fill(`mia@${DOMAIN}`);
    await ssoButton(page).click();
    await page.getByRole('link', { name: board.name }).click();
    // The board's Settings link is only for those who manage its team.
    await page.getByRole('navigation', { name: 'Board' }).getByRole('link', { name: 'Settings' }).waitFor();
    await page.getByRole('navigation', { name: 'Board' }).getByRole('link', { name: 'Capacity' }).click();
    await page.waitForSelector('h1:has-text("Capacity")');
    await page.getByRole('button', { name: "Save the team's defaults" }).waitFor();
    expect(await page.getByLabel('Focus factor', { exact: true }).isEditable()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'capacity-after-sso.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  test('an email of another domain shows no single sign-on button, and the password form signs in as before', async () => {
    const { page, problems } = await signInPage();
    await page.getByLabel('Email').fill(`someone@${DOMAIN}`);
    await ssoButton(page).waitFor();
    const answered = page.waitForResponse((res) => res.url().endsWith('/graphql') && !!res.request().postData()?.includes('elsewhere.test'));
    await page.getByLabel('Email').fill(admin.email.replace(/@.*/, '@elsewhere.test'));
    expect(await (await answered).json()).toEqual({ data: { singleSignOn: null } });
    await ssoButton(page).waitFor({ state: 'detached' });

    // On a phone-width screen the button fits without scrolling the page sideways.
    await page.setViewportSize({ width: 390, height: 800 });
    await page.getByLabel('Email').fill(`someone@${DOMAIN}`);
    await ssoButton(page).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sign-in-sso-390.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForSelector('h1:has-text("Boards")');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('an answer whose state does not match the sign-in started in the tab is not used, and says so', async () => {
    idp.user = { sub: 'okta-lee', email: `lee@${DOMAIN}` };
    const { page } = await signInPage();
    // An answer made by someone else (a forged callback link): another state, another code.
    await page.route(`${idp.issuer}/authorize**`, (route) =>
      route.fulfill({ status: 302, headers: { location: new URL('/sign-in/callback?code=forged&state=not-yours', appUrl).href } }),
    );
    const grants = idp.grants.length;
    await page.getByLabel('Email').fill(`lee@${DOMAIN}`);
    await ssoButton(page).click();
    await page.waitForSelector('h1:has-text("Single sign-on did not work")');
    expect(await page.getByRole('alert').textContent()).toMatch(/does not belong to the sign-in started here \(its state does not match\)/);
    expect(idp.grants.length).toBe(grants); // the forged code was never exchanged
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sign-in-sso-error.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Back to sign-in' }).click();
    await page.waitForSelector('h1:has-text("Sign in")');
    await page.close();
  });

  test('the provider refusing, and a person the organisation does not let in, are said in words', async () => {
    idp.user = null; // the person cancels at the provider
    let { page } = await signInPage();
    await page.getByLabel('Email').fill(`lee@${DOMAIN}`);
    await ssoButton(page).click();
    await page.waitForSelector('h1:has-text("Single sign-on did not work")');
    expect(await page.getByRole('alert').textContent()).toBe('Your identity provider refused the sign-in: The user cancelled the sign-in.');
    await page.close();

    const gone = (await router.as(admin)(`mutation { createUser(input: { email: "gone@${DOMAIN}", displayName: "Gone", role: MEMBER }) { id } }`)).data
      .createUser;
    await router.as(admin)(`mutation($id: ID!) { updateUser(id: $id, input: { disabled: true }) { id } }`, { id: gone.id });
    idp.user = { sub: 'okta-gone', email: `gone@${DOMAIN}` };
    ({ page } = await signInPage());
    await page.getByLabel('Email').fill(`gone@${DOMAIN}`);
    await ssoButton(page).click();
    await page.waitForSelector('h1:has-text("Single sign-on did not work")');
    expect(await page.getByRole('alert').textContent()).toBe(
      'Your identity provider signed you in, but you are not allowed in this organisation: This account is disabled: ask an admin of your organisation',
    );
    expect(await storedSession(page)).toBeNull();
    await page.close();
  });

  test('when the provider refuses the renewal, the app shows the expired-session page', async () => {
    idp.user = { sub: 'okta-lee', email: `lee@${DOMAIN}` };
    const { page } = await signInPage();
    await page.getByLabel('Email').fill(`lee@${DOMAIN}`);
    await ssoButton(page).click();
    await page.waitForSelector('h1:has-text("Boards")');
    // The person's sessions end at the provider: the renewal 5 s later is refused.
    idp.revokeRefreshTokens();
    await page.waitForSelector('h1:has-text("Your session has expired")', { timeout: 20_000 });
    expect(await storedSession(page)).toBeNull();
    await page.getByRole('link', { name: 'Sign in again' }).click();
    await page.waitForSelector('h1:has-text("Sign in")');
    await page.close();
  }, 40_000);
});
