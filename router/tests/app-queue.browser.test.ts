import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { smallTeam, type TestUser } from '@sprint-reports/testing';
import path from 'node:path';
import { accessibilityViolations, canRunAppTests, SCREENSHOTS, startAppUnderTest, watchOffMachineRequests, type AppUnderTest } from './browser.ts';

type Board = {
  id: string;
  name: string;
  team: { id: string; members: { user: { id: string; displayName: string } }[] };
  sprints: { id: string; name: string; state: string }[];
};
type QueueView = { id: string; status: string; trigger: string; items: { position: number; pinned: boolean; issue: { id: string; key: string } }[] } | null;

// A manager plans the next sprint's queue in the browser against a real router: generates it, reorders
// it by keyboard and by dragging, pins and unpins, accepts; a member's days off changed on the
// capacity page in another tab regenerate the draft in the background and the open queue page says
// why; a viewer only reads it.
describe.runIf(canRunAppTests())('the queue of the next sprint in a browser', () => {
  let fx: AppUnderTest;
  let manager: TestUser;
  let viewer: TestUser;
  let board: Board;
  let next: Board['sprints'][number];

  beforeAll(async () => {
    fx = await startAppUnderTest({ teams: [smallTeam('Atlas', { sprints: 5, issues: 80 })] });
    const teamId = fx.dataset.teams[0].id;
    manager = await fx.user('MANAGER', { [teamId]: 'MANAGER' });
    viewer = await fx.user('VIEWER');
    const { data } = await fx.router.as(manager)<{ boards: Board[] }>(
      '{ boards { id name team { id members { user { id displayName } } } sprints { id name state } } }',
    );
    board = data!.boards[0]!;
    next = board.sprints.find((s) => s.state === 'FUTURE')!;
  }, 120_000);
  afterAll(async () => {
    await fx?.stop();
  });

  const apiQueue = async (): Promise<QueueView> =>
    (
      await fx.router.as(manager)<{ sprint: { queue: QueueView } }>(
        `query($id: ID!) { sprint(id: $id) { queue { id status trigger items { position pinned issue { id key } } } } }`,
        { id: next.id },
      )
    ).data!.sprint.queue;
  const apiKeys = async () => (await apiQueue())!.items.map((i) => i.issue.key);
  const pageKeys = (page: Page) => page.locator('.queue-items > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-issue-key')));
  const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  test('a manager generates, reorders by keyboard and by drag, pins, unpins and accepts; a days-off change regenerates it live', async () => {
    const { page, problems } = await fx.page(manager);
    const offMachine = watchOffMachineRequests(page);
    await page.getByRole('link', { name: board.name }).click();
    await page.getByRole('navigation', { name: 'Board' }).getByRole('link', { name: 'Queue' }).click();
    await page.waitForSelector('h1:has-text("Queue")');
    expect(new URL(page.url()).pathname).toBe(`/boards/${board.id}/queue`);
    await page.getByText('No queue yet for this sprint.').waitFor();
    expect(await page.getByLabel('Sprint', { exact: true }).inputValue()).toBe(next.id);
    expect(await accessibilityViolations(page)).toEqual([]);

    // A double click generates once (one idempotency key, one request in flight).
    await page.getByRole('button', { name: 'Generate the queue' }).dblclick();
    await page
      .getByRole('status')
      .filter({ hasText: /Queue generated: \d+ items/ })
      .waitFor();
    const generated = await apiKeys();
    expect(generated.length).toBeGreaterThan(3);
    expect(await pageKeys(page)).toEqual(generated);
    const audit = await fx.router.as(await fx.user('ADMIN'))<{ auditLog: { action: string }[] }>('{ auditLog(limit: 100) { action } }');
    expect(audit.data!.auditLog.filter((e) => e.action === 'queue.generated')).toHaveLength(1);
    await page.getByRole('heading', { name: 'Capacity by discipline' }).waitFor();
    await page
      .locator('.queue-item')
      .first()
      .getByText(/Carry-over|Planned in JIRA|Next by rank|Dependency|Pinned/)
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await fx.screenshot(page, 'queue-manager-1280');

    // Keyboard: the second item's handle, Space, arrow down, Space: it moves to position 3 (pinned there).
    const second = generated[1];
    await page.getByRole('button', { name: `Drag ${second} (position 2 of ${generated.length})` }).focus();
    // dnd-kit's announcements (its live region) say each step; they also tell when it listens for the next key.
    const announced = () => page.locator('[id^="DndLiveRegion"]').textContent();
    await page.keyboard.press('Space');
    await expect.poll(announced).toBe(`Picked up ${second} at position 2 of ${generated.length}.`);
    await page.keyboard.press('ArrowDown');
    await expect.poll(announced).toBe(`${second} is over position 3 of ${generated.length}.`);
    await page.keyboard.press('Space');
    await page
      .getByRole('status')
      .filter({ hasText: `${second} is now at position 3` })
      .waitFor();
    const afterKeyboard = await apiKeys();
    expect(afterKeyboard[2]).toBe(second);
    expect((await apiQueue())!.items[2].pinned).toBe(true);
    await expect.poll(() => pageKeys(page)).toEqual(afterKeyboard);

    // Move up button: the same item goes back to position 2.
    await page.getByRole('button', { name: `Move up ${second}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${second} is now at position 2` })
      .waitFor();
    expect((await apiKeys())[1]).toBe(second);
    await expect.poll(() => pageKeys(page)).toEqual(await apiKeys());

    // Drag with the mouse: the first item's handle onto the fourth item.
    const first = (await apiKeys())[0];
    const handle = page.getByRole('button', { name: new RegExp(`^Drag ${first} `) });
    const target = page.locator('.queue-items > li').nth(3);
    const from = (await handle.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    // Past the pointer sensor's threshold, then to the target's middle in steps (dnd-kit follows pointer moves).
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 20, { steps: 5 });
    await page.mouse.move(from.x + from.width / 2, to.y + to.height / 2 + 5, { steps: 20 });
    await page.mouse.up();
    await page
      .getByRole('status')
      .filter({ hasText: `${first} is now at position 4` })
      .waitFor();
    expect((await apiKeys())[3]).toBe(first);
    await expect.poll(() => pageKeys(page)).toEqual(await apiKeys());

    // Unpin it, then pin another.
    await page.getByRole('button', { name: `Unpin ${first}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${first} is no longer pinned` })
      .waitFor();
    expect((await apiQueue())!.items.find((i) => i.issue.key === first)?.pinned ?? false).toBe(false);
    const toPin = (await apiKeys())[0];
    await page.getByRole('button', { name: `Pin ${toPin} at position 1` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${toPin} is pinned at position 1` })
      .waitFor();
    expect((await apiQueue())!.items[0]).toMatchObject({ pinned: true, issue: { key: toPin } });
    await page.locator('.queue-item.pinned').first().getByText('pinned', { exact: true }).waitFor();

    // The manager, in a second tab, gives a member days off on the capacity page: the capacity there
    // changes, and the queue still open in the first tab regenerates by itself, saying why in words.
    const member = board.team.members[0].user;
    const before = await apiQueue();
    const capacity = await fx.page(manager);
    await capacity.page.goto(new URL(`/boards/${board.id}/capacity`, fx.router.router.appUrl).href);
    await capacity.page.waitForSelector('h1:has-text("Capacity")');
    expect(await capacity.page.getByLabel('Sprint', { exact: true }).inputValue()).toBe(next.id);
    const memberRow = capacity.page.locator(`tr[data-member="${member.id}"]`);
    const personDays = capacity.page.locator('[data-capacity=person-days] .value');
    await personDays.waitFor();
    const daysBefore = await personDays.textContent();
    const setDaysOff = async (days: string) => {
      await memberRow.getByLabel(`Days off of ${member.displayName}`).fill(days);
      await memberRow.getByRole('button', { name: `Save days off of ${member.displayName}` }).click();
      await expect.poll(() => memberRow.getByRole('button', { name: `Save days off of ${member.displayName}` }).isDisabled()).toBe(true);
    };
    await setDaysOff('5');
    await expect.poll(() => personDays.textContent()).not.toBe(daysBefore);
    await page
      .getByRole('status')
      .filter({ hasText: `because ${member.displayName}'s days off changed` })
      .waitFor();
    await page.getByText(`Regenerated because ${member.displayName}'s days off changed`).waitFor();
    const regenerated = await apiQueue();
    expect(regenerated).toMatchObject({ id: before!.id, trigger: 'CAPACITY_CHANGED' });
    await expect.poll(() => pageKeys(page)).toEqual(regenerated!.items.map((i) => i.issue.key));
    await fx.screenshot(page, 'queue-regenerated-1280');

    // Accept: the state, who and when; the controls to reorder go (an accepted queue no longer changes).
    await page.getByRole('button', { name: 'Accept this queue' }).click();
    await page.getByText(/Accepted as the sprint’s plan by .+ on /).waitFor();
    expect((await apiQueue())!.status).toBe('ACCEPTED');
    expect(await page.getByRole('button', { name: /^Drag / }).count()).toBe(0);

    // A change on the capacity page after acceptance marks it outdated, live.
    await setDaysOff('4');
    await page.getByText(/^Outdated since /).waitFor();
    expect(capacity.problems).toEqual([]);
    await capacity.page.close();
    expect(await accessibilityViolations(page)).toEqual([]);
    await fx.screenshot(page, 'queue-accepted-1280');

    await page.setViewportSize({ width: 390, height: 800 });
    expect(await noSidewaysScroll(page)).toBe(true);
    await fx.screenshot(page, 'queue-accepted-390');
    // What a phone shows first (the full page is too tall to read at a glance).
    await page.screenshot({ path: path.join(SCREENSHOTS, 'queue-accepted-390-top.png') });
    expect(problems).toEqual([]);
    expect(offMachine).toEqual([]);
  }, 120_000);

  test('a viewer reads the queue without any control', async () => {
    const { page, problems } = await fx.page(viewer);
    await page.goto(`${fx.router.router.appUrl}boards/${board.id}/queue`);
    await page.waitForSelector('h1:has-text("Queue")');
    await page.locator('.queue-items > li').first().waitFor();
    expect(await pageKeys(page)).toEqual(await apiKeys());
    for (const name of [/Generate/, /^Drag /, /^Move /, /^Pin /, /^Unpin /, /Accept/]) expect(await page.getByRole('button', { name }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 800 });
    expect(await noSidewaysScroll(page)).toBe(true);
    await fx.screenshot(page, 'queue-viewer-390');
    await page.evaluate(() => document.querySelector('.queue-items')?.scrollIntoView());
    await page.screenshot({ path: path.join(SCREENSHOTS, 'queue-viewer-390-items.png') });
    expect(problems).toEqual([]);
  }, 60_000);
});
