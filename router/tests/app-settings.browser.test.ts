import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { and, eq } from 'drizzle-orm';
import { withTenant } from '@sprint-reports/core';
import { sprintsTables } from '@sprint-reports/drizzle';
import { smallTeam } from '@sprint-reports/testing';
import { accessibilityViolations, canRunAppTests, startAppUnderTest, type AppUnderTest } from './browser.ts';

/**
 * A board's settings in a browser: a manager of the board's team changes the estimation statistic,
 * reads the preview of the last closed sprint, saves, and the sprint's report then shows exactly
 * the previewed figures; an unknown time zone is refused at its field, the typed value kept; a
 * viewer finds no way to change anything.
 */
const FIGURES = ['committed', 'completed', 'notCompleted', 'added', 'removed', 'cancelled', 'sayDo'] as const;

const column = (page: Page, side: 'current' | 'preview') =>
  Promise.all(FIGURES.map(async (f) => [f, (await page.locator(`[data-${side}="${f}"]`).textContent())?.trim()] as const)).then(Object.fromEntries);
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe.runIf(canRunAppTests())('board settings in a browser', () => {
  let app: AppUnderTest;
  let board: { id: string; team: { id: string }; sprints: { id: string; name: string; state: string }[] };

  beforeAll(async () => {
    app = await startAppUnderTest({ teams: [smallTeam('Atlas', { sprints: 5, issues: 80 })] });
    const admin = await app.user('ADMIN');
    const { data } = await app.router.as(admin)<{ boards: (typeof board)[] }>('{ boards { id team { id } sprints { id name state } } }');
    board = data!.boards[0];
  }, 120_000);
  afterAll(() => app?.stop());

  test('a viewer sees no Settings link, and the settings only in words', async () => {
    const viewer = await app.user('VIEWER', { [board.team.id]: 'VIEWER' });
    const { page, problems } = await app.page(viewer);
    await page.goto(new URL(`/boards/${board.id}`, app.router.router.appUrl).href);
    await page.getByRole('navigation', { name: 'Board' }).getByRole('link', { name: 'Velocity' }).waitFor();
    expect(await page.getByRole('link', { name: 'Settings' }).count()).toBe(0);

    await page.goto(new URL(`/boards/${board.id}/settings`, app.router.router.appUrl).href);
    await page.getByText('Only managers of team').waitFor();
    expect(await page.getByRole('button').filter({ hasNotText: 'Sign out' }).count()).toBe(0);
    expect(await page.getByRole('combobox').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'settings-viewer-1280');
    expect(problems).toEqual([]);
    await page.close();
  });

  test("an administrator also chooses the board's team", async () => {
    const admin = await app.user('ADMIN');
    const { page, problems } = await app.page(admin);
    await page.goto(new URL(`/boards/${board.id}/settings`, app.router.router.appUrl).href);
    const team = page.getByLabel("The board's team");
    await expect.poll(() => team.inputValue()).toBe(board.team.id);
    const teamOf = async () =>
      (await app.router.as(admin)<{ board: { team: { id: string } | null } }>('query($id: ID!) { board(id: $id) { team { id } } }', { id: board.id })).data!
        .board.team;
    await team.selectOption({ label: 'No team' });
    await page.getByRole('button', { name: 'Change team' }).click();
    await page.getByText('Team saved.').waitFor();
    expect(await teamOf()).toBeNull();
    await team.selectOption(board.team.id);
    await page.getByRole('button', { name: 'Change team' }).click();
    await expect.poll(teamOf).toEqual({ id: board.team.id });
    expect(await accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'settings-admin-1280');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a manager previews issue count, saves, and the report shows the previewed figures; a bad time zone is refused at its field', async () => {
    const manager = await app.user('MANAGER', { [board.team.id]: 'MANAGER' });
    const { page, problems } = await app.page(manager);
    await page.goto(new URL(`/boards/${board.id}`, app.router.router.appUrl).href);
    await page.getByRole('navigation', { name: 'Board' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Board settings' }).waitFor();
    const lastClosed = board.sprints.filter((s) => s.state === 'CLOSED').at(-1)!;
    await expect.poll(() => page.getByLabel('Sprint to preview').inputValue()).toBe(lastClosed.id);
    await page.getByText('No unsaved changes: both sides agree.').waitFor();
    const today = await column(page, 'current');
    expect(await column(page, 'preview')).toEqual(today);
    expect(await accessibilityViolations(page)).toEqual([]);

    // A discipline rule that matches nothing is refused at the rule; given a label, it previews; then removed.
    await page.getByRole('button', { name: 'Add a rule' }).click();
    const rule = page.getByRole('listitem', { name: 'Rule 1' });
    await expect.poll(() => rule.locator('.field-error').textContent()).toContain('matches nothing');
    await rule.getByLabel('Labels').fill('api, backend');
    await page.getByText('With your unsaved changes.').waitFor();
    expect(await rule.locator('.field-error').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'settings-rule-1280');
    await page.getByRole('button', { name: 'Remove rule 1' }).click();
    await page.getByText('No unsaved changes: both sides agree.').waitFor();

    // An unknown time zone: the API's refusal (from the preview, then the save) at the field; what was typed stays.
    const zone = page.getByLabel('Time zone');
    const savedZone = await zone.inputValue();
    await zone.fill('Mars/Olympus');
    const zoneError = page.locator('.field', { has: page.getByLabel('Time zone') }).locator('.field-error');
    await expect.poll(() => zoneError.textContent()).toContain('Unknown time zone: Mars/Olympus');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => zoneError.textContent()).toContain('Unknown time zone: Mars/Olympus');
    expect(await zone.inputValue()).toBe('Mars/Olympus');
    expect(await zone.getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);
    await zone.fill(savedZone);
    await expect.poll(() => zoneError.count()).toBe(0);

    // Issue count: the preview beside today's figures.
    await page.getByLabel('Estimation statistic').selectOption({ label: 'Issue count' });
    await page.getByText('With your unsaved changes.').waitFor();
    await expect.poll(() => page.locator('th', { hasText: 'Preview' }).textContent()).toContain('issues');
    const previewed = await column(page, 'preview');
    expect(await column(page, 'current')).toEqual(today);
    expect(previewed).not.toEqual(today);
    await app.screenshot(page, 'settings-preview-1280');

    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText("Saved. The board's sprints were analysed anew").waitFor();
    await page.getByText('No unsaved changes: both sides agree.').waitFor();
    expect(await column(page, 'current')).toEqual(previewed);

    // The sprint's report shows what the preview said.
    await page.getByRole('link', { name: `Open ${lastClosed.name}'s report` }).click();
    await page.waitForURL(`**/boards/${board.id}/sprints/${lastClosed.id}`);
    await page.locator('[data-figure="committed"]').waitFor();
    const report = Object.fromEntries(
      await Promise.all(FIGURES.map(async (f) => [f, (await page.locator(`[data-figure="${f}"]`).textContent())?.trim()] as const)),
    );
    expect(report).toEqual(previewed);

    // At phone width nothing scrolls sideways.
    await page.goto(new URL(`/boards/${board.id}/settings`, app.router.router.appUrl).href);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByText('No unsaved changes: both sides agree.').waitFor();
    await app.screenshot(page, 'settings-390');
    expect(await noSidewaysScroll(page)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a sprint analysed before its inputs were kept: the preview says in words that its history is being gathered, then shows it', async () => {
    const lastClosed = board.sprints.filter((s) => s.state === 'CLOSED').at(-1)!;
    const inputs = sprintsTables.analysisInputs;
    // As data from before the read model: the analysis stored, what it was computed from not.
    await withTenant(app.database.db, app.tenantId, (db) =>
      db.delete(inputs).where(and(eq(inputs.tenantId, app.tenantId), eq(inputs.sprintId, lastClosed.id))),
    );
    const manager = await app.user('MANAGER', { [board.team.id]: 'MANAGER' });
    const { page, problems } = await app.page(manager);
    await page.goto(new URL(`/boards/${board.id}/settings`, app.router.router.appUrl).href);
    // Not an error of the form's: said as the preview's state, with a way to ask again.
    await page.getByRole('status').filter({ hasText: "This sprint's history is being gathered for the preview. Try again in a moment." }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await app.screenshot(page, 'settings-preview-not-ready-1280');
    expect(await page.locator('[data-preview="committed"]').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The page's read queued the sprint's refresh, which gathers the inputs: asked again, it previews.
    await app.router.runtime.jobs.idle();
    await page.getByRole('button', { name: 'Try the preview again' }).click();
    await page.getByText('No unsaved changes: both sides agree.').waitFor();
    expect(await column(page, 'preview')).toEqual(await column(page, 'current'));
    expect(await page.getByRole('button', { name: 'Try the preview again' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
