import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { withTenant } from '@sprint-reports/core';
import { startTestRouter } from '@sprint-reports/testing/router';
import { afterFailure } from '../src/email/deliveries.ts';
import { GENERATE_JOB, reportsData, SCHEDULES_JOB } from '../src/index.ts';
import { percent, points } from '../src/render/format.ts';
import { headlineOf, listUnsubscribe, PUBLIC_URL, rawHeader, startReportsWorld, startSmtpSink, type ReportsWorld, type SmtpSink } from './email-fixture.ts';

/**
 * Report emails through a real router and a real SMTP server started here: emailReport of a READY
 * report, the message as it arrives (subject, the analysis's numbers, the attachment's bytes, the
 * unsubscribe headers), the delivery log, retries with backoff (4xx) and no retries (5xx), an
 * ad-hoc recipient who unsubscribes, and email being off without SMTP_URL.
 */
const NAME = 'report-email';

let smtp: SmtpSink;
let world: ReportsWorld;
let sprint: { id: string; name: string; analysis: { committedPoints: number; completedPoints: number; sayDoRatio: number | null } };
let reportId: string;

const DELIVERY = 'id recipient status attempts smtpResponse messageId createdAt lastAttemptAt nextAttemptAt sentAt report { id } schedule { id }';

async function readyReport(format: string): Promise<{ id: string; fileName: string; contentType: string }> {
  const { generateReport } = await world.gql(`mutation($input: GenerateReportInput!) { generateReport(input: $input) { id } }`, {
    input: { kind: 'SPRINT', format, sprintId: sprint.id },
  });
  await world.router.runtime.jobs.idle();
  const { report } = await world.gql(`query($id: ID!) { report(id: $id) { id status fileName contentType } }`, { id: generateReport.id });
  expect(report.status).toBe('READY');
  return report;
}

async function emailReport(id: string, to: string[]) {
  const { emailReport: deliveries } = await world.gql(
    `mutation($id: ID!, $to: [String!]!) { emailReport(reportId: $id, to: $to) { ${DELIVERY} } }`,
    { id, to },
    world.manager,
  );
  await world.router.runtime.jobs.idle();
  return deliveries as { id: string; recipient: string; status: string }[];
}

async function deliveriesOf(id: string) {
  const { reportDeliveries } = await world.gql(`query($id: ID!) { reportDeliveries(reportId: $id) { ${DELIVERY} } }`, { id }, world.manager);
  return reportDeliveries as {
    id: string;
    recipient: string;
    status: string;
    attempts: number;
    smtpResponse: string | null;
    messageId: string | null;
    nextAttemptAt: string | null;
    sentAt: string | null;
    lastAttemptAt: string | null;
  }[];
}

/** A SPRINT report recorded as generateReport records it (QUEUED), without queuing its generation. */
async function queuedReport(sprintId: string): Promise<string> {
  const id = randomUUID();
  await withTenant(world.router.database.db, world.tenantId, (tx) =>
    reportsData.insertReport(tx, { id, tenantId: world.tenantId, kind: 'SPRINT', format: 'CSV', sprintId, boardId: world.boardId, teamId: world.teamId }),
  );
  return id;
}

const byRecipient = <T extends { recipient: string }>(rows: T[]) => Object.fromEntries(rows.map((r) => [r.recipient, r]));

beforeAll(async () => {
  smtp = await startSmtpSink();
  world = await startReportsWorld(NAME, 31, { smtpUrl: smtp.url, mailRetryDelayMs: 5 });
  const { board } = await world.gql(
    `query($id: ID!) { board(id: $id) { sprints { id name state analysis { committedPoints completedPoints sayDoRatio } } } }`,
    { id: world.boardId },
  );
  sprint = board.sprints.filter((s: { state: string }) => s.state === 'CLOSED').at(-1);
  expect(sprint.analysis.committedPoints).toBeGreaterThan(0);
  reportId = (await readyReport('PDF')).id;
});

afterAll(async () => {
  await world?.close();
  await smtp?.close();
});

