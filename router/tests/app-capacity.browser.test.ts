import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { smallTeam, type TestUser } from '@sprint-reports/testing';
import { accessibilityViolations, canRunAppTests, startAppUnderTest, type AppUnderTest } from './browser.ts';

type Member = { user: { id: string; displayName: string } | null; daysOff: number; availableDays: number; points: number };
type Capacity = { workingDays: number; totalDays: number; totalPoints: number; members: Member[] };
type Board = { id: string; name: string; team: { id: string; name: string }; sprints: { id: string; name: string; state: string }[] };

const CAPACITY = `query($id: ID!) { sprint(id: $id) { capacity { workingDays totalDays totalPoints members { user { id displayName } daysOff availableDays points } } } }`;
// The page writes amounts as the API gives them (2 decimals), trailing zeros dropped.
const amount = (n: number) => String(Math.round(n * 100) / 100);

/** At this width the page does not scroll sideways (wide tables scroll in themselves). */
async function fitsWidth(page: Page, width: number) {
  await page.setViewportSize({ width, height: 844 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

/** No control a viewer cannot use: the sprint picker (navigation) is all there is. */
const controls = (page: Page) => page.locator('main input, main textarea, main button').count();

// Planning in the browser against a real router: a team's manager edits capacity in place and every
// open page follows; an admin keeps the team's members; a viewer reads both pages.
describe.runIf(canRunAppTests())('capacity and team pages in a browser', () => {
  let app: AppUnderTest;
  let board: Board;
  let next: Board['sprints'][number];
  let manager: TestUser;
  let viewer: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    app = await startAppUnderTest({ teams: [smallTeam('Atlas', { sprints: 5, issues: 80 })] });
    admin = await app.user('ADMIN');
    const { data } = await app.router.as(admin)<{ boards: Board[] }>('{ boards { id name team { id name } sprints { id name state } } }');
    board = data!.boards[0]!;
    next = board.sprints.find((s) => s.state === 'FUTURE')!;
    manager = await app.user('MANAGER', { [board.team.id]: 'MANAGER' });
    viewer = await app.user('VIEWER');
  }, 120_000);
  afterAll(() => app?.stop());

  const capacityOf = async (sprintId: string) => {
    const { data, errors } = await app.router.as(admin)<{ sprint: { capacity: Capacity } }>(CAPACITY, { id: sprintId });
    expect(errors).toBeUndefined();
    return data!.sprint.capacity;
  };
  const figure = (page: Page, id: string) => page.locator(`[data-capacity=${id}] .value`).textContent();
  const row = (page: Page, userId: string) => page.locator(`tr[data-member="${userId}"]`);

  test("a manager edits days off in place: the API's new figures show, live on another open page too; refusals stay at the field", async () => {
    const { page, problems } = await app.page(manager);
    await page.getByRole('link', { name: board.name }).click();
    await page.getByRole('navigation', { name: 'Board' }).getByRole('link', { name: 'Capacity' }).click();
    await page.waitForSelector('h1:has-text("Capacity")');
    expect(new URL(page.url()).pathname).toBe(`/boards/${board.id}/capacity`);
    // The next sprint: the board's earliest future one.
    expect(await page.getByLabel('Sprint', { exact: true }).inputValue()).toBe(next.id);
    const before = await capacityOf(next.id);
    await expect.poll(() => figure(page, 'points')).toBe(amount(before.totalPoints));
    expect(await figure(page, 'working-days')).toBe(String(before.workingDays));

    // A viewer follows the same page in another tab of their own.
    const second = await app.page(viewer);
    await second.page.goto(new URL(`/boards/${board.id}/capacity`, app.router.router.appUrl).href);
    await expect.poll(() => figure(second.page, 'points')).toBe(amount(before.totalPoints));
    expect(await controls(second.page)).toBe(0);
    expect(await second.page.getByText("Team Atlas's defaults").count()).toBe(1);

    // Ben (a member with a share of the team) takes two days off.
    const ben = before.members.find((m) => m.user && m.user.id !== manager.id && m.daysOff === 0)!;
    const daysOff = row(page, ben.user!.id).getByLabel(`Days off of ${ben.user!.displayName}`);
    await daysOff.fill('2');
    await row(page, ben.user!.id)
      .getByRole('button', { name: `Save days off of ${ben.user!.displayName}` })
      .click();
    await expect.poll(async () => (await capacityOf(next.id)).members.find((m) => m.user?.id === ben.user!.id)!.daysOff).toBe(2);
    const after = await capacityOf(next.id);
    const benAfter = after.members.find((m) => m.user?.id === ben.user!.id)!;
    expect(after.totalDays).toBeLessThan(before.totalDays);
    await expect.poll(() => figure(page, 'points')).toBe(amount(after.totalPoints));
    expect(await figure(page, 'person-days')).toBe(amount(after.totalDays));
    expect(await row(page, ben.user!.id).locator('[data-person-days]').textContent()).toBe(amount(benAfter.availableDays));
    expect(await row(page, ben.user!.id).locator('[data-points]').textContent()).toBe(amount(benAfter.points));

    // The other page heard of it (capacityUpdated), without a reload.
    await expect.poll(() => figure(second.page, 'points')).toBe(amount(after.totalPoints));
    expect(await row(second.page, ben.user!.id).locator('[data-days-off]').textContent()).toBe('2');
    await expect.poll(() => second.page.getByRole('status').filter({ hasText: 'Updated just now' }).count()).toBe(1);

    // Refused: the API's words at the field, the typed value kept, nothing changed.
    await daysOff.fill('-1');
    await row(page, ben.user!.id)
      .getByRole('button', { name: /^Save days off/ })
      .click();
    await expect.poll(() => row(page, ben.user!.id).locator('.field-error').textContent()).toBe('Days off cannot be negative (got -1)');
    expect(await daysOff.inputValue()).toBe('-1');
    expect(await daysOff.getAttribute('aria-invalid')).toBe('true');
    const focus = page.getByLabel('Focus factor', { exact: true });
    await focus.fill('2');
    await page.getByRole('button', { name: "Save the team's defaults" }).click();
    const focusError = page.locator('.field', { has: focus }).locator('.field-error');
    await expect.poll(() => focusError.textContent()).toBe('The focus factor is a share of the time: more than 0 and at most 1 (got 2)');
    expect(await focus.inputValue()).toBe('2');
    expect((await capacityOf(next.id)).totalPoints).toBe(after.totalPoints);

    // The sprint's own focus factor: the figures are the API's again, here and on the other page.
    const sprintFocus = page.getByLabel('Focus factor of this sprint');
    await sprintFocus.fill('0.6');
    await page.getByRole('button', { name: "Save this sprint's settings" }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const focused = await capacityOf(next.id);
    expect(focused.totalPoints).not.toBe(after.totalPoints);
    await expect.poll(() => figure(page, 'points')).toBe(amount(focused.totalPoints));
    await expect.poll(() => figure(second.page, 'points')).toBe(amount(focused.totalPoints));

    await app.screenshot(page, 'capacity');
    expect(await accessibilityViolations(page)).toEqual([]);
    await fitsWidth(page, 390);
    await app.screenshot(page, 'capacity-390');
    expect(await accessibilityViolations(page)).toEqual([]);
    await app.screenshot(second.page, 'capacity-viewer');
    expect(await accessibilityViolations(second.page)).toEqual([]);
    await fitsWidth(second.page, 390);

    // The team's manager changes a member's allocation on the team page, but adds and removes nobody.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('link', { name: board.team.name, exact: true }).click();
    await page.waitForSelector(`h1:has-text("Team ${board.team.name}")`);
    const elif = before.members.find((m) => m.user && m.user.id !== manager.id && m.user.id !== ben.user!.id)!;
    const card = page.locator(`li[data-member="${elif.user!.id}"]`);
    expect(await card.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Add a member' }).count()).toBe(0);
    expect(await page.locator('textarea').count()).toBe(0);
    await card.getByRole('button', { name: `Edit ${elif.user!.displayName}` }).click();
    await card.getByLabel('Allocation (%)').fill('40');
    await card.getByRole('button', { name: `Save ${elif.user!.displayName}` }).click();
    await expect.poll(() => card.locator('[data-allocation]').textContent()).toBe('40 %');
    const { data: team } = await app.router.as(admin)<{ team: { members: { user: { id: string }; allocationPercent: number }[] } }>(
      'query($id: ID!) { team(id: $id) { members { user { id } allocationPercent } } }',
      { id: board.team.id },
    );
    expect(team!.team.members.find((m) => m.user.id === elif.user!.id)!.allocationPercent).toBe(40);
    expect(problems).toEqual([]);
    expect(second.problems).toEqual([]);
    await Promise.all([page.close(), second.page.close()]);
  }, 180_000); // generous: on a machine busy with other test runs it takes minutes

  test('an admin adds a member and removes them; a viewer sees the team read-only', async () => {
    const newcomer = await app.user('MEMBER');
    const { data } = await app.router.as(admin)<{ user: { displayName: string } }>('query($id: ID!) { user(id: $id) { displayName } }', { id: newcomer.id });
    const name = data!.user.displayName;
    const { page, problems } = await app.page(admin);
    // Every team is reached from the administration page too (a team without a board as well).
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('link', { name: 'Teams and disciplines' }).click();
    await page.getByRole('link', { name: board.team.name, exact: true }).waitFor();
    // A new team, made here (no GraphiQL needed on a fresh organisation): it joins the list at once.
    await page.getByLabel('Name', { exact: true }).fill('Zenith');
    await page.getByRole('button', { name: 'Create the team' }).click();
    await page.locator('.team-list').getByRole('link', { name: 'Zenith', exact: true }).waitFor();
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('');
    const { data: made } = await app.router.as(admin)<{ teams: { name: string }[] }>('{ teams { name } }');
    expect(made!.teams.filter((t) => t.name === 'Zenith')).toHaveLength(1);
    expect(await page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: 'Administration' }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'teams');
    await fitsWidth(page, 390);
    await app.screenshot(page, 'teams-390');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(new URL(`/boards/${board.id}`, app.router.router.appUrl).href);
    await page.getByRole('link', { name: board.team.name, exact: true }).click();
    await page.waitForSelector(`h1:has-text("Team ${board.team.name}")`);
    expect(new URL(page.url()).pathname).toBe(`/teams/${board.team.id}`);
    // The trail leads back to the board it was opened from.
    expect(await page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: board.name, exact: true }).getAttribute('href')).toBe(
      `/boards/${board.id}`,
    );

    const form = page.getByRole('form', { name: 'Add a member' });
    await form.getByLabel('Person').selectOption(newcomer.id);
    await form.getByLabel('Discipline').selectOption('QA');
    // More than 100 %: the API's words at the field, what was typed kept.
    await form.getByLabel('Allocation (%)').fill('150');
    await form.getByRole('button', { name: 'Add to the team' }).click();
    await expect.poll(() => form.locator('.field-error').textContent()).toBe('allocationPercent must be a whole number from 0 to 100');
    expect(await form.getByLabel('Allocation (%)').inputValue()).toBe('150');
    await form.getByLabel('Allocation (%)').fill('50');
    await form.getByRole('button', { name: 'Add to the team' }).click();
    const card = page.locator(`li[data-member="${newcomer.id}"]`);
    await expect.poll(() => card.locator('.member-facts').textContent()).toBe('QA · Member · 50 % of their time');
    const members = async () =>
      (
        await app.router.as(admin)<{ team: { members: { user: { id: string }; discipline: string; allocationPercent: number }[] } }>(
          'query($id: ID!) { team(id: $id) { members { user { id } discipline allocationPercent } } }',
          { id: board.team.id },
        )
      ).data!.team.members;
    expect((await members()).find((m) => m.user.id === newcomer.id)).toMatchObject({ discipline: 'QA', allocationPercent: 50 });
    await app.screenshot(page, 'team');
    expect(await accessibilityViolations(page)).toEqual([]);

    // A viewer sees the members and the disciplines, and no control.
    const viewing = await app.page(viewer);
    await viewing.page.goto(new URL(`/teams/${board.team.id}`, app.router.router.appUrl).href);
    await viewing.page.locator(`li[data-member="${newcomer.id}"]`).waitFor();
    expect(await controls(viewing.page)).toBe(0);
    expect(await viewing.page.getByRole('heading', { name: 'Disciplines of the organisation' }).count()).toBe(1);
    expect(await accessibilityViolations(viewing.page)).toEqual([]);
    await fitsWidth(viewing.page, 390);
    await app.screenshot(viewing.page, 'team-viewer-390');

    // Removing asks once; then the member is gone, here, in the API, and on the viewer's page (live).
    await card.getByRole('button', { name: `Remove ${name}` }).click();
    await card.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.poll(() => card.count()).toBe(0);
    expect((await members()).some((m) => m.user.id === newcomer.id)).toBe(false);
    await expect.poll(() => viewing.page.locator(`li[data-member="${newcomer.id}"]`).count()).toBe(0);

    // The organisation's disciplines: one added; one people work in cannot go (the API's words at the field).
    const disciplines = page.getByLabel('Disciplines, one a line');
    await disciplines.fill('Backend\nFrontend\nDesign\nData');
    await page.getByRole('button', { name: 'Save the disciplines' }).click();
    const disciplinesError = page.locator('.field', { has: disciplines }).locator('.field-error');
    await expect.poll(() => disciplinesError.textContent()).toMatch(/^Team members still work in QA \(\d+ team members?\)/);
    expect(await disciplines.inputValue()).toBe('Backend\nFrontend\nDesign\nData');
    await disciplines.fill('Backend\nFrontend\nQA\nDesign\nData');
    await page.getByRole('button', { name: 'Save the disciplines' }).click();
    await expect.poll(() => form.getByLabel('Discipline').locator('option').allTextContents()).toEqual(['Backend', 'Frontend', 'QA', 'Design', 'Data']);
    const { data: tenant } = await app.router.as(admin)<{ tenant: { disciplines: string[] } }>('{ tenant { disciplines } }');
    expect(tenant!.tenant.disciplines).toEqual(['Backend', 'Frontend', 'QA', 'Design', 'Data']);

    await fitsWidth(page, 390);
    await app.screenshot(page, 'team-390');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    expect(viewing.problems).toEqual([]);
    await Promise.all([page.close(), viewing.page.close()]);
  }, 180_000);
});
