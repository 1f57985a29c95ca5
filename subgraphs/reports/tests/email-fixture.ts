import { expect } from 'vitest';
import type { ParsedMail } from 'mailparser';
import type { Config } from '@sprint-reports/core';
import { DEFAULT_CLOUD_AUTH, startJiraSim, type JiraSim } from '@sprint-reports/jira-sim';
import { createTestDatabase, simSite, startTestRouter, tenantNamed, type TestRouter, type TestUser } from '@sprint-reports/testing/router';
import { SCHEDULES_JOB } from '../src/index.ts';

export { startSmtpSink, type ReceivedMail, type SmtpSink } from '@sprint-reports/testing/router';

/**
 * What the email tests share: a real SMTP server (startSmtpSink, now in @sprint-reports/testing),
 * and a tenant with a JIRA simulator synced through a real router, a team "Atlas" owning the board, and its manager.
 */

/** Where links in emails point (PUBLIC_URL); the tests follow them to the router itself. */
export const PUBLIC_URL = 'https://reports.example.test';

export interface ReportsWorld {
  tenantId: string;
  database: Awaited<ReturnType<typeof createTestDatabase>>;
  router: TestRouter;
  sim: JiraSim;
  teamId: string;
  boardId: string;
  manager: TestUser;
  webhookUrl: string;
  /** Runs an operation as the tenant's admin (or `as`) and fails on errors. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, as?: TestUser): Promise<T>;
  /** The first error of an operation that must fail. */
  refused(query: string, variables?: Record<string, unknown>, as?: TestUser): Promise<{ message: string; code?: string; field?: unknown }>;
  /** Follows an unsubscribe link the way a mail client's one-click does: a POST to the router's route with the link's token. */
  unsubscribe(link: string): Promise<{ status: number; body: string }>;
  close(): Promise<void>;
}

export const WEBHOOK_SECRET = 'report-email-webhook-secret';

/** A tenant with a synced JIRA site (one board, a closed, an active and a future sprint at least) and team Atlas owning the board. */
export async function startReportsWorld(name: string, seed: number, config: Partial<Config>): Promise<ReportsWorld> {
  const tenantId = tenantNamed(name);
  const database = await createTestDatabase();
  const router = await startTestRouter(database, { tenantId, config: { publicUrl: PUBLIC_URL, ...config } });
  // The tests fire schedules themselves (runDueSchedules): the minute tick stays out of their way.
  await router.runtime.jobs.unrepeat(SCHEDULES_JOB, 'tick');
  const sim = await startJiraSim({ site: simSite(`${name}-site`, seed, { sprints: 4, issuesPerSprint: 8, issues: 40 }), flavor: 'CLOUD' });

  const gql = async <T = any>(query: string, variables: Record<string, unknown> = {}, as?: TestUser): Promise<T> => {
    const res = as ? await router.as(as)<T>(query, variables) : await router.query<T>(query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const refused = async (query: string, variables: Record<string, unknown> = {}, as?: TestUser) => {
    const res = as ? await router.as(as)(query, variables) : await router.query(query, variables);
    expect(res.errors, 'the operation should have failed').toBeDefined();
    const [error] = res.errors!;
    return { message: error.message, code: error.extensions?.code, field: error.extensions?.field };
  };

  const { createJiraConnection } = await gql(`mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id webhookPath } }`, {
    input: {
      name: 'Email sim',
      baseUrl: sim.url,
      flavor: 'CLOUD',
      email: DEFAULT_CLOUD_AUTH.email,
      apiToken: DEFAULT_CLOUD_AUTH.apiToken,
      webhookSecret: WEBHOOK_SECRET,
      syncIntervalMinutes: 0,
    },
  });
  const { startSync } = await gql(`mutation($c: ID!) { startSync(connectionId: $c) { id } }`, { c: createJiraConnection.id });
  await router.runtime.jobs.idle();
  expect((await gql(`query($id: ID!) { syncRun(id: $id) { status errors } }`, { id: startSync.id })).syncRun).toEqual({ status: 'SUCCEEDED', errors: [] });

  const { boards } = await gql(`{ boards { id } }`);
  const { createTeam } = await gql(`mutation { createTeam(name: "Atlas") { id } }`);
  await gql(`mutation($b: ID!, $t: ID) { setBoardTeam(boardId: $b, teamId: $t) { id } }`, { b: boards[0].id, t: createTeam.id });
  const manager = await router.signIn(tenantId, 'MANAGER', { teams: { [createTeam.id]: 'MANAGER' } });
  const origin = new URL(router.url).origin;

  return {
    tenantId,
    database,
    router,
    sim,
    teamId: createTeam.id,
    boardId: boards[0].id,
    manager,
    webhookUrl: new URL(createJiraConnection.webhookPath, router.url).toString(),
    gql,
    refused,
    async unsubscribe(link) {
      const url = new URL(link);
      expect(`${url.origin}${url.pathname}`).toBe(`${PUBLIC_URL}/reports/unsubscribe`);
      const res = await fetch(`${origin}${url.pathname}${url.search}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      return { status: res.status, body: await res.text() };
    },
    async close() {
      await router.stop();
      await sim.close();
      await database.close();
    },
  };
}

/** A header's value as sent, unfolded (mailparser merges the List-* headers into one object). */
export function rawHeader(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line?.replace(/\r?\n[ \t]+/g, '').replace(/^[^:]+:\s*/, '');
}

/** The link in a message's List-Unsubscribe header (RFC 2369: `<url>`). */
export function listUnsubscribe(mail: ParsedMail): string {
  const line = rawHeader(mail, 'List-Unsubscribe') ?? '';
  const match = /^<([^>]+)>$/.exec(line);
  expect(match, `List-Unsubscribe in ${line}`).not.toBeNull();
  return match![1];
}

/** The headline figures of a report email's HTML body, by label. */
export function headlineOf(html: string): Record<string, string> {
  const rows = [...html.matchAll(/<tr><th[^>]*>([^<]*)<\/th><td[^>]*>([^<]*)<\/td><\/tr>/g)];
  return Object.fromEntries(rows.map(([, label, value]) => [label, value]));
}