describe('emailReport', () => {
  test('the message arrives: the sprint in the subject, the analysis in the body, the file attached, an unsubscribe link', async () => {
    const { report } = await world.gql(`query($id: ID!) { report(id: $id) { fileName contentType } }`, { id: reportId });
    const deliveries = await emailReport(reportId, ['ann@example.test']);
    expect(deliveries).toMatchObject([{ recipient: 'ann@example.test', status: 'PENDING', attempts: 0, report: { id: reportId }, schedule: null }]);

    const [message] = smtp.to('ann@example.test');
    expect(smtp.to('ann@example.test')).toHaveLength(1);
    const { mail } = message;
    expect(mail.subject).toBe(`Sprint report: ${sprint.name}`);
    expect(mail.from?.value).toEqual([{ name: 'Sprint Reports', address: 'reports@localhost' }]);

    // The headline numbers are the analysis's, formatted as every report format shows them.
    const figures = headlineOf(String(mail.html));
    const committed = Object.entries(figures).find(([label]) => label.startsWith('Committed'))?.[1];
    const completed = Object.entries(figures).find(([label]) => label.startsWith('Completed'))?.[1];
    expect([committed, completed, figures['Say/do ratio']]).toEqual([
      points(sprint.analysis.committedPoints),
      points(sprint.analysis.completedPoints),
      percent(sprint.analysis.sayDoRatio),
    ]);
    expect(mail.text).toContain(`The full report is attached: ${report.fileName}.`);
    expect(mail.text).toMatch(new RegExp(`Committed \\(\\w+\\)\\s+${points(sprint.analysis.committedPoints)}\\n`));
    // The download link expires within minutes: the file travels with the message instead.
    expect(String(mail.html)).not.toContain('/download');

    // The attachment is the report's document, byte for byte.
    expect(mail.attachments).toHaveLength(1);
    const [attachment] = mail.attachments;
    const stored = await withTenant(world.router.database.db, world.tenantId, async (tx) => {
      const [row] = await reportsData.reportsByIds(tx, world.tenantId, [reportId]);
      return reportsData.documentById(tx, world.tenantId, row!.documentId!);
    });
    expect([attachment.filename, attachment.contentType]).toEqual([report.fileName, report.contentType]);
    expect(stored?.fileName).toBe(report.fileName);
    expect(attachment.content.equals(stored!.content)).toBe(true);
    expect(attachment.content.subarray(0, 5).toString()).toBe('%PDF-');

    // RFC 8058: one-click unsubscribe, to this address's own link; the same link in the footer.
    const link = listUnsubscribe(mail);
    expect(link.startsWith(`${PUBLIC_URL}/reports/unsubscribe?token=`)).toBe(true);
    expect(rawHeader(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(String(mail.html)).toContain(`href="${link}"`);
    expect(mail.text).toContain(link);
  });

  test('emailReport retried with its idempotencyKey answers the first deliveries and sends nothing again', async () => {
    const { id } = await readyReport('CSV');
    const send = `mutation($id: ID!, $to: [String!]!, $key: String) { emailReport(reportId: $id, to: $to, idempotencyKey: $key) { id recipient } }`;
    const first = await world.gql(send, { id, to: ['ida@example.test'], key: 'email-ida' }, world.manager);
    await world.router.runtime.jobs.idle();
    const again = await world.gql(send, { id, to: ['ida@example.test'], key: 'email-ida' }, world.manager);
    await world.router.runtime.jobs.idle();
    expect(again).toEqual(first);
    expect(smtp.to('ida@example.test')).toHaveLength(1);
    expect(await deliveriesOf(id)).toHaveLength(1);
  });

  test('the delivery log: SENT after one attempt, with the SMTP answer and the message id', async () => {
    const [delivery] = await deliveriesOf(reportId);
    const [{ mail }] = smtp.to('ann@example.test');
    expect(delivery).toMatchObject({ recipient: 'ann@example.test', status: 'SENT', attempts: 1, messageId: mail.messageId, nextAttemptAt: null });
    expect(delivery.smtpResponse).toMatch(/^250 /);
    expect(Date.parse(delivery.sentAt!)).toBeGreaterThanOrEqual(Date.parse(delivery.lastAttemptAt!));
    const { report } = await world.gql(`query($id: ID!) { report(id: $id) { deliveries { id status } } }`, { id: reportId }, world.manager);
    expect(report.deliveries).toEqual([{ id: delivery.id, status: 'SENT' }]);
  });

  test('retries with backoff: a 4xx is tried again, a 5xx is not, five 4xx in a row give up', async () => {
    smtp.answer('flaky@example.test', 'DATA', [451]);
    smtp.answer('refused@example.test', 'RCPT', [550]);
    smtp.answer('busy@example.test', 'RCPT', [451, 451, 451, 451, 451, 451]);
    await emailReport(reportId, ['flaky@example.test', 'refused@example.test', 'busy@example.test']);

    const log = byRecipient(await deliveriesOf(reportId));
    expect(log['flaky@example.test']).toMatchObject({ status: 'SENT', attempts: 2, nextAttemptAt: null });
    expect(log['flaky@example.test'].smtpResponse).toMatch(/^250 /);
    expect(smtp.to('flaky@example.test')).toHaveLength(1);

    expect(log['refused@example.test']).toMatchObject({ status: 'FAILED', attempts: 1, nextAttemptAt: null, sentAt: null });
    expect(log['refused@example.test'].smtpResponse).toMatch(/^550 /);
    expect(smtp.tries('refused@example.test')).toBe(1);

    expect(log['busy@example.test']).toMatchObject({ status: 'FAILED', attempts: 5, nextAttemptAt: null, sentAt: null });
    expect(log['busy@example.test'].smtpResponse).toMatch(/^451 /);
    expect(smtp.tries('busy@example.test')).toBe(5);
    expect(smtp.to('refused@example.test').length + smtp.to('busy@example.test').length).toBe(0);
  });

  test('a report still being made is emailed once it is READY; one that fails fails its emails', async () => {
    // Reports recorded as generateReport records them, their generation queued by the test when it wants.
    const queued = await queuedReport(sprint.id);
    const { emailReport: deliveries } = await world.gql(
      `mutation($id: ID!, $to: [String!]!) { emailReport(reportId: $id, to: $to) { status } }`,
      { id: queued, to: ['Cat@Example.test', 'cat@example.test'] },
      world.manager,
    );
    await world.router.runtime.jobs.idle();
    expect(deliveries).toEqual([{ status: 'PENDING' }]);
    expect(await deliveriesOf(queued)).toMatchObject([{ recipient: 'Cat@Example.test', status: 'PENDING', attempts: 0 }]);
    expect(smtp.to('cat@example.test')).toHaveLength(0);

    await world.router.runtime.jobs.enqueue(GENERATE_JOB, { tenantId: world.tenantId, reportId: queued });
    await world.router.runtime.jobs.idle();
    expect(await deliveriesOf(queued)).toMatchObject([{ recipient: 'Cat@Example.test', status: 'SENT', attempts: 1 }]);
    const [{ mail }] = smtp.to('cat@example.test');
    expect(mail.attachments[0].contentType).toMatch(/^text\/csv/);

    // A sprint that is not there: the report fails, and so do its emails, with its error.
    const doomed = await queuedReport(randomUUID());
    await emailReport(doomed, ['eve@example.test']);
    await world.router.runtime.jobs.enqueue(GENERATE_JOB, { tenantId: world.tenantId, reportId: doomed });
    await world.router.runtime.jobs.idle();
    const { report } = await world.gql(`query($id: ID!) { report(id: $id) { status error } }`, { id: doomed });
    expect(report.status).toBe('FAILED');
    expect(await deliveriesOf(doomed)).toMatchObject([
      { recipient: 'eve@example.test', status: 'FAILED', attempts: 0, smtpResponse: `The report failed: ${report.error}` },
    ]);
    expect(smtp.tries('eve@example.test')).toBe(0);

    // And a failed report has nothing to send.
    const send = `mutation($id: ID!, $to: [String!]!) { emailReport(reportId: $id, to: $to) { id } }`;
    expect(await world.refused(send, { id: doomed, to: ['ann@example.test'] }, world.manager)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining(report.error),
    });
  });

  test('an ad-hoc recipient who unsubscribes gets no more report emails from the organisation', async () => {
    await emailReport(reportId, ['dan@example.test']);
    const link = listUnsubscribe(smtp.to('dan@example.test')[0].mail);
    const done = await world.unsubscribe(link);
    expect(done.status).toBe(200);
    expect(done.body).toContain('dan@example.test');
    // Following it again changes nothing.
    expect((await world.unsubscribe(link)).status).toBe(200);

    const [again] = await emailReport(reportId, ['dan@example.test']);
    expect(again.status).toBe('UNSUBSCRIBED');
    expect((await deliveriesOf(reportId)).find((d) => d.id === again.id)).toMatchObject({ recipient: 'dan@example.test', status: 'UNSUBSCRIBED', attempts: 0 });
    expect(smtp.to('dan@example.test')).toHaveLength(1);

    // A link whose signature does not hold unsubscribes nobody.
    const forged = `${link.slice(0, -4)}AAAA`;
    expect((await world.unsubscribe(forged)).status).toBe(400);
  });

  test('the addresses are checked, the report must not have failed, and only its team managers may send it', async () => {
    const send = `mutation($id: ID!, $to: [String!]!) { emailReport(reportId: $id, to: $to) { id } }`;
    expect(await world.refused(send, { id: reportId, to: ['ann@example.test', 'not an address'] }, world.manager)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('"not an address"'),
    });
    expect(await world.refused(send, { id: reportId, to: [] }, world.manager)).toMatchObject({ code: 'BAD_USER_INPUT' });
    const many = Array.from({ length: 51 }, (_, i) => `r${i}@example.test`);
    expect(await world.refused(send, { id: reportId, to: many }, world.manager)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/At most 50/),
    });

    const otherManager = await world.router.signIn(world.tenantId, 'MANAGER');
    expect(await world.refused(send, { id: reportId, to: ['ann@example.test'] }, otherManager)).toMatchObject({ code: 'FORBIDDEN' });
    const member = await world.router.signIn(world.tenantId, 'MEMBER', { teams: { [world.teamId]: 'MEMBER' } });
    expect(await world.refused(send, { id: reportId, to: ['ann@example.test'] }, member)).toMatchObject({ code: 'FORBIDDEN' });
    // Nor read its log.
    expect(await world.refused(`query($id: ID!) { reportDeliveries(reportId: $id) { id } }`, { id: reportId }, otherManager)).toMatchObject({
      code: 'FORBIDDEN',
    });
    const { reportDeliveries } = await world.gql(`{ reportDeliveries { id } }`, {}, otherManager);
    expect(reportDeliveries).toEqual([]);
  });
});

