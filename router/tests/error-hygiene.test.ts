import { Writable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLogger } from '@sprint-reports/core';
import { createTestDatabase, seededRouter, smallTeam, testDatabaseUrl, type TestRouter } from '@sprint-reports/testing/router';

/**
 * What a client sees when something goes wrong, in production mode: a coded GraphQL error in JSON,
 * never SQL, table names, parameter values, a stack or Express's HTML page. An internal failure
 * answers INTERNAL_SERVER_ERROR with a request id that the server's logs carry with the detail.
 */

/** Text that would betray the database, the driver or the code. */
const LEAKS =
  /insert into|select |params:|Failed query|"users"\.|users\.teams|tenant_id|relation "|PostgresError|DrizzleQueryError|\.ts:\d+|node_modules|<html|<!DOCTYPE/i;

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let router: TestRouter;
const logLines: Record<string, unknown>[] = [];
const capture = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});

beforeAll(async () => {
  ({ database, router } = await seededRouter(
    { hygiene: [smallTeam('Atlas', { members: 2, sprints: 2, issuesPerSprint: 3, issues: 10 })] },
    { router: { config: { production: true }, log: createLogger('info', 'router', capture) } },
  ));
});
afterAll(async () => {
  await router?.stop();
  await database?.close();
});

/** POSTs a raw body to a path of the router; the status, headers and text of the answer. */
async function raw(path: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
  const res = await fetch(new URL(path, router.url), init);
  return { status: res.status, headers: res.headers, text: await res.text() };
}

const teamNames = async () => ((await router.query('{ teams { name } }')).data.teams as { name: string }[]).map((t) => t.name).sort();

describe('string inputs: control characters and sizes', () => {
  test('a NUL byte in a name is BAD_USER_INPUT naming the field, with nothing of the database in the answer, and nothing stored', async () => {
    const before = await teamNames();
    const res = await router.request('mutation($n: String!) { createTeam(name: $n) { id } }', { n: 'Nul\u0000Team' });
    expect(JSON.stringify(res.body)).not.toMatch(LEAKS);
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        message: 'name contains a control character (U+0000); use printable text on one line',
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'name' }),
      }),
    ]);
    // In a nested input and in a list too.
    const nested = await router.query('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
      i: { email: 'nul@hygiene.test', displayName: 'Bell\u0007' },
    });
    expect(nested.errors?.[0]).toMatchObject({
      message: 'input.displayName contains a control character (U+0007); use printable text on one line',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.displayName' },
    });
    const listed = await router.query('mutation($n: [String!]!) { setDisciplines(names: $n) }', { n: ['Backend', 'Front\u0000end'] });
    expect(listed.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'names.1' } });
    expect(await teamNames()).toEqual(before);
  });

  test('a 900,000-character value is refused with the field and its limit, and is not stored', async () => {
    const before = await teamNames();
    const res = await router.request('mutation($n: String!) { createTeam(name: $n) { id } }', { n: 'x'.repeat(900_000) });
    expect(JSON.stringify(res.body)).not.toMatch(LEAKS);
    expect(res.body.errors?.[0]).toMatchObject({
      message: 'name is 900000 characters long; at most 200 are allowed',
      extensions: { code: 'BAD_USER_INPUT', field: 'name' },
    });
    // A field without a declared limit has the default (1,000); a list, at most 100 items.
    const user = await router.query('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
      i: { email: 'big@hygiene.test', displayName: 'Big', jiraAccountId: 'j'.repeat(129) },
    });
    expect(user.errors?.[0]).toMatchObject({
      message: 'input.jiraAccountId is 129 characters long; at most 128 are allowed',
      extensions: { field: 'input.jiraAccountId' },
    });
    const many = await router.query('mutation($n: [String!]!) { setDisciplines(names: $n) }', { n: Array.from({ length: 101 }, (_, i) => `D${i}`) });
    expect(many.errors?.[0]).toMatchObject({ message: 'names has 101 items; at most 100 are allowed', extensions: { code: 'BAD_USER_INPUT', field: 'names' } });
    expect(await teamNames()).toEqual(before);
  });

  test('line breaks are refused in one-line fields; a value at its limit is accepted', async () => {
    const refused = await router.query('mutation($n: String!) { createTeam(name: $n) { id } }', { n: 'Two\nlines' });
    expect(refused.errors?.[0]).toMatchObject({ message: 'name contains a control character (U+000A); use printable text on one line' });
    const name = `Ω${'n'.repeat(199)}`; // 200 characters
    const ok = await router.query('mutation($n: String!) { createTeam(name: $n) { name } }', { n: name });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.createTeam.name).toBe(name);
  });
});

