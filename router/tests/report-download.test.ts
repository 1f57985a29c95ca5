import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { SignJWT } from 'jose';
import { and, eq } from 'drizzle-orm';
import { asSystem, withTenant } from '@sprint-reports/core';
import { reportsTables } from '@sprint-reports/drizzle';
import { reportsData } from '@sprint-reports/reports';
import { DEFAULT_CLOUD_AUTH, startJiraSim, type JiraSim } from '@sprint-reports/jira-sim';
import { seededRouter, simSite, startTestRouter, tenantNamed, type TestDatabase, type TestRouter, type TestUser } from '@sprint-reports/testing/router';
import { linkKey, unsubscribeUrl } from '../../subgraphs/reports/src/links.ts';

/**
 * `GET /reports/:id/download` on a real router: a signed-in user of the tenant (any role) with
 * their access token, or anyone with the report's short-lived downloadUrl; nobody else, and never
 * another tenant's report. Data: a small JIRA site synced through the router; reports generated
 * through the API.
 */
const TENANT = tenantNamed('report-download');
const OTHER = tenantNamed('report-download-other');

let database: TestDatabase;
let router: TestRouter;
let sim: JiraSim;
let viewer: TestUser;
let sprintId: string;
let otherSprintId: string;
let csvReport: Report;
let pdfReport: Report;

interface Report {
  id: string;
  status: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  downloadUrl: string;
}

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await router.query<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** Generates a report through the API and waits for it (in-process jobs). */
async function generate(input: Record<string, unknown>): Promise<Report> {
  const { generateReport } = await gql(`mutation($input: GenerateReportInput!) { generateReport(input: $input) { id status } }`, { input });
  await router.runtime.jobs.idle();
  const { report } = await gql(`query($id: ID!) { report(id: $id) { id status fileName contentType sizeBytes downloadUrl } }`, { id: generateReport.id });
  expect(report.status).toBe('READY');
  return report;
}

const downloadPath = (id: string) => new URL(`/reports/${id}/download`, router.url).toString();
const get = (url: string, token?: string) => fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const errorOf = async (res: Response) => ((await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] }).errors[0];
const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;
const withToken = (id: string, token: string) => `${downloadPath(id)}?token=${token}`;

/** A download link signed with the tenant's own key, as links.ts signs one, with the claims given. */
async function signLink(tenantId: string, claims: { sub: string; exp: number; tid?: string; use?: string }) {
  const key = await withTenant(database.db, tenantId, (tx) => linkKey(tx, tenantId));
  const { sub, exp, ...rest } = claims;
  return new SignJWT({ tid: tenantId, use: 'download', ...rest })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('sprint-reports')
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(exp)
    .sign(key);
}

beforeAll(async () => {
  ({ database, router } = await seededRouter({}, { router: { tenantId: TENANT } }));
  // Links point at this router (PUBLIC_URL).
  router.runtime.config.publicUrl = `http://127.0.0.1:${router.router.port}`;
  sim = await startJiraSim({ site: simSite('report-download-site', 3, { sprints: 3, issuesPerSprint: 6, issues: 20 }), flavor: 'CLOUD' });
  const { createJiraConnection } = await gql(`mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id } }`, {
    input: {
      name: 'Download sim',
      baseUrl: sim.url,
      flavor: 'CLOUD',
      email: DEFAULT_CLOUD_AUTH.email,
      apiToken: DEFAULT_CLOUD_AUTH.apiToken,
      syncIntervalMinutes: 0,
    },
  });
  await gql(`mutation($c: ID!) { startSync(connectionId: $c) { id } }`, { c: createJiraConnection.id });
  await router.runtime.jobs.idle();
  const { boards } = await gql(`{ boards { sprints { id state } } }`);
  const sprints = boards[0].sprints as { id: string; state: string }[];
  sprintId = sprints.find((s) => s.state === 'CLOSED')!.id;
  otherSprintId = sprints.find((s) => s.state === 'ACTIVE')!.id;

  viewer = await router.signIn(TENANT, 'VIEWER');
  csvReport = await generate({ kind: 'SPRINT', format: 'CSV', sprintId });
  pdfReport = await generate({ kind: 'SPRINT', format: 'PDF', sprintId: otherSprintId });
});

