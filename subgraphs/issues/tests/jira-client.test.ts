import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { OutgoingPolicy } from '@sprint-reports/core';
import { JiraClient, JiraError, type RetryInfo } from '../src/jira/client.ts';
import type { JiraHistory, JiraIssue } from '../src/jira/types.ts';

/**
 * A tiny JIRA on a real port: each test scripts what it answers, and we check what was asked.
 * Only timing-free assertions: we check that a retry happened and with which delay, not clocks.
 */
interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}
type Handler = (req: Seen, res: ServerResponse) => void | Promise<void>;

let server: Server | undefined;

async function jira(handler: Handler) {
  const seen: Seen[] = [];
  server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const url = new URL(req.url ?? '/', 'http://x');
    const s: Seen = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body };
    seen.push(s);
    await handler(s, res);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, seen };
}

afterEach(async () => {
  if (!server) return;
  server.closeAllConnections();
  server.close();
  server = undefined;
});

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

const TOKEN = 'sekrit-token-123';
// The fake sites listen on this machine: private hosts are allowed here, explicitly.
const outgoing = new OutgoingPolicy({ allowPrivateHosts: true });
afterAll(() => outgoing.close());
const fast = { backoffBaseMs: 1, backoffCapMs: 5, outgoing };
const cloud = (baseUrl: string, extra: Partial<ConstructorParameters<typeof JiraClient>[0]> = {}) =>
  new JiraClient({ baseUrl, flavor: 'CLOUD', email: 'me@example.com', apiToken: TOKEN, ...fast, ...extra });
const server_ = (baseUrl: string, extra: Partial<ConstructorParameters<typeof JiraClient>[0]> = {}) =>
  new JiraClient({ baseUrl, flavor: 'SERVER', apiToken: TOKEN, ...fast, ...extra });

async function failure(p: Promise<unknown>): Promise<JiraError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(JiraError);
  return err as JiraError;
}

const issue = (n: number): JiraIssue => ({ id: String(10000 + n), key: `P-${n}`, fields: { summary: `issue ${n}` } });
const history = (id: number, created: string): JiraHistory => ({
  id: String(id),
  created,
  items: [{ field: 'status', fieldId: 'status', from: '1', fromString: 'Open', to: '3', toString: 'In Progress' }],
});

