import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { smallTeam, startSmtpSink, type SmtpSink, type TestUser } from '@sprint-reports/testing';
import { accessibilityViolations, canRunAppTests, startAppUnderTest, type AppUnderTest } from './browser.ts';

/**
 * Report schedules in a browser, against a real router that emails to a real SMTP server in this
 * process: a team manager creates a schedule (the API's refusals at their field, what was typed
 * kept), sends it now and follows its delivery log to SENT (and FAILED for an address the server
 * refuses), edits, pauses, resumes and deletes it; a viewer reads schedules without controls or
 * recipients; a board without a team says so.
 */
describe.runIf(canRunAppTests())('report schedules in a browser', () => {
  let smtp: SmtpSink;
  let app: AppUnderTest;
  let manager: TestUser;
  let board: { id: string; name: string; team: { id: string; name: string } };
  let active: { id: string; name: string };

  const SCHEDULES = `query($t: ID!) { team(id: $t) { reportSchedules { id kind format paused cron timeZone nextRunAt recipients } } }`;
  const schedules = async () =>
    (
      await app.router.as(manager)<{
        team: {
          reportSchedules: {
            id: string;
            kind: string;
            format: string;
            paused: boolean;
            cron: string | null;
            timeZone: string;
            nextRunAt: string | null;
            recipients: string[];
          }[];
        };
      }>(SCHEDULES, { t: board.team.id })
    ).data!.team.reportSchedules;
  const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  beforeAll(async () => {
    smtp = await startSmtpSink();
    app = await startAppUnderTest({ teams: [smallTeam('Atlas', { sprints: 5, issues: 80 })], config: { smtpUrl: smtp.url, mailRetryDelayMs: 5 } });
    const admin = await app.user('ADMIN');
    const { data } = await app.router.as(admin)<{ boards: (typeof board & { sprints: { id: string; name: string; state: string }[] })[] }>(
      '{ boards { id name team { id name } sprints { id name state } } }',
    );
    const found = data!.boards[0]!;
    board = found;
    active = found.sprints.find((s) => s.state === 'ACTIVE')!;
    manager = await app.user('MANAGER', { [board.team.id]: 'MANAGER' });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await smtp?.close();
  });

  test('a manager creates a schedule, sends it now to a real SMTP server and follows its delivery log; edits, pauses, resumes and deletes it', async () => {
    smtp.answer('bounce@example.test', 'RCPT', [550]);
    const { page, problems } = await app.page(manager);
    await page.getByRole('link', { name: board.name }).click();
    await page.getByRole('navigation', { name: 'Board' }).getByRole('link', { name: 'Schedules' }).click();
    await page.waitForSelector('h1:has-text("Report schedules")');
    expect(new URL(page.url()).pathname).toBe(`/boards/${board.id}/schedules`);
    await page.getByText(`Team ${board.team.name} has no report schedules yet.`).waitFor();

    // A bad address: the API's message at that address; everything typed stays.
    await page.getByRole('button', { name: 'New schedule' }).click();
    const form = page.getByRole('form', { name: 'New schedule' });
    await form.getByLabel('Format').selectOption('HTML');
    await form.getByRole('textbox', { name: 'Recipient 1', exact: true }).fill('lead@example.test');
    await form.getByRole('button', { name: 'Add a recipient' }).click();
    await form.getByRole('textbox', { name: 'Recipient 2', exact: true }).fill('not an address');
    await form.getByRole('textbox', { name: 'Cron expression', exact: true }).fill('0 9 * * 1');
    await form.getByLabel('Time zone').fill('Europe/Berlin');
    await form.getByText('At 09:00, only on Monday').waitFor();
    await form.getByRole('button', { name: 'Create the schedule' }).click();
    const second = form.getByRole('textbox', { name: 'Recipient 2', exact: true });
    await expect.poll(() => second.getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.field-error').allTextContents()).toEqual(['"not an address" is not an email address']);
    expect(await second.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent)).toBe(
      '"not an address" is not an email address',
    );
    expect(await form.getByRole('textbox', { name: 'Recipient 1', exact: true }).inputValue()).toBe('lead@example.test');
    expect(await second.inputValue()).toBe('not an address');
    expect(await form.getByLabel('Format').inputValue()).toBe('HTML');

    // Too often: the API's message at the cron expression.
    await second.fill('bounce@example.test');
    await form.getByRole('textbox', { name: 'Cron expression', exact: true }).fill('*/5 * * * *');
    await form.getByRole('button', { name: 'Create the schedule' }).click();
    await expect.poll(() => form.getByRole('textbox', { name: 'Cron expression', exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.field-error').allTextContents()).toEqual([
      '"*/5 * * * *" fires more often than hourly: report schedules send at most one email an hour',
    ]);
    expect(await form.getByRole('textbox', { name: 'Cron expression', exact: true }).inputValue()).toBe('*/5 * * * *');
    expect(await second.inputValue()).toBe('bounce@example.test');
    expect(await accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'schedules-form-errors');

    await form.getByRole('textbox', { name: 'Cron expression', exact: true }).fill('0 9 * * 1');
    await form.getByRole('button', { name: 'Create the schedule' }).click();
    const card = page.locator('article.schedule');
    await card.waitFor();
    expect(await card.getByRole('heading').textContent()).toBe('Sprint report (HTML) ');
    expect(await card.locator('dd').first().textContent()).toBe('At 09:00, only on Monday (Europe/Berlin)');
    const [made] = await schedules();
    expect(made).toMatchObject({
      kind: 'SPRINT',
      format: 'HTML',
      cron: '0 9 * * 1',
      timeZone: 'Europe/Berlin',
      paused: false,
      recipients: ['lead@example.test', 'bounce@example.test'],
    });
    // The next run the page shows is the API's nextRunAt.
    expect(await card.locator('time').first().getAttribute('datetime')).toBe(made.nextRunAt);
    expect(await card.getByText('lead@example.test, bounce@example.test').count()).toBe(1);

    // Send now: the report is made and emailed; the log follows it to SENT, and to FAILED for the refused address.
    await card.getByRole('button', { name: 'Send now' }).click();
    await card.getByText(/^Sent now: its report is being made/).waitFor();
    await app.router.runtime.jobs.idle();
    const log = card.getByRole('region', { name: 'Delivery log of Sprint report (HTML)' });
    const row = (recipient: string) => log.getByRole('row').filter({ hasText: recipient });
    await expect.poll(() => row('lead@example.test').getByRole('cell').nth(1).textContent(), { timeout: 20_000 }).toBe('✓ Sent');
    await expect.poll(() => row('bounce@example.test').getByRole('cell').nth(1).textContent(), { timeout: 20_000 }).toBe('✕ Failed');
    expect(await row('bounce@example.test').getAttribute('class')).toBe('failed');
    expect(await row('bounce@example.test').getByRole('cell').nth(5).textContent()).toMatch(/^550 /);
    expect(await row('lead@example.test').getByRole('cell').nth(2).textContent()).toBe('1');
    expect(await row('lead@example.test').getByRole('cell').nth(5).textContent()).toMatch(/^250 .*Queued as test-/);
    expect(await row('lead@example.test').locator('td[data-label="Sent"] time').count()).toBe(1);
    const mails = smtp.to('lead@example.test');
    expect(mails).toHaveLength(1);
    expect(mails[0].mail.subject).toBe(`Sprint report: ${active.name}`);
    expect(mails[0].mail.attachments[0].contentType).toMatch(/^text\/html/);
    expect(smtp.to('bounce@example.test')).toHaveLength(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'schedules-delivery-log');

    // Edit: the form comes back filled; the change shows on the card.
    await card.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('form', { name: 'Edit the schedule' });
    expect(await edit.getByRole('textbox', { name: 'Recipient 2', exact: true }).inputValue()).toBe('bounce@example.test');
    await edit.getByLabel('Format').selectOption('MARKDOWN');
    await edit.getByRole('button', { name: 'Remove recipient 2 (bounce@example.test)' }).click();
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'Sprint report (Markdown)' }).waitFor();
    expect((await schedules())[0]).toMatchObject({ format: 'MARKDOWN', recipients: ['lead@example.test'] });

    // Pause, then resume: no next run while paused; resuming works one out again.
    const edited = page.locator('article.schedule');
    await edited.getByRole('button', { name: 'Pause' }).click();
    await edited.getByText('None while paused').waitFor();
    expect(await edited.locator('.badge.paused').textContent()).toBe('Paused');
    expect((await schedules())[0]).toMatchObject({ paused: true, nextRunAt: null });
    await app.screenshot(page, 'schedules-paused');
    await edited.getByRole('button', { name: 'Resume' }).click();
    await edited.getByRole('button', { name: 'Pause' }).waitFor();
    const resumed = (await schedules())[0];
    expect(resumed.paused).toBe(false);
    expect(await edited.locator('dd time').first().getAttribute('datetime')).toBe(resumed.nextRunAt);

    // A phone: nothing scrolls sideways, the log included.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await noSidewaysScroll(page)).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'schedules-390');
    await page.getByRole('button', { name: 'New schedule' }).click();
    expect(await noSidewaysScroll(page)).toBe(true);
    await app.screenshot(page, 'schedules-form-390');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.setViewportSize({ width: 1280, height: 800 });

    // Delete asks once: the first press only asks.
    await edited.getByRole('button', { name: 'Delete' }).click();
    await edited.getByText('Delete the Sprint report (Markdown) schedule? Its reports and delivery log stay.').waitFor();
    expect(await schedules()).toHaveLength(1);
    await edited.getByRole('group', { name: 'Confirm' }).getByRole('button', { name: 'Delete' }).click();
    await page.getByText(`Team ${board.team.name} has no report schedules yet.`).waitFor();
    expect(await schedules()).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a viewer reads the schedules without recipients or controls; a board without a team says so', async () => {
    await app.router.as(manager)(`mutation($i: CreateReportScheduleInput!) { createReportSchedule(input: $i) { id } }`, {
      i: { teamId: board.team.id, kind: 'HISTORY', format: 'CSV', recipients: ['secret@example.test'], atSprintClose: true, rangeDays: 30 },
    });
    const viewer = await app.user('VIEWER');
    const { page, problems } = await app.page(viewer);
    await page.goto(new URL(`/boards/${board.id}/schedules`, app.router.router.appUrl).href);
    const card = page.locator('article.schedule');
    await card.waitFor();
    expect(await card.getByRole('heading').textContent()).toBe('History (CSV) ');
    expect(await card.textContent()).toContain('When a sprint of the team closes');
    expect(await card.textContent()).toContain('30 days up to each sending');
    expect(await page.getByText('secret@example.test').count()).toBe(0);
    expect(await page.locator('main').getByRole('button').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await app.screenshot(page, 'schedules-viewer');

    const admin = await app.user('ADMIN');
    await app.router.as(admin)(`mutation($b: ID!) { setBoardTeam(boardId: $b, teamId: null) { id } }`, { b: board.id });
    await page.reload();
    await page.getByText('This board has no team, and schedules belong to a team').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});