afterAll(async () => {
  await router?.stop();
  await sim?.close();
  await database?.close();
});

describe('a signed-in user downloads with their access token', () => {
  test('a VIEWER of the tenant gets the file: its bytes, type, name, length, and headers that keep it private', async () => {
    const res = await get(downloadPath(csvReport.id), viewer.accessToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-type')).toBe(csvReport.contentType);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${csvReport.fileName}"`);
    expect(csvReport.fileName).toMatch(/^sprint-report-[a-z0-9-]+\.csv$/);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const body = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(body.length);
    expect(body.length).toBe(csvReport.sizeBytes);

    // One row per issue of the sprint's analysis.
    const { sprint } = await gql(`query($id: ID!) { sprint(id: $id) { analysis { issues { key } } } }`, { id: sprintId });
    const rows = parseCsv(body, { columns: true }) as { key: string }[];
    expect(rows.map((r) => r.key).sort()).toEqual(sprint.analysis.issues.map((i: { key: string }) => i.key).sort());
    expect(rows.length).toBeGreaterThan(0);
  });

  test('a binary file (PDF) arrives byte for byte', async () => {
    const res = await get(downloadPath(pdfReport.id), viewer.accessToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(body.length).toBe(pdfReport.sizeBytes);
  });

  test("another tenant's user gets 404 for this tenant's report, as for an id that does not exist", async () => {
    const stranger = await router.signIn(OTHER, 'ADMIN');
    const res = await get(downloadPath(csvReport.id), stranger.accessToken);
    expect(res.status).toBe(404);
    expect(await errorOf(res)).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect((await get(downloadPath(randomUUID()), viewer.accessToken)).status).toBe(404);
  });

  test('no Authorization is 401 (UNAUTHENTICATED); a bad access token is 401 too', async () => {
    const res = await get(downloadPath(csvReport.id));
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await errorOf(res)).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const forged = await get(downloadPath(csvReport.id), `${viewer.accessToken.slice(0, -4)}AAAA`);
    expect(forged.status).toBe(401);
    expect(await errorOf(forged)).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  test('an id that is not a UUID is 400', async () => {
    const res = await get(downloadPath('not-a-report'), viewer.accessToken);
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  test('a report not READY is 409 with its status: QUEUED (nothing made yet) and FAILED (with why)', async () => {
    const queued = randomUUID();
    const failed = randomUUID();
    await withTenant(database.db, TENANT, async (tx) => {
      await reportsData.insertReport(tx, { id: queued, tenantId: TENANT, kind: 'SPRINT', format: 'CSV', sprintId });
      await reportsData.insertReport(tx, {
        id: failed,
        tenantId: TENANT,
        kind: 'SPRINT',
        format: 'CSV',
        sprintId,
        status: 'FAILED',
        error: 'The sprints subgraph did not answer',
      });
    });
    const res = await get(downloadPath(queued), viewer.accessToken);
    expect(res.status).toBe(409);
    expect(await errorOf(res)).toMatchObject({ extensions: { code: 'REPORT_NOT_READY', status: 'QUEUED', progress: 0 } });
    const res2 = await get(downloadPath(failed), viewer.accessToken);
    expect(res2.status).toBe(409);
    const error = await errorOf(res2);
    expect(error).toMatchObject({ extensions: { code: 'REPORT_NOT_READY', status: 'FAILED' } });
    expect(error.message).toContain('The sprints subgraph did not answer');
    // Not READY has no link either.
    const { report } = await gql(`query($id: ID!) { report(id: $id) { downloadUrl } }`, { id: queued });
    expect(report.downloadUrl).toBeNull();
  });
});

describe('anyone with the downloadUrl, for 15 minutes', () => {
  test('the link alone (no Authorization) gets the same bytes as the signed-in user', async () => {
    expect(csvReport.downloadUrl.startsWith(`${router.runtime.config.publicUrl}/reports/${csvReport.id}/download?token=`)).toBe(true);
    const byLink = await get(csvReport.downloadUrl);
    expect(byLink.status).toBe(200);
    expect(byLink.headers.get('content-disposition')).toBe(`attachment; filename="${csvReport.fileName}"`);
    expect(byLink.headers.get('referrer-policy')).toBe('no-referrer');
    const bySignIn = await get(downloadPath(csvReport.id), viewer.accessToken);
    expect(Buffer.from(await byLink.arrayBuffer()).equals(Buffer.from(await bySignIn.arrayBuffer()))).toBe(true);
  });

  test('a tampered token is 404', async () => {
    const token = tokenOf(csvReport.downloadUrl);
    const [header, payload, signature] = token.split('.');
    const flipped = `${header}.${payload}.${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    expect((await get(withToken(csvReport.id, flipped))).status).toBe(404);
    // A payload rewritten to name the other report, signature kept.
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const rewritten = Buffer.from(JSON.stringify({ ...claims, sub: pdfReport.id })).toString('base64url');
    expect((await get(withToken(pdfReport.id, `${header}.${rewritten}.${signature}`))).status).toBe(404);
    expect((await get(withToken(csvReport.id, 'not-a-token'))).status).toBe(404);
  });

  test("report A's token on report B's URL is 404", async () => {
    const res = await get(withToken(pdfReport.id, tokenOf(csvReport.downloadUrl)));
    expect(res.status).toBe(404);
    expect(await errorOf(res)).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });

  test('an expired token is 404; the same token unexpired works (so the token is built right)', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await signLink(TENANT, { sub: csvReport.id, exp: now - 60 });
    expect((await get(withToken(csvReport.id, expired))).status).toBe(404);
    const fresh = await signLink(TENANT, { sub: csvReport.id, exp: now + 60 });
    expect((await get(withToken(csvReport.id, fresh))).status).toBe(200);
  });

  test("never another tenant's report: a link naming another tenant, or signed with another tenant's key, is 404", async () => {
    const now = Math.floor(Date.now() / 1000);
    // Signed by the other tenant's key for this tenant's report: it names the other tenant, where the report is not.
    const otherKey = await signLink(OTHER, { sub: csvReport.id, exp: now + 60 });
    expect((await get(withToken(csvReport.id, otherKey))).status).toBe(404);
    // Names this tenant but signed with the other's key.
    const key = await withTenant(database.db, OTHER, (tx) => linkKey(tx, OTHER));
    const forged = await new SignJWT({ tid: TENANT, use: 'download' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('sprint-reports')
      .setSubject(csvReport.id)
      .setExpirationTime(now + 60)
      .sign(key);
    expect((await get(withToken(csvReport.id, forged))).status).toBe(404);
    // A link for another use (unsubscribe) does not download.
    const otherUse = await signLink(TENANT, { sub: csvReport.id, exp: now + 60, use: 'unsubscribe' });
    expect((await get(withToken(csvReport.id, otherUse))).status).toBe(404);
  });

  test('a forged link naming a tenant that never signed one is 404 and writes nothing (no key is made for it)', async () => {
    const stranger = randomUUID();
    const forged = await new SignJWT({ tid: stranger, use: 'download' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('sprint-reports')
      .setSubject(csvReport.id)
      .sign(new Uint8Array(32));
    expect((await get(withToken(csvReport.id, forged))).status).toBe(404);
    const keys = await asSystem(database.db, (tx) => tx.select().from(reportsTables.linkKeys).where(eq(reportsTables.linkKeys.tenantId, stranger)));
    expect(keys).toEqual([]);
  });

  test('downloads count against the rate limit like GraphQL requests: by IP for a link (429 with Retry-After)', async () => {
    const limited = await startTestRouter(database, { config: { rateLimitPerMinute: 3 } });
    try {
      const url = `http://127.0.0.1:${limited.router.port}/reports/${csvReport.id}/download?token=${tokenOf(csvReport.downloadUrl)}`;
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await fetch(url)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const res = await fetch(url);
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.stop();
    }
  });
});

describe('unsubscribe links: a page to confirm, a POST to act', () => {
  /** An unsubscribe link as report emails carry them (links.ts), pointing at this router. */
  const linkFor = async (email: string, scheduleId: string | null) => {
    const key = await withTenant(database.db, TENANT, (tx) => linkKey(tx, TENANT));
    return unsubscribeUrl(key, router.runtime.config.publicUrl, TENANT, email, scheduleId);
  };
  const unsubscribed = (email: string) =>
    withTenant(database.db, TENANT, (tx) =>
      tx
        .select({ scheduleId: reportsTables.unsubscribes.scheduleId })
        .from(reportsTables.unsubscribes)
        .where(and(eq(reportsTables.unsubscribes.tenantId, TENANT), eq(reportsTables.unsubscribes.email, email))),
    );
  const post = (url: string, body = 'List-Unsubscribe=One-Click') =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });

  test('GET shows the address and a button that POSTs to the same link, and unsubscribes nobody (link scanners fetch GETs)', async () => {
    const link = await linkFor('erin@example.test', null);
    const res = await fetch(link);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain('erin@example.test');
    expect(html).toContain('all report emails from this organisation');
    const action = /<form method="post" action="([^"]+)">/.exec(html)![1].replaceAll('&#38;', '&');
    expect(new URL(action, link).toString()).toBe(link);
    expect(html).toContain('<button type="submit">Unsubscribe</button>');
    // Self-contained: nothing loaded from elsewhere.
    expect(html).not.toMatch(/\b(src|href)\s*=|url\(|https?:/i);
    expect(await unsubscribed('erin@example.test')).toEqual([]);
  });

  test("POST (the page's form, or a mail client's RFC 8058 one-click) unsubscribes, and again changes nothing", async () => {
    const link = await linkFor('erin@example.test', null);
    const res = await post(link);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('You will no longer receive any report emails from this organisation at <strong>erin@example.test</strong>');
    expect(await unsubscribed('erin@example.test')).toEqual([{ scheduleId: null }]);
    expect((await post(link, '')).status).toBe(200);
    expect(await unsubscribed('erin@example.test')).toEqual([{ scheduleId: null }]);
  });

  test("a schedule's link names the schedule; the address is escaped in the page", async () => {
    const scheduleId = randomUUID();
    const email = "o'brien+<reports>@example.test";
    const link = await linkFor(email, scheduleId);
    const page = await (await fetch(link)).text();
    // The schedule as the reports subgraph describes it (this one's id names none any more).
    expect(page).toContain('a report schedule that has since been deleted');
    expect(page).toContain('o&#39;brien+&lt;reports&gt;@example.test');
    expect(page).not.toContain('<reports>');
    const res = await post(link);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('a report schedule that has since been deleted');
    expect(await unsubscribed(email)).toEqual([{ scheduleId }]);
  });

  test('a damaged or forged link is refused (400) and unsubscribes nobody', async () => {
    const link = await linkFor('fay@example.test', null);
    const base = new URL('/reports/unsubscribe', router.url).toString();
    for (const url of [base, `${base}?token=garbage`]) {
      expect((await fetch(url)).status).toBe(400);
      expect((await post(url)).status).toBe(400);
    }
    const forged = `${link.slice(0, -4)}AAAA`;
    const res = await post(forged);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('This link does not work');
    // The page that asks to confirm shows only what a valid signature vouches for: a forged link's address is not shown.
    const shown = await fetch(forged);
    expect(shown.status).toBe(400);
    expect(await shown.text()).not.toContain('fay@example.test');
    // A download link is not an unsubscribe link.
    expect((await post(`${base}?token=${tokenOf(csvReport.downloadUrl)}`)).status).toBe(400);
    expect(await unsubscribed('fay@example.test')).toEqual([]);
  });
});
