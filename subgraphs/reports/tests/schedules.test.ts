import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runDueSchedules } from '../src/index.ts';
import { listUnsubscribe, startReportsWorld, startSmtpSink, WEBHOOK_SECRET, type ReportsWorld, type SmtpSink } from './email-fixture.ts';

/**
 * Report schedules through a real router, fired through the scheduler's API (runDueSchedules at a
 * chosen time: no waiting for a clock), their reports emailed to a real SMTP server started here.
 */
const NAME = 'report-schedules';
const DAY = 86_400_000;

let smtp: SmtpSink;
let world: ReportsWorld;
let active: { id: string; name: string; jiraSprintId: number };
let weekly: { id: string; nextRunAt: string };

const SCHEDULE = 'id team { id } kind format recipients cron timeZone atSprintClose rangeDays paused nextRunAt lastRunAt createdAt createdBy { id }';
const UPDATE = `mutation($id: ID!, $input: UpdateReportScheduleInput!) { updateReportSchedule(id: $id, input: $input) { ${SCHEDULE} } }`;
const RUN = `mutation($id: ID!, $key: String) { runReportSchedule(id: $id, idempotencyKey: $key) { id kind format sprint { id } schedule { id } } }`;
const CREATE = `mutation($input: CreateReportScheduleInput!) { createReportSchedule(input: $input) { ${SCHEDULE} } }`;

const update = async (id: string, input: Record<string, unknown>) => (await world.gql(UPDATE, { id, input }, world.manager)).updateReportSchedule;
const auditOf = async (id: string) =>
  (await world.gql(`{ auditLog(limit: 200) { action targetId details } }`)).auditLog
    .filter((e: { targetId: string }) => e.targetId === id)
    .map((e: { action: string; details: string }) => ({ action: e.action, details: JSON.parse(e.details) }));
const create = async (input: Record<string, unknown>) =>
  (await world.gql(CREATE, { input: { teamId: world.teamId, ...input } }, world.manager)).createReportSchedule;
const fire = async (at: Date | string | number) => {
  const requested = await runDueSchedules(world.router.runtime, new Date(at));
  await world.router.runtime.jobs.idle();
  return requested;
};
const schedule = async (id: string) =>
  (
    await world.gql(
      `query($id: ID!) { reportSchedule(id: $id) { ${SCHEDULE} reports { id kind format status from to sprint { id } schedule { id } requestedBy { id } } } }`,
      { id },
      world.manager,
    )
  ).reportSchedule;
const deliveriesOf = async (filter: { reportId?: string; scheduleId?: string }) =>
  (
    await world.gql(
      `query($r: ID, $s: ID) { reportDeliveries(reportId: $r, scheduleId: $s) { recipient status attempts report { id } schedule { id } } }`,
      { r: filter.reportId, s: filter.scheduleId },
      world.manager,
    )
  ).reportDeliveries;