describe('database errors', () => {
  test.runIf(testDatabaseUrl)('a value the database refuses (a unique key two requests race for) is BAD_USER_INPUT naming the field, not the SQL', async () => {
    // Hold the users table so both requests pass the resolver's own "already has an account" check
    // before either inserts; then let them go: the second insert breaks the unique key.
    const owner = postgres(database.ownerUrl!, { max: 1, onnotice: () => {} });
    const email = `race-${randomUUID().slice(0, 8)}@hygiene.test`;
    const create = 'mutation($i: CreateUserInput!) { createUser(input: $i) { email } }';
    await router.query('{ me { id } }'); // signed in before the table is held
    try {
      // (Returned in an object: postgres.js would await an array returned from begin inside the transaction.)
      const { racing } = await owner.begin(async (tx) => {
        await tx`LOCK TABLE users.users IN SHARE ROW EXCLUSIVE MODE`;
        const racing = [1, 2].map((i) => router.request(create, { i: { email, displayName: `Racer ${i}` } }));
        // Both inserts wait for the lock (a condition in the database, not a delay).
        for (;;) {
          const [{ waiting }] =
            await tx`SELECT count(*)::int AS waiting FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'users' AND NOT l.granted`;
          if (waiting >= 2) break;
          await new Promise((resolve) => setImmediate(resolve));
        }
        return { racing };
      });
      const bodies = (await Promise.all(racing)).map((a) => a.body);
      for (const body of bodies) expect(JSON.stringify(body)).not.toMatch(LEAKS);
      expect(bodies.filter((b) => b.data?.createUser?.email === email)).toHaveLength(1);
      expect(bodies.flatMap((b) => b.errors ?? [])).toEqual([
        expect.objectContaining({ message: 'email is already taken', extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'email' }) }),
      ]);
      // The detail is in the log, without the values.
      const entry = logLines.find((l) => l.msg === 'The database refused a value' && l.sqlstate === '23505');
      expect(entry).toMatchObject({ constraint: 'users_tenant_email_uq' });
      expect(JSON.stringify(entry)).not.toContain(email);
    } finally {
      await owner.end();
    }
  });

  test('an unexpected failure is INTERNAL_SERVER_ERROR with a request id, which the logs carry with the detail', async () => {
    // A fault: the teams table is not where the code expects it.
    const owner = database.ownerUrl ? postgres(database.ownerUrl, { max: 1, onnotice: () => {} }) : null;
    const run = (statement: string) => (owner ? owner.unsafe(statement) : database.db.execute(sql.raw(statement)));
    await run('ALTER TABLE users.teams RENAME TO teams_moved');
    try {
      const res = await router.request('{ teams { id name } }');
      expect(JSON.stringify(res.body)).not.toMatch(LEAKS);
      const requestId = res.headers.get('x-request-id')!;
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.body.errors).toEqual([
        expect.objectContaining({
          message: `Something went wrong on our side (request id ${requestId})`,
          extensions: expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR', requestId }),
        }),
      ]);
      const logged = logLines.filter((l) => l.requestId === requestId && l.msg === 'Internal error');
      expect(logged).toEqual([expect.objectContaining({ level: 50, sqlstate: '42P01', dbMessage: expect.stringContaining('teams') })]);
      expect(JSON.stringify(logged)).not.toContain('params');

      // A sane X-Request-Id from a proxy is kept; anything else is replaced.
      const kept = await router.request('{ teams { id } }', {}, { headers: { 'x-request-id': 'lb-0123456789abcdef' } });
      expect(kept.headers.get('x-request-id')).toBe('lb-0123456789abcdef');
      expect(kept.body.errors?.[0].message).toBe('Something went wrong on our side (request id lb-0123456789abcdef)');
      const replaced = await router.request('{ teams { id } }', {}, { headers: { 'x-request-id': 'x y<script>' } });
      expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await run('ALTER TABLE users.teams_moved RENAME TO teams');
      await owner?.end();
    }
    expect((await router.query('{ teams { id } }')).errors).toBeUndefined();
  });
});

