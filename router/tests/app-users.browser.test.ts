import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { audit, serviceIdentity } from '@sprint-reports/core';
import type { Page } from 'playwright-core';
import { smallTeam, type TestUser } from '@sprint-reports/testing';
import { accessibilityViolations, canRunAppTests, startAppUnderTest, type AppUnderTest } from './browser.ts';
import { startIdentityProvider, type IdentityProvider } from './identity-provider.ts';

/**
 * An administrator runs the organisation's people, single sign-on and audit log from the browser,
 * against a real router: creates a user, changes their role, deactivates them (who then cannot sign
 * in), adds and tests an identity provider (the fake one on this machine), and reads who did it in
 * the audit log, filtered by person and kind. A manager sees none of it.
 */
describe.runIf(canRunAppTests())('the admin pages: users, single sign-on, audit log', () => {
  let app: AppUnderTest;
  let idp: IdentityProvider;
  let admin: TestUser;

  beforeAll(async () => {
    idp = await startIdentityProvider();
    // Not production: the identity provider on this machine speaks plain http.
    app = await startAppUnderTest({ teams: [smallTeam('Atlas', { sprints: 2, issues: 20 })], config: { production: false } });
    admin = await app.user('ADMIN');
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await idp?.close();
  });

  const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  const userCard = (page: Page, name: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });

  test('an admin creates a user, changes their role and deactivates them; a duplicate email is refused at its field', async () => {
    const { page, problems } = await app.page(admin);
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('link', { name: 'Users' }).click();
    await expect.poll(() => page.url()).toMatch(/\/admin\/users$/);
    const create = page.getByRole('form', { name: 'Create a user' });
    await page.locator('.user-list').waitFor();

    await create.getByLabel('Email').fill('dana@acme.test');
    await create.getByLabel('Name', { exact: true }).fill('Dana Diaz');
    await create.getByLabel('Role').selectOption('MEMBER');
    await create.getByLabel('JIRA account id').fill('dana-jira');
    await create.getByLabel('Password', { exact: true }).fill('dana-password');
    await create.getByRole('button', { name: 'Create user' }).click();
    await page.getByRole('status').filter({ hasText: 'Dana Diaz (dana@acme.test) can now sign in.' }).waitFor();
    const dana = userCard(page, 'Dana Diaz');
    await expect.poll(() => dana.textContent()).toContain('dana-jira');
    expect(await dana.textContent()).toContain('Member');
    // The form is empty again for the next person.
    expect(await create.getByLabel('Email').inputValue()).toBe('');

    // A duplicate: the API's words at the email field, and everything typed is still there.
    await create.getByLabel('Email').fill('dana@acme.test');
    await create.getByLabel('Name', { exact: true }).fill('Dana Again');
    await create.getByRole('radio', { name: 'Signs in with single sign-on only' }).check();
    await create.getByRole('button', { name: 'Create user' }).click();
    await create.getByText('dana@acme.test already has an account in this organisation').waitFor();
    expect(await create.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    expect(await create.getByLabel('Email').inputValue()).toBe('dana@acme.test');
    expect(await create.getByLabel('Name', { exact: true }).inputValue()).toBe('Dana Again');
    expect(await create.getByRole('radio', { name: 'Signs in with single sign-on only' }).isChecked()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'admin-users');

    // Role: Member → Manager, and another JIRA account.
    await dana.getByRole('button', { name: 'Edit Dana Diaz' }).click();
    const edit = page.getByRole('form', { name: 'Edit Dana Diaz' });
    await edit.getByLabel('Role').selectOption('MANAGER');
    await edit.getByLabel('JIRA account id').fill('dana-cloud');
    await edit.getByRole('button', { name: 'Save' }).click();
    await dana.getByText('Saved Dana Diaz.').waitFor();
    expect(await dana.textContent()).toContain('dana-cloud');
    expect(await dana.locator('.badge').first().textContent()).toBe('Manager');
    const login = /* GraphQL */ `mutation { login(email: "dana@acme.test", password: "dana-password") { user { role } } }`;
    expect((await app.router.request(login, {}, { token: null })).body.data?.login.user.role).toBe('MANAGER');

    // Deactivate: asks once, says their sessions end; then they cannot sign in.
    await dana.getByRole('button', { name: 'Deactivate' }).click();
    await dana.getByText('Deactivate Dana Diaz? Their sessions end at once and they can no longer sign in.').waitFor();
    await dana.getByRole('group', { name: 'Confirm' }).getByRole('button', { name: 'Deactivate' }).click();
    await dana.getByText('Dana Diaz is deactivated: their sessions have ended.').waitFor();
    await dana.getByText('Deactivated', { exact: true }).waitFor();
    expect(await dana.getByRole('button', { name: 'Reactivate' }).isVisible()).toBe(true);
    const refused = (await app.router.request(login, {}, { token: null })).body;
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // One's own card has no deactivate button (the API refuses it anyway).
    const own = page.getByRole('listitem').filter({ hasText: '(you)' });
    expect(await own.getByRole('button', { name: 'Deactivate' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  test('an admin adds an identity provider, tests it (the keys it found), and the audit log says who did what, filtered by person and kind', async () => {
    const { page, problems } = await app.page(admin);
    await page.goto(new URL('/admin/sign-in', app.router.router.appUrl).href);
    await page.getByText('No identity provider yet').waitFor();
    await page.getByRole('button', { name: 'Add an identity provider' }).click();
    const form = page.getByRole('form', { name: 'Add an identity provider' });
    await form.getByLabel('Issuer').fill(idp.issuer);
    await form.getByLabel('Audience').fill('sprint-reports-api');
    await form.getByLabel('JWKS URL').fill(idp.jwksUrl);
    await form.getByLabel('Client id').fill('sprint-reports-web');
    await form.getByLabel('Button name').fill('Acme Okta');
    await form.getByLabel('Email domains').fill('acme-sso.test');
    await form.getByLabel('Role claim').fill('groups');
    await form.getByRole('button', { name: 'Add a mapping' }).click();
    await form.getByLabel('Claim value 1').fill('team-leads');
    await form.getByLabel('Role 1').selectOption('MANAGER');
    await form.getByRole('button', { name: 'Test these settings' }).click();
    const report = form.getByRole('status', { name: 'Test result' });
    await report.getByText('Test passed').waitFor();
    expect(await report.textContent()).toContain('2 signing keys found: RS256 (idp-rs256), ES256 (idp-es256)');
    expect(await report.textContent()).toContain(`people sign in at ${idp.issuer}/authorize`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'admin-sign-in-test');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved Acme Okta.').waitFor();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Acme Okta' }) });
    expect(await card.textContent()).toContain('team-leads → Manager');
    await card.getByRole('button', { name: 'Test' }).click();
    await card.getByText('Test passed').waitFor();
    await app.screenshot(page, 'admin-sign-in');

    // The audit log: these actions, newest first, by whom.
    await page.goto(new URL('/admin/audit', app.router.router.appUrl).href);
    const rows = page.locator('table.audit tbody tr');
    await rows.first().waitFor();
    const whats = async () => rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td[data-label="What"]')?.textContent));
    expect((await whats()).slice(0, 4)).toEqual(['Set identity provider', 'Updated user', 'Updated user', 'Created user']);
    const deactivated = await rows.nth(1).textContent();
    expect(deactivated).toContain('dana@acme.test (user)');
    expect(deactivated).toMatch(/disabled:\s*no → yes/);
    expect(await rows.nth(2).textContent()).toMatch(/role:\s*MEMBER → MANAGER/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'admin-audit');

    // By kind, then by person too: kept in the URL, so a reload shows the same.
    await page.getByLabel('Kind').selectOption('user');
    await expect.poll(() => new URL(page.url()).searchParams.get('kind')).toBe('user');
    await expect.poll(whats).not.toContain('Set identity provider');
    expect((await whats()).every((w) => w?.endsWith(' user'))).toBe(true);
    await page.getByLabel('Person').selectOption(admin.id);
    await expect.poll(() => new URL(page.url()).searchParams.get('person')).toBe(admin.id);
    await expect.poll(whats).toEqual(['Updated user', 'Updated user', 'Created user']);
    await page.reload();
    await expect.poll(whats).toEqual(['Updated user', 'Updated user', 'Created user']);
    expect(await page.getByLabel('Kind').inputValue()).toBe('user');
    await page.getByLabel('Kind').selectOption('oidc_provider');
    await expect.poll(whats).toEqual(['Set identity provider']);
    await page.getByRole('button', { name: 'Show everything' }).click();
    await expect.poll(() => page.url()).toMatch(/\/admin\/audit$/);

    // More than a page: "Load older entries" continues from the last entry shown, none skipped or repeated.
    for (let i = 0; i < 30; i++) {
      await audit(
        { runtime: app.router.runtime, identity: serviceIdentity(app.tenantId) },
        { action: 'paging.checked', targetType: 'Thing', targetId: String(i), details: { name: `entry ${i}` } },
      );
    }
    await page.goto(new URL('/admin/audit?kind=paging', app.router.router.appUrl).href);
    const targets = () => rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td[data-label="Target"]')?.textContent));
    await expect.poll(targets).toHaveLength(25);
    await page.getByRole('button', { name: 'Load older entries' }).click();
    await expect.poll(targets).toEqual(Array.from({ length: 30 }, (_, i) => `entry ${29 - i} (thing)`));

    // Remove the provider: asks once.
    await page.goto(new URL('/admin/sign-in', app.router.router.appUrl).href);
    await card.getByRole('button', { name: 'Remove' }).click();
    await card.getByRole('group', { name: 'Confirm' }).getByRole('button', { name: 'Remove' }).click();
    await page.getByText('Acme Okta was removed').waitFor();
    await page.getByText('No identity provider yet').waitFor();
    expect(problems).toEqual([]);

    // A refused save after a refused test shows the save's refusal, not the test's (now stale).
    await page.getByRole('button', { name: 'Add an identity provider' }).click();
    const again = page.getByRole('form', { name: 'Add an identity provider' });
    await again.getByLabel('Issuer').fill(idp.issuer);
    await again.getByLabel('JWKS URL').fill('no url');
    await again.getByRole('button', { name: 'Test these settings' }).click();
    await again.getByText('"no url" is not a URL').waitFor();
    await again.getByLabel('JWKS URL').fill(idp.jwksUrl);
    await again.getByLabel('Role claim').fill('groups');
    await again.getByRole('button', { name: 'Add a mapping' }).click();
    await again.getByRole('button', { name: 'Save' }).click();
    await again.getByText('A role mapping needs the claim value it maps').waitFor();
    expect(await again.getByText('is not a URL').count()).toBe(0);
    await again.getByRole('button', { name: 'Cancel' }).click();

    // A phone: no page scrolls sideways.
    await page.setViewportSize({ width: 390, height: 800 });
    for (const [path, name] of [
      ['/admin/users', 'admin-users-390'],
      ['/admin/audit', 'admin-audit-390'],
    ] as const) {
      await page.goto(new URL(path, app.router.router.appUrl).href);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('.user-list, table.audit').first().waitFor();
      expect(await noSidewaysScroll(page), path).toBe(true);
      await app.screenshot(page, name);
    }
    await page.goto(new URL('/admin/sign-in', app.router.router.appUrl).href);
    await page.getByRole('button', { name: 'Add an identity provider' }).click();
    await page.getByRole('form', { name: 'Add an identity provider' }).getByLabel('Issuer').fill(idp.issuer);
    await page.getByRole('form', { name: 'Add an identity provider' }).getByLabel('JWKS URL').fill(idp.jwksUrl);
    await page.getByRole('button', { name: 'Test these settings' }).click();
    await page.getByText('Test passed').waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);
    await app.screenshot(page, 'admin-sign-in-390');
    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);

  test('a manager reaches the JIRA connections from the header, sees no Administration link, and the admin pages say they cannot', async () => {
    const manager = await app.user('MANAGER');
    const { page, problems } = await app.page(manager);
    expect(await page.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    // Managers start and cancel syncs: the header leads them there (no Administration crumb for them).
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'JIRA' }).click();
    await page.getByRole('heading', { level: 1, name: 'JIRA connections' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link').count()).toBe(0);
    // One gate: each refused page has its heading and the same words.
    for (const [path, title] of [
      ['/admin', 'Administration'],
      ['/admin/users', 'Users'],
      ['/admin/sign-in', 'Single sign-on'],
      ['/admin/audit', 'Audit log'],
      ['/admin/connections/new', 'Connect JIRA'],
    ]) {
      await page.goto(new URL(path, app.router.router.appUrl).href);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByText('Only administrators can see and change this').waitFor();
      expect(await page.getByRole('button').filter({ hasNotText: 'Sign out' }).count(), path).toBe(0);
      expect(await page.locator('.admin-sections').count(), path).toBe(0);
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'admin-manager-refused');
    expect(problems).toEqual([]);
    await page.close();

    // A viewer: no JIRA link either, and the connections page refuses in the same words (its own role).
    const viewer = await app.user('VIEWER');
    const seen = await app.page(viewer);
    expect(await seen.page.getByRole('link', { name: 'JIRA', exact: true }).count()).toBe(0);
    await seen.page.goto(new URL('/admin/connections', app.router.router.appUrl).href);
    await seen.page.getByRole('heading', { level: 1, name: 'JIRA connections' }).waitFor();
    await seen.page.getByText('Only managers and administrators can see and change this').waitFor();
    expect(await accessibilityViolations(seen.page)).toEqual([]);
    expect(seen.problems).toEqual([]);
    await seen.page.close();
  }, 60_000);
});