/** The wall-clock time of `iso` in `timeZone`: weekday, hour and minute. */
const localTime = (iso: string, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(
    new Date(iso),
  );
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part('weekday')} ${part('hour')}:${part('minute')}`;
};

beforeAll(async () => {
  smtp = await startSmtpSink();
  world = await startReportsWorld(NAME, 37, { smtpUrl: smtp.url, mailRetryDelayMs: 5 });
  const { board } = await world.gql(`query($id: ID!) { board(id: $id) { sprints { id name state jiraSprintId } } }`, { id: world.boardId });
  active = board.sprints.find((s: { state: string }) => s.state === 'ACTIVE');
  expect(active).toBeDefined();
});

afterAll(async () => {
  await world?.close();
  await smtp?.close();
});

describe('report schedules', () => {
  test('a cron schedule reads its expression in its time zone: next Monday at 09:00 in Berlin', async () => {
    const before = Date.now();
    const created = await create({
      kind: 'SPRINT',
      format: 'HTML',
      recipients: ['ann@example.test', 'Bob@Example.test', 'bob@example.test'],
      cron: '0 9 * * 1',
      timeZone: 'Europe/Berlin',
    });
    expect(created).toMatchObject({
      team: { id: world.teamId },
      kind: 'SPRINT',
      format: 'HTML',
      recipients: ['ann@example.test', 'Bob@Example.test'],
      cron: '0 9 * * 1',
      timeZone: 'Europe/Berlin',
      atSprintClose: false,
      rangeDays: 90,
      lastRunAt: null,
      createdBy: { id: world.manager.id },
    });
    expect(localTime(created.nextRunAt, 'Europe/Berlin')).toBe('Mon 09:00');
    // 08:00Z in winter (CET), 07:00Z in summer (CEST).
    expect([7, 8]).toContain(new Date(created.nextRunAt).getUTCHours());
    expect(Date.parse(created.nextRunAt)).toBeGreaterThan(before);
    expect(Date.parse(created.nextRunAt) - before).toBeLessThanOrEqual(7 * DAY);
    weekly = created;
  });

  test('it fires at its time, once: the SPRINT report of the active sprint, emailed to each recipient', async () => {
    expect(await fire(Date.parse(weekly.nextRunAt) - 1)).toBe(0);
    expect(await fire(weekly.nextRunAt)).toBe(1);

    const fired = await schedule(weekly.id);
    expect(fired.lastRunAt).toBe(weekly.nextRunAt);
    expect(localTime(fired.nextRunAt, 'Europe/Berlin')).toBe('Mon 09:00');
    expect(Math.round((Date.parse(fired.nextRunAt) - Date.parse(weekly.nextRunAt)) / DAY)).toBe(7);
    expect(fired.reports).toMatchObject([
      { kind: 'SPRINT', format: 'HTML', status: 'READY', sprint: { id: active.id }, schedule: { id: weekly.id }, requestedBy: null },
    ]);

    for (const to of ['ann@example.test', 'bob@example.test']) {
      const mails = smtp.to(to);
      expect(mails, to).toHaveLength(1);
      expect(mails[0].mail.subject).toBe(`Sprint report: ${active.name}`);
      expect(mails[0].mail.attachments[0].contentType).toMatch(/^text\/html/);
      expect(mails[0].mail.text).toContain('the weekly SPRINT report of Atlas');
    }
    const log = await deliveriesOf({ scheduleId: weekly.id });
    expect(log.map((d: { recipient: string }) => d.recipient).sort()).toEqual(['Bob@Example.test', 'ann@example.test']);
    expect(
      log.every((d: { status: string; attempts: number; schedule: { id: string } }) => d.status === 'SENT' && d.attempts === 1 && d.schedule.id === weekly.id),
    ).toBe(true);

    // The same time again, or two schedulers at once a week later: each firing happens once.
    expect(await fire(weekly.nextRunAt)).toBe(0);
    const [a, b] = await Promise.all([
      runDueSchedules(world.router.runtime, new Date(fired.nextRunAt)),
      runDueSchedules(world.router.runtime, new Date(fired.nextRunAt)),
    ]);
    await world.router.runtime.jobs.idle();
    expect(a + b).toBe(1);
    expect((await schedule(weekly.id)).reports).toHaveLength(2);
    weekly = await schedule(weekly.id);
  });

  test('a recipient who follows the unsubscribe link is skipped from the next firing on', async () => {
    const link = listUnsubscribe(smtp.to('bob@example.test')[0].mail);
    const done = await world.unsubscribe(link);
    expect(done.status).toBe(200);
    expect(done.body).toContain('the weekly SPRINT report of Atlas');
    expect((await schedule(weekly.id)).recipients).toEqual(['ann@example.test']);

    const bobBefore = smtp.to('bob@example.test').length;
    const annBefore = smtp.to('ann@example.test').length;
    expect(await fire(weekly.nextRunAt)).toBe(1);
    const [latest] = (await schedule(weekly.id)).reports;
    const log = await deliveriesOf({ reportId: latest.id });
    expect(log.map((d: { recipient: string; status: string }) => [d.recipient, d.status]).sort()).toEqual([
      ['Bob@Example.test', 'UNSUBSCRIBED'],
      ['ann@example.test', 'SENT'],
    ]);
    expect(smtp.to('bob@example.test')).toHaveLength(bobBefore);
    expect(smtp.to('ann@example.test')).toHaveLength(annBefore + 1);
  });

  test('at sprint close: a sprint closed in JIRA (its webhook) is reported and emailed at the next tick, once', async () => {
    const closing = await create({ kind: 'SPRINT', format: 'MARKDOWN', recipients: ['cat@example.test'], atSprintClose: true });
    expect(closing).toMatchObject({ cron: null, nextRunAt: null, atSprintClose: true });
    // Sprints closed before the schedule existed are not its business.
    expect(await fire(new Date())).toBe(0);

    const body = world.sim.updateSprint(active.jiraSprintId, { state: 'closed' });
    expect(body.webhookEvent).toBe('sprint_closed');
    expect(await world.sim.sendWebhook(world.webhookUrl, body, WEBHOOK_SECRET)).toBe(200);
    await world.router.runtime.jobs.idle();

    expect(await fire(new Date())).toBe(1);
    const { reports, lastRunAt } = await schedule(closing.id);
    expect(lastRunAt).not.toBeNull();
    expect(reports).toMatchObject([{ kind: 'SPRINT', format: 'MARKDOWN', status: 'READY', sprint: { id: active.id } }]);
    const [{ mail }] = smtp.to('cat@example.test');
    expect(mail.subject).toBe(`Sprint report: ${active.name}`);
    expect(mail.text).toContain('the SPRINT report of Atlas sent when a sprint closes');
    expect(mail.attachments[0].content.toString()).toContain(active.name);

    expect(await fire(new Date())).toBe(0);
    expect(smtp.to('cat@example.test')).toHaveLength(1);
  });

  test('CAPACITY and HISTORY cover rangeDays up to the firing day in the schedule’s time zone', async () => {
    const history = await create({
      kind: 'HISTORY',
      format: 'CSV',
      recipients: ['dan@example.test'],
      cron: '30 1 * * *',
      timeZone: 'America/New_York',
      rangeDays: 14,
    });
    expect(localTime(history.nextRunAt, 'America/New_York')).toMatch(/ 01:30$/);
    expect(await fire(history.nextRunAt)).toBe(1);
    const [report] = (await schedule(history.id)).reports;
    // 01:30 in New York is the same day there, the next one in UTC: the range ends on New York's day.
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date(history.nextRunAt));
    expect(report).toMatchObject({ kind: 'HISTORY', status: 'READY', to: day, from: new Date(Date.parse(day) - 13 * DAY).toISOString().slice(0, 10) });
    expect(smtp.to('dan@example.test')).toHaveLength(1);
    await world.gql(`mutation($id: ID!) { deleteReportSchedule(id: $id) }`, { id: history.id }, world.manager);
  });

  test('Team.reportSchedules; deleteReportSchedule stops the firings and keeps the reports and their log', async () => {
    const { team } = await world.gql(`query($id: ID!) { team(id: $id) { reportSchedules { id kind } } }`, { id: world.teamId }, world.manager);
    expect(team.reportSchedules.map((s: { id: string }) => s.id)).toContain(weekly.id);

    const { reports } = await schedule(weekly.id);
    expect((await world.gql(`mutation($id: ID!) { deleteReportSchedule(id: $id) }`, { id: weekly.id }, world.manager)).deleteReportSchedule).toBe(true);
    expect(await fire(new Date(Date.parse(weekly.nextRunAt) + 30 * DAY))).toBe(0);
    expect((await world.refused(`query($id: ID!) { reportSchedule(id: $id) { id } }`, { id: weekly.id })).code).toBe('NOT_FOUND');
    const { report } = await world.gql(`query($id: ID!) { report(id: $id) { id schedule { id } } }`, { id: reports[0].id });
    expect(report).toEqual({ id: reports[0].id, schedule: null });
    expect((await deliveriesOf({ scheduleId: weekly.id })).length).toBeGreaterThan(0);
  });

  test('a VIEWER sees a schedule but not its recipients', async () => {
    const viewer = await world.router.signIn(world.tenantId, 'VIEWER');
    const { team } = await world.gql(`query($id: ID!) { team(id: $id) { reportSchedules { id kind } } }`, { id: world.teamId }, viewer);
    expect(team.reportSchedules.length).toBeGreaterThan(0);
    expect(await world.refused(`query($id: ID!) { team(id: $id) { reportSchedules { recipients } } }`, { id: world.teamId }, viewer)).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  test('what a schedule must be: checked, each error naming its field', async () => {
    const base = { kind: 'SPRINT', format: 'PDF', recipients: ['ann@example.test'], cron: '0 9 * * 1' };
    const refused = (input: Record<string, unknown>, as = world.manager) => world.refused(CREATE, { input: { teamId: world.teamId, ...base, ...input } }, as);
    expect(await refused({ cron: '0 9 * *' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.cron', message: expect.stringMatching(/5 fields/) });
    expect(await refused({ cron: '0 25 * * *' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.cron' });
    expect(await refused({ cron: 'every monday' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.cron' });
    expect(await refused({ timeZone: 'Mars/Olympus' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.timeZone' });
    expect(await refused({ recipients: [] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.recipients' });
    expect(await refused({ recipients: ['ann@example.test', 'ann at example'] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.recipients.1',
      message: expect.stringContaining('"ann at example"'),
    });
    expect(await refused({ cron: null, atSprintClose: false })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.cron' });
    expect(await refused({ rangeDays: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.rangeDays' });
    expect(await refused({ rangeDays: 731 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.rangeDays' });
    expect(await refused({ cron: '*/5 * * * *' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.cron',
      message: expect.stringMatching(/more often than hourly/),
    });
    expect(await refused({ teamId: '00000000-0000-4000-8000-000000000001' }, await world.router.signIn(world.tenantId, 'ADMIN'))).toMatchObject({
      code: 'NOT_FOUND',
    });

    const member = await world.router.signIn(world.tenantId, 'MEMBER', { teams: { [world.teamId]: 'MEMBER' } });
    expect(await refused({}, member)).toMatchObject({ code: 'FORBIDDEN' });
    const otherManager = await world.router.signIn(world.tenantId, 'MANAGER');
    expect(await refused({}, otherManager)).toMatchObject({ code: 'FORBIDDEN' });
    const { createReportSchedule } = await world.gql(CREATE, { input: { teamId: world.teamId, ...base } }, world.manager);
    expect(await world.refused(`mutation($id: ID!) { deleteReportSchedule(id: $id) }`, { id: createReportSchedule.id }, otherManager)).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  test('updateReportSchedule changes what it is given, checked as create checks it (errors at their field, nothing changed)', async () => {
    const made = await create({ kind: 'VELOCITY', format: 'CSV', recipients: ['eve@example.test'], cron: '0 9 * * 1', timeZone: 'Europe/Berlin' });
    const refused = (input: Record<string, unknown>, as = world.manager) => world.refused(UPDATE, { id: made.id, input }, as);
    expect(await refused({ cron: '0 9 * *' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.cron', message: expect.stringMatching(/5 fields/) });
    expect(await refused({ cron: '*/5 * * * *' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.cron',
      message: expect.stringMatching(/more often than hourly/),
    });
    expect(await refused({ cron: null })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.cron', message: expect.stringMatching(/atSprintClose/) });
    expect(await refused({ timeZone: 'Mars/Olympus' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.timeZone' });
    expect(await refused({ recipients: [] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.recipients' });
    expect(await refused({ recipients: ['eve@example.test', 'fay@example.test', 'not an address'] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.recipients.2',
      message: expect.stringContaining('"not an address"'),
    });
    expect(await refused({ rangeDays: 731 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.rangeDays' });
    const member = await world.router.signIn(world.tenantId, 'MEMBER', { teams: { [world.teamId]: 'MEMBER' } });
    expect(await refused({ paused: true }, member)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused({ paused: true }, await world.router.signIn(world.tenantId, 'MANAGER'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await schedule(made.id)).toMatchObject({
      cron: '0 9 * * 1',
      timeZone: 'Europe/Berlin',
      recipients: ['eve@example.test'],
      paused: false,
      nextRunAt: made.nextRunAt,
    });

    // Given fields change, the others stay; a new expression or time zone moves the next time.
    const changed = await update(made.id, {
      kind: 'HISTORY',
      cron: '30 7 * * *',
      timeZone: 'Asia/Tokyo',
      recipients: ['eve@example.test', 'Fay@example.test', 'fay@example.test'],
      rangeDays: 30,
    });
    expect(changed).toMatchObject({
      kind: 'HISTORY',
      format: 'CSV',
      cron: '30 7 * * *',
      timeZone: 'Asia/Tokyo',
      recipients: ['eve@example.test', 'Fay@example.test'],
      rangeDays: 30,
      atSprintClose: false,
      paused: false,
    });
    expect(localTime(changed.nextRunAt, 'Asia/Tokyo')).toMatch(/ 07:30$/);
    expect(Date.parse(changed.nextRunAt) - Date.now()).toBeLessThanOrEqual(DAY);
    // Only a sprint-close schedule may go without an expression.
    expect(await update(made.id, { cron: null, atSprintClose: true })).toMatchObject({ cron: null, nextRunAt: null, atSprintClose: true });
    // Newest first: the first edit is the last.
    const updated = (await auditOf(made.id)).filter((e: { action: string }) => e.action === 'report_schedule.updated').at(-1);
    expect(updated.details.changes).toMatchObject({
      kind: { from: 'VELOCITY', to: 'HISTORY' },
      cron: { from: '0 9 * * 1', to: '30 7 * * *' },
      timeZone: { from: 'Europe/Berlin', to: 'Asia/Tokyo' },
    });
    await world.gql(`mutation($id: ID!) { deleteReportSchedule(id: $id) }`, { id: made.id }, world.manager);
  });

  test('a paused schedule does not fire; resuming works out its next time from now', async () => {
    const made = await create({ kind: 'VELOCITY', format: 'CSV', recipients: ['gus@example.test'], cron: '0 9 * * 1', timeZone: 'UTC', atSprintClose: true });
    const paused = await update(made.id, { paused: true });
    expect(paused).toMatchObject({ paused: true, nextRunAt: null, cron: '0 9 * * 1' });
    // Its time comes and goes, a month of ticks: nothing.
    for (const days of [0, 7, 30]) await fire(Date.parse(made.nextRunAt) + days * DAY);
    expect(await schedule(made.id)).toMatchObject({ reports: [], lastRunAt: null, nextRunAt: null });
    expect(smtp.to('gus@example.test')).toHaveLength(0);
    // Edited while paused: still paused, still no time.
    expect(await update(made.id, { cron: '0 10 * * 2' })).toMatchObject({ paused: true, nextRunAt: null, cron: '0 10 * * 2' });

    const before = Date.now();
    const resumed = await update(made.id, { paused: false });
    expect(resumed.paused).toBe(false);
    expect(localTime(resumed.nextRunAt, 'UTC')).toBe('Tue 10:00');
    expect(Date.parse(resumed.nextRunAt)).toBeGreaterThan(before);
    expect(Date.parse(resumed.nextRunAt) - before).toBeLessThanOrEqual(7 * DAY);
    await fire(resumed.nextRunAt);
    expect((await schedule(made.id)).reports).toMatchObject([{ kind: 'VELOCITY', format: 'CSV', status: 'READY' }]);
    expect(smtp.to('gus@example.test')).toHaveLength(1);
    expect((await auditOf(made.id)).map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['report_schedule.paused', 'report_schedule.updated', 'report_schedule.resumed']),
    );
    await world.gql(`mutation($id: ID!) { deleteReportSchedule(id: $id) }`, { id: made.id }, world.manager);
  });

  test('runReportSchedule sends it now, paused or not, its cron time unmoved; a retry with its key sends nothing again', async () => {
    const made = await create({ kind: 'SPRINT', format: 'MARKDOWN', recipients: ['hal@example.test', 'ivy@example.test'], cron: '0 9 1 * *' });
    await update(made.id, { paused: true });
    smtp.answer('ivy@example.test', 'RCPT', [550]);
    const { runReportSchedule: reports } = await world.gql(RUN, { id: made.id, key: `run-${made.id}` }, world.manager);
    // The team's active sprint was closed above: its latest closed one.
    expect(reports).toMatchObject([{ kind: 'SPRINT', format: 'MARKDOWN', sprint: { id: active.id }, schedule: { id: made.id } }]);
    await world.router.runtime.jobs.idle();
    expect(smtp.to('hal@example.test')).toHaveLength(1);
    const log = await deliveriesOf({ scheduleId: made.id });
    expect(log.map((d: { recipient: string; status: string }) => [d.recipient, d.status]).sort()).toEqual([
      ['hal@example.test', 'SENT'],
      ['ivy@example.test', 'FAILED'],
    ]);
    expect(await schedule(made.id)).toMatchObject({ paused: true, nextRunAt: null, lastRunAt: expect.any(String) });

    const again = (await world.gql(RUN, { id: made.id, key: `run-${made.id}` }, world.manager)).runReportSchedule;
    expect(again.map((r: { id: string }) => r.id)).toEqual(reports.map((r: { id: string }) => r.id));
    await world.router.runtime.jobs.idle();
    expect(smtp.to('hal@example.test')).toHaveLength(1);
    expect((await auditOf(made.id)).filter((e: { action: string }) => e.action === 'report_schedule.run')).toHaveLength(1);

    const member = await world.router.signIn(world.tenantId, 'MEMBER', { teams: { [world.teamId]: 'MEMBER' } });
    expect(await world.refused(RUN, { id: made.id }, member)).toMatchObject({ code: 'FORBIDDEN' });
    await world.gql(`mutation($id: ID!) { deleteReportSchedule(id: $id) }`, { id: made.id }, world.manager);
  });
});