describe('every HTTP answer is JSON with a code', () => {
  const json = { 'content-type': 'application/json' };
  const cases: [string, string, RequestInit & { headers?: Record<string, string> }, number, string, RegExp][] = [
    ['invalid JSON', '/graphql', { method: 'POST', headers: json, body: '{"query": ' }, 400, 'BAD_REQUEST', /not valid JSON/],
    [
      'an unsupported charset',
      '/graphql',
      { method: 'POST', headers: { 'content-type': 'application/json; charset=latin-9' }, body: '{"query":"{ __typename }"}' },
      415,
      'BAD_REQUEST',
      /charset "latin-9" is not supported/i,
    ],
    [
      'an unsupported content encoding',
      '/graphql',
      { method: 'POST', headers: { ...json, 'content-encoding': 'br2' }, body: '{}' },
      415,
      'BAD_REQUEST',
      /content encoding "br2"/,
    ],
    [
      'a body over 1 MB',
      '/graphql',
      { method: 'POST', headers: json, body: JSON.stringify({ query: '{ __typename }', variables: { x: 'x'.repeat(1_100_000) } }) },
      413,
      'PAYLOAD_TOO_LARGE',
      /too large/,
    ],
    ['a wrong method', '/graphql', { method: 'PUT', headers: json, body: '{"query":"{ __typename }"}' }, 405, 'BAD_REQUEST', /GET\/POST/],
    [
      'an unknown path under /graphql',
      '/graphql/extra',
      { method: 'POST', headers: json, body: '{"query":"{ __typename }"}' },
      404,
      'NOT_FOUND',
      /Nothing is served/,
    ],
    ['an unknown path', '/nope', {}, 404, 'NOT_FOUND', /Nothing is served/],
    ['an unknown path, posted to', '/admin/login', { method: 'POST', headers: json, body: '{' }, 404, 'NOT_FOUND', /Nothing is served/],
    [
      'an operationName the document does not have',
      '/graphql',
      { method: 'POST', headers: json, body: JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }) },
      400,
      'OPERATION_RESOLUTION_FAILURE',
      /no operation named "B"/,
    ],
    [
      'several operations and no operationName',
      '/graphql',
      { method: 'POST', headers: json, body: JSON.stringify({ query: 'query A { __typename } query C { __typename }' }) },
      400,
      'OPERATION_RESOLUTION_FAILURE',
      /name one in operationName/,
    ],
  ];
  test.each(cases)('%s', async (_name, path, init, status, code, message) => {
    const res = await raw(path, init);
    expect(res.status, res.text.slice(0, 300)).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.text).not.toMatch(LEAKS);
    expect(res.text).not.toMatch(/\n\s+at /);
    const body = JSON.parse(res.text) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe(code);
    expect(body.errors[0].message).toMatch(message);
  });

  test('the operation named in operationName runs', async () => {
    const res = await raw('/graphql', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ query: 'query A { __typename } query C { __typename }', operationName: 'C' }),
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ data: { __typename: 'Query' } });
  });
});