describe('JiraClient: auth and versions', () => {
  it('Cloud: basic auth with email:token and REST v3; Server: bearer PAT and REST v2', async () => {
    const { baseUrl, seen } = await jira((_req, res) => json(res, 200, { accountId: 'abc', displayName: 'Me', timeZone: 'Europe/Berlin' }));
    const logs: unknown[] = [];
    const log = { debug: (...a: unknown[]) => logs.push(a), warn: (...a: unknown[]) => logs.push(a) } as any;
    expect(await cloud(baseUrl, { log }).myself()).toMatchObject({ accountId: 'abc', timeZone: 'Europe/Berlin' });
    await server_(`${baseUrl}/jira/`).myself();
    expect(seen[0]).toMatchObject({ path: '/rest/api/3/myself' });
    expect(seen[0].headers.authorization).toBe(`Basic ${Buffer.from(`me@example.com:${TOKEN}`).toString('base64')}`);
    expect(seen[0].headers.accept).toBe('application/json');
    // A Server site under a context path keeps it.
    expect(seen[1]).toMatchObject({ path: '/jira/rest/api/2/myself' });
    expect(seen[1].headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(logs.length).toBeGreaterThan(0);
    expect(JSON.stringify(logs)).not.toMatch(/sekrit|authorization|Basic /i);
  });

  it('fields() reads /rest/api/2/field on both flavours; statuses() the flavour version', async () => {
    const { baseUrl, seen } = await jira((_req, res) => json(res, 200, []));
    await cloud(baseUrl).fields();
    await cloud(baseUrl).statuses();
    await server_(baseUrl).statuses();
    expect(seen.map((s) => s.path)).toEqual(['/rest/api/2/field', '/rest/api/3/status', '/rest/api/2/status']);
  });
});

describe('JiraClient: retries', () => {
  it('429 with Retry-After: waits what JIRA asked, then retries', async () => {
    let n = 0;
    const { baseUrl, seen } = await jira((_req, res) =>
      n++ === 0 ? json(res, 429, { message: 'Rate limit exceeded' }, { 'Retry-After': '1' }) : json(res, 200, { accountId: 'a' }),
    );
    const retries: RetryInfo[] = [];
    expect(await cloud(baseUrl, { onRetry: (i) => retries.push(i) }).myself()).toEqual({ accountId: 'a' });
    expect(seen).toHaveLength(2);
    // Retry-After is honoured as sent even though the test's backoff base is 1 ms.
    expect(retries).toEqual([{ attempt: 1, reason: 'rate-limited', status: 429, retryAfterMs: 1000, delayMs: 1000, request: 'GET /rest/api/3/myself' }]);
  });

  it('429 without Retry-After uses X-RateLimit-Reset (here already past: retry at once)', async () => {
    let n = 0;
    const { baseUrl } = await jira((_req, res) => (n++ === 0 ? json(res, 429, {}, { 'X-RateLimit-Reset': '2020-01-01T00:00Z' }) : json(res, 200, {})));
    const retries: RetryInfo[] = [];
    await cloud(baseUrl, { onRetry: (i) => retries.push(i) }).myself();
    expect(retries).toMatchObject([{ reason: 'rate-limited', retryAfterMs: 0, delayMs: 0 }]);
  });

  it('5xx: backs off and retries until JIRA answers', async () => {
    const statuses = [500, 502, 503];
    const { baseUrl, seen } = await jira((_req, res) => {
      const status = statuses.shift();
      return status ? json(res, status, '<html>oops</html>') : json(res, 200, [{ id: '1', name: 'Open' }]);
    });
    const retries: RetryInfo[] = [];
    expect(await cloud(baseUrl, { onRetry: (i) => retries.push(i) }).statuses()).toEqual([{ id: '1', name: 'Open' }]);
    expect(seen).toHaveLength(4);
    expect(retries.map((r) => [r.attempt, r.reason, r.status])).toEqual([
      [1, 'server-error', 500],
      [2, 'server-error', 502],
      [3, 'server-error', 503],
    ]);
    for (const r of retries) expect(r.delayMs).toBeLessThanOrEqual(5); // the configured cap
  });

  it('a 200 with truncated JSON is retried like a 5xx', async () => {
    let n = 0;
    const { baseUrl, seen } = await jira((_req, res) =>
      n++ === 0 ? json(res, 200, '{"issues":[{"id":"1","key":"P-1","fie') : json(res, 200, { issues: [issue(1)] }),
    );
    const retries: RetryInfo[] = [];
    const page = await cloud(baseUrl, { onRetry: (i) => retries.push(i) }).searchPage({ jql: 'project = P', fields: ['summary'], expandChangelog: false });
    expect(page.issues.map((i) => i.key)).toEqual(['P-1']);
    expect(seen).toHaveLength(2);
    expect(retries).toMatchObject([{ reason: 'bad-json', status: 200 }]);
  });

  it('a dropped connection is retried', async () => {
    let n = 0;
    const { baseUrl, seen } = await jira((_req, res) => (n++ === 0 ? void res.socket?.destroy() : json(res, 200, { ok: true })));
    const retries: RetryInfo[] = [];
    expect(await cloud(baseUrl, { onRetry: (i) => retries.push(i) }).myself()).toEqual({ ok: true });
    expect(seen).toHaveLength(2);
    expect(retries).toMatchObject([{ reason: 'network' }]);
  });

  it('once the site has answered, a refused connection is retried before giving up', async () => {
    const { baseUrl } = await jira((_req, res) => json(res, 200, {}));
    const retries: RetryInfo[] = [];
    const c = cloud(baseUrl, { maxAttempts: 3, onRetry: (i) => retries.push(i) });
    await c.myself();
    server!.closeAllConnections();
    server!.close();
    server = undefined;
    const err = await failure(c.myself());
    expect(err.code).toBe('UNREACHABLE');
    expect(err.message).toBe('cannot reach 127.0.0.1 for GET /rest/api/3/myself; gave up after 3 attempts');
    expect(retries.map((r) => r.reason)).toEqual(['network', 'network']);
  });

  it('gives up after maxAttempts with an error naming the request, never the credentials', async () => {
    const { baseUrl, seen } = await jira((_req, res) => json(res, 503, { errorMessages: ['down'] }));
    const err = await failure(cloud(baseUrl, { maxAttempts: 3 }).myself());
    expect(seen).toHaveLength(3);
    expect(err).toMatchObject({ code: 'UNAVAILABLE', status: 503 });
    expect(err.message).toBe('JIRA answered 503 for GET /rest/api/3/myself; gave up after 3 attempts');
    expect(err.transient).toBe(true);

    const bad = await jira((_req, res) => json(res, 200, '{"values": [1, 2'));
    const err2 = await failure(cloud(bad.baseUrl, { maxAttempts: 2 }).boardConfiguration(7));
    expect(err2.code).toBe('BAD_RESPONSE');
    expect(err2.message).toContain('malformed JSON');
    expect(err2.message).toContain('GET /rest/agile/1.0/board/7/configuration');
    for (const e of [err, err2]) expect(`${e.message} ${String(e.cause)}`).not.toContain(TOKEN);
  });

  it('times out a request that never answers, and retries it', async () => {
    const { baseUrl, seen } = await jira(() => undefined /* never answers */);
    const err = await failure(cloud(baseUrl, { timeoutMs: 50, maxAttempts: 2 }).myself());
    expect(err.code).toBe('TIMEOUT');
    expect(err.message).toContain('GET /rest/api/3/myself');
    expect(seen).toHaveLength(2);
  });
});

describe('JiraClient: errors that retrying will not fix', () => {
  it('maps 401, 403, 404 and 400 without retrying', async () => {
    const answers: Record<string, [number, unknown]> = {
      '/rest/api/3/myself': [401, ''],
      '/rest/api/3/status': [403, { errorMessages: ['You do not have the permission to see the specified status.'] }],
      '/rest/agile/1.0/board/9/configuration': [404, { errorMessages: ['Board does not exist or you do not have permission to see it.'] }],
      '/rest/api/3/search/jql': [
        400,
        { errorMessages: ["Field 'sprnt' does not exist or you do not have permission to view it.", 'Second problem.'], errors: {} },
      ],
    };
    const { baseUrl, seen } = await jira((req, res) => json(res, ...answers[req.path]));
    const c = cloud(baseUrl);
    const e401 = await failure(c.myself());
    expect(e401).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    expect(e401.message).toMatch(/^JIRA rejected the credentials/);
    const e403 = await failure(c.statuses());
    expect(e403).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    expect(e403.message).toMatch(/^the JIRA user lacks permission for GET \/rest\/api\/3\/status/);
    expect(await failure(c.boardConfiguration(9))).toMatchObject({ code: 'NOT_FOUND', status: 404 });
    const e400 = await failure(c.searchPage({ jql: 'sprnt = 1', fields: [], expandChangelog: false }));
    expect(e400).toMatchObject({ code: 'BAD_REQUEST', status: 400 });
    expect(e400.message).toContain("Field 'sprnt' does not exist or you do not have permission to view it.; Second problem.");
    expect(seen).toHaveLength(4);
    expect(e400.transient).toBe(false);
  });

  it('Server/DC: a 403 with a CAPTCHA login denial is a credentials problem', async () => {
    const { baseUrl } = await jira((_req, res) =>
      json(res, 403, '', { 'X-Authentication-Denied-Reason': 'CAPTCHA_CHALLENGE; login-url=https://jira/login.jsp' }),
    );
    const err = await failure(server_(baseUrl).myself());
    expect(err.code).toBe('UNAUTHENTICATED');
    expect(err.message).toContain('CAPTCHA');
  });

  it('connection refused on the first request → UNREACHABLE at once, naming the host (not the port)', async () => {
    const { baseUrl } = await jira((_req, res) => json(res, 200, {}));
    server!.close();
    server = undefined;
    const retries: RetryInfo[] = [];
    const err = await failure(cloud(baseUrl, { onRetry: (i) => retries.push(i) }).myself());
    expect(err.code).toBe('UNREACHABLE');
    // No port and no system error code: they would tell a closed port from an open one.
    expect(err.message).toBe('cannot reach 127.0.0.1: check the JIRA base URL');
    expect(retries).toEqual([]);
  });

  it('an unknown host → UNREACHABLE', async () => {
    const err = await failure(cloud('https://no-such-site.invalid').myself());
    expect(err.code).toBe('UNREACHABLE');
    expect(err.message).toMatch(/^cannot reach no-such-site\.invalid/);
  });

  it('a login page (HTML with 200) fails at once instead of being retried as bad JSON', async () => {
    const { baseUrl, seen } = await jira((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<html>Log in</html>');
    });
    expect(await failure(server_(baseUrl).myself())).toMatchObject({ code: 'BAD_RESPONSE' });
    expect(seen).toHaveLength(1);
  });
});

describe('JiraClient: cancellation and concurrency', () => {
  it('an external abort ends a Retry-After wait at once', { timeout: 10_000 }, async () => {
    const { baseUrl } = await jira((_req, res) => json(res, 429, {}, { 'Retry-After': '120' }));
    const ac = new AbortController();
    const err = await failure(cloud(baseUrl, { signal: ac.signal, onRetry: () => ac.abort(new Error('user cancelled')) }).myself());
    expect(err.code).toBe('CANCELLED');
  });

  it('an already aborted signal sends nothing', async () => {
    const { baseUrl, seen } = await jira((_req, res) => json(res, 200, {}));
    const err = await failure(cloud(baseUrl, { signal: AbortSignal.abort() }).myself());
    expect(err.code).toBe('CANCELLED');
    expect(seen).toHaveLength(0);
  });

  it('bounds concurrent requests across calls on one client', async () => {
    let inFlight = 0;
    let max = 0;
    const { baseUrl, seen } = await jira(async (_req, res) => {
      max = Math.max(max, ++inFlight);
      await new Promise((r) => setTimeout(r, 20));
      inFlight--;
      json(res, 200, { id: 1 });
    });
    const c = cloud(baseUrl, { concurrency: 2 });
    await Promise.all(Array.from({ length: 7 }, (_, i) => c.boardConfiguration(i)));
    expect(seen).toHaveLength(7);
    expect(max).toBe(2);
  });
});

describe('JiraClient: paging', () => {
  it('Cloud search: follows nextPageToken; a short middle page is not the last', async () => {
    const pages: Record<string, { issues: JiraIssue[]; nextPageToken?: string }> = {
      '': { issues: [issue(1), issue(2), issue(3)], nextPageToken: 'tok-a' },
      'tok-a': { issues: [issue(4)], nextPageToken: 'tok-b' }, // short, but not the last
      'tok-b': { issues: [issue(5), issue(6)] },
    };
    const { baseUrl, seen } = await jira((req, res) => json(res, 200, pages[req.query.get('nextPageToken') ?? '']));
    const c = cloud(baseUrl);
    const keys: string[] = [];
    let next: { pageToken?: string } | null = {};
    while (next) {
      const page = await c.searchPage({
        jql: 'project = P ORDER BY key',
        fields: ['summary', 'customfield_10020'],
        expandChangelog: true,
        pageToken: next.pageToken,
        maxResults: 3,
      });
      keys.push(...page.issues.map((i) => i.key));
      expect(page.total).toBeUndefined();
      next = page.next;
    }
    expect(keys).toEqual(['P-1', 'P-2', 'P-3', 'P-4', 'P-5', 'P-6']);
    expect(seen.map((s) => s.path)).toEqual(Array(3).fill('/rest/api/3/search/jql'));
    expect(Object.fromEntries(seen[1].query)).toEqual({
      jql: 'project = P ORDER BY key',
      fields: 'summary,customfield_10020',
      maxResults: '3',
      expand: 'changelog',
      nextPageToken: 'tok-a',
    });
  });

  it('Server search: pages by startAt until startAt + issues >= total', async () => {
    const all = [1, 2, 3, 4, 5].map(issue);
    const { baseUrl, seen } = await jira((req, res) => {
      const startAt = Number(req.query.get('startAt'));
      json(res, 200, { startAt, maxResults: 2, total: all.length, issues: all.slice(startAt, startAt + 2) });
    });
    const c = server_(baseUrl);
    const keys: string[] = [];
    let next: { startAt?: number } | null = {};
    while (next) {
      const page = await c.searchPage({ jql: 'project = P', fields: ['summary'], expandChangelog: false, startAt: next.startAt, maxResults: 2 });
      keys.push(...page.issues.map((i) => i.key));
      expect(page.total).toBe(5);
      next = page.next;
    }
    expect(keys).toEqual(['P-1', 'P-2', 'P-3', 'P-4', 'P-5']);
    expect(seen.map((s) => `${s.path}?startAt=${s.query.get('startAt')}`)).toEqual([
      '/rest/api/2/search?startAt=0',
      '/rest/api/2/search?startAt=2',
      '/rest/api/2/search?startAt=4',
    ]);
    expect(seen[0].query.get('expand')).toBeNull();
  });

  it('Server search: an empty page ends paging even if total says more', async () => {
    const { baseUrl } = await jira((_req, res) => json(res, 200, { startAt: 4, maxResults: 2, total: 9, issues: [] }));
    expect((await server_(baseUrl).searchPage({ jql: 'x', fields: [], expandChangelog: false, startAt: 4 })).next).toBeNull();
  });

  it('approximateCount: Cloud POSTs the JQL, Server reads total from an empty search', async () => {
    const { baseUrl, seen } = await jira((req, res) =>
      req.method === 'POST' ? json(res, 200, { count: 1234 }) : json(res, 200, { startAt: 0, maxResults: 0, total: 77, issues: [] }),
    );
    expect(await cloud(baseUrl).approximateCount('project = P')).toBe(1234);
    expect(await server_(baseUrl).approximateCount('project = P')).toBe(77);
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/rest/api/3/search/approximate-count' });
    expect(JSON.parse(seen[0].body)).toEqual({ jql: 'project = P' });
    expect(seen[0].headers['content-type']).toBe('application/json');
    expect(seen[1].path).toBe('/rest/api/2/search');
    expect(seen[1].query.get('maxResults')).toBe('0');
  });

  it('boards and sprints: Agile startAt paging until isLast; Kanban boards have no sprints', async () => {
    const boards = Array.from({ length: 60 }, (_, i) => ({ id: i + 1, name: `B${i + 1}`, type: 'scrum' }));
    const { baseUrl, seen } = await jira((req, res) => {
      const startAt = Number(req.query.get('startAt'));
      const max = Number(req.query.get('maxResults'));
      if (req.path === '/rest/agile/1.0/board') {
        const values = boards.slice(startAt, startAt + max);
        return json(res, 200, { startAt, maxResults: max, isLast: startAt + values.length >= boards.length, values });
      }
      if (req.path === '/rest/agile/1.0/board/2/sprint') return json(res, 400, { errorMessages: ['The board does not support sprints'] });
      const sprints = [
        { id: 7, name: 'S7', state: 'closed' },
        { id: 9, name: 'S8', state: 'active' },
      ];
      return json(res, 200, { startAt, maxResults: 1, isLast: startAt >= 1, values: sprints.slice(startAt, startAt + 1) });
    });
    const c = cloud(baseUrl);
    const got = [];
    for await (const b of c.boards()) got.push(b.id);
    expect(got).toEqual(boards.map((b) => b.id));
    expect(seen.map((s) => s.query.get('startAt'))).toEqual(['0', '50']);
    expect(seen[0].query.get('maxResults')).toBe('50');
    const sprints = [];
    for await (const s of c.sprints(1)) sprints.push(s.id);
    expect(sprints).toEqual([7, 9]);
    const none = [];
    for await (const s of c.sprints(2)) none.push(s);
    expect(none).toEqual([]);
  });
});

describe('JiraClient: complete changelogs', () => {
  const h = [1, 2, 3, 4, 5].map((n) => history(100 + n, `2026-03-0${n}T10:00:00.000+0100`));

  it('Cloud: a capped inline changelog is completed from /issue/{id}/changelog, oldest first', async () => {
    const { baseUrl, seen } = await jira((req, res) => {
      const startAt = Number(req.query.get('startAt'));
      const values = startAt === 0 ? h.slice(0, 3) : h.slice(3);
      json(res, 200, { startAt, maxResults: 100, total: 5, isLast: startAt > 0, values });
    });
    // Search embeds the newest histories first and says there are more.
    const capped: JiraIssue = { ...issue(1), changelog: { startAt: 0, maxResults: 2, total: 5, histories: [h[4], h[3]] } };
    const all = await cloud(baseUrl).fullChangelog(capped);
    expect(all.map((x) => x.id)).toEqual(['101', '102', '103', '104', '105']);
    expect(seen.map((s) => `${s.path}?${s.query}`)).toEqual([
      '/rest/api/3/issue/10001/changelog?startAt=0&maxResults=100',
      '/rest/api/3/issue/10001/changelog?startAt=3&maxResults=100',
    ]);
  });

  it('a complete inline changelog costs no request and comes back oldest first', async () => {
    const { baseUrl, seen } = await jira((_req, res) => json(res, 500, {}));
    const complete: JiraIssue = { ...issue(1), changelog: { startAt: 0, maxResults: 5, total: 5, histories: [...h].reverse() } };
    expect((await cloud(baseUrl).fullChangelog(complete)).map((x) => x.id)).toEqual(['101', '102', '103', '104', '105']);
    expect(seen).toHaveLength(0);
  });

  it('Server: a capped changelog is re-read from the issue with expand=changelog', async () => {
    const { baseUrl, seen } = await jira((_req, res) =>
      json(res, 200, {
        id: '10001',
        key: 'P-1',
        fields: { created: '2026-03-01T09:00:00.000+0100' },
        changelog: { startAt: 0, maxResults: 5, total: 5, histories: [...h].reverse() },
      }),
    );
    const capped: JiraIssue = { ...issue(1), changelog: { startAt: 0, maxResults: 1, total: 5, histories: [h[4]] } };
    expect((await server_(baseUrl).fullChangelog(capped)).map((x) => x.id)).toEqual(['101', '102', '103', '104', '105']);
    expect(seen).toHaveLength(1);
    expect(seen[0].path).toBe('/rest/api/2/issue/10001');
    expect(Object.fromEntries(seen[0].query)).toEqual({ expand: 'changelog', fields: 'created' });
  });

  it('issue(): fetches with expand=changelog and completes the changelog', async () => {
    const { baseUrl, seen } = await jira((req, res) => {
      if (req.path === '/rest/api/3/issue/P-1') return json(res, 200, { ...issue(1), changelog: { startAt: 0, maxResults: 1, total: 2, histories: [h[1]] } });
      return json(res, 200, { startAt: 0, maxResults: 100, total: 2, isLast: true, values: [h[0], h[1]] });
    });
    const got = await cloud(baseUrl).issue('P-1', ['summary', 'status']);
    expect(got.key).toBe('P-1');
    expect(got.changelog).toMatchObject({ total: 2 });
    expect(got.changelog?.histories.map((x) => x.id)).toEqual(['101', '102']);
    expect(Object.fromEntries(seen[0].query)).toEqual({ fields: 'summary,status', expand: 'changelog' });
    expect(seen[1].path).toBe('/rest/api/3/issue/10001/changelog');
  });
});