describe('retries', () => {
  test('each retry waits twice as long as the one before, from MAIL_RETRY_DELAY_MS; a 5xx and the fifth attempt are final', () => {
    const now = new Date('2026-03-02T10:00:00Z');
    const later = Object.assign(new Error("Can't send mail"), { responseCode: 451, response: '451 Try later' });
    expect([1, 2, 3, 4].map((attempts) => afterFailure(later, attempts, 60_000, now))).toEqual(
      [1, 2, 4, 8].map((minutes) => ({ status: 'RETRYING', smtpResponse: '451 Try later', nextAttemptAt: new Date(now.getTime() + minutes * 60_000) })),
    );
    expect(afterFailure(later, 5, 60_000, now)).toEqual({ status: 'FAILED', smtpResponse: '451 Try later', nextAttemptAt: null });
    const never = Object.assign(new Error("Can't send mail"), { responseCode: 550, response: '550 No such user' });
    expect(afterFailure(never, 1, 60_000, now)).toEqual({ status: 'FAILED', smtpResponse: '550 No such user', nextAttemptAt: null });
    // The server unreachable: no SMTP answer, the error's message; tried again.
    expect(afterFailure(new Error('connect ECONNREFUSED 127.0.0.1:25'), 1, 60_000, now)).toEqual({
      status: 'RETRYING',
      smtpResponse: 'connect ECONNREFUSED 127.0.0.1:25',
      nextAttemptAt: new Date(now.getTime() + 60_000),
    });
  });

  test('the minute tick sends what a restart lost: a retry that is due with no job queued for it', async () => {
    // As an in-process runner leaves it when the process stops before a delayed retry's time.
    const [lost] = await withTenant(world.router.database.db, world.tenantId, (tx) =>
      reportsData.insertDeliveries(tx, [
        {
          id: randomUUID(),
          tenantId: world.tenantId,
          reportId,
          recipient: 'fay@example.test',
          status: 'RETRYING',
          attempts: 1,
          smtpResponse: '451 Try later',
          nextAttemptAt: new Date(Date.now() - 1000),
        },
      ]),
    );
    await world.router.runtime.jobs.enqueue(SCHEDULES_JOB, {});
    await world.router.runtime.jobs.idle();
    expect((await deliveriesOf(reportId)).find((d) => d.id === lost.id)).toMatchObject({ status: 'SENT', attempts: 2 });
    expect(smtp.to('fay@example.test')).toHaveLength(1);
  });
});

describe('without SMTP_URL', () => {
  test('emailReport answers that email is off, with its code; reportEmailEnabled says so beforehand', async () => {
    // A second router over the same database, configured without SMTP_URL.
    const router = await startTestRouter(world.router.database, { tenantId: world.tenantId });
    try {
      const res = await router.query(`mutation($id: ID!) { emailReport(reportId: $id, to: ["ann@example.test"]) { id } }`, {
        id: '00000000-0000-4000-8000-000000000000',
      });
      expect(res.errors?.[0]).toMatchObject({ message: 'Email is off: this server has no SMTP_URL', extensions: { code: 'PRECONDITION_FAILED' } });
      const schedule = await router.query(
        `mutation { createReportSchedule(input: { teamId: "00000000-0000-4000-8000-000000000000", kind: SPRINT, format: PDF, recipients: ["ann@example.test"], atSprintClose: true }) { id } }`,
      );
      expect(schedule.errors?.[0]).toMatchObject({ extensions: { code: 'PRECONDITION_FAILED' } });
      // What a page asks first, to offer no control that could only fail.
      expect((await router.query(`{ reportEmailEnabled }`)).data).toEqual({ reportEmailEnabled: false });
      expect(await world.gql(`{ reportEmailEnabled }`)).toEqual({ reportEmailEnabled: true });
    } finally {
      await router.stop();
    }
  });
});
