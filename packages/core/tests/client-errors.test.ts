import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appError, createLogger, toClientError, withRequestId } from '@sprint-reports/core';
import { createTestDatabase } from '@sprint-reports/testing';

/**
 * The errors PostgreSQL really raises (through drizzle, on PGlite or the PostgreSQL server the
 * tests run against) become what a client may see: the input's fault as BAD_USER_INPUT naming the
 * field, anything else as INTERNAL_SERVER_ERROR with a request id; the log has the detail, never
 * the statement's parameters.
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
const lines: Record<string, unknown>[] = [];
const log = createLogger(
  'info',
  'test',
  new Writable({ write: (chunk, _e, done) => (lines.push(JSON.parse(String(chunk)) as Record<string, unknown>), done()) }),
);

beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.execute(
    sql`create temp table things (id int primary key, owner_email text not null, score int check (score >= 0), constraint things_owner_email_key unique (owner_email))`,
  );
  await database.db.execute(sql`insert into things values (1, 'a@b.test', 1)`);
});
afterAll(() => database?.close());

/** The error `statement` fails with, as a client gets it. */
async function clientErrorOf(statement: ReturnType<typeof sql>) {
  const err = await database.db.execute(statement).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, 'the statement should fail').not.toBeNull();
  return toClientError(err, log, 'req-test-0001');
}

describe('database errors a client caused', () => {
  test.each([
    [
      'a NUL byte',
      sql`insert into things values (2, ${'x\u0000y@b.test'}, 1)`,
      'A value given contains a character that cannot be stored (such as a NUL byte)',
      undefined,
    ],
    ['a duplicate unique value', sql`insert into things values (3, ${'a@b.test'}, 1)`, 'ownerEmail is already taken', 'ownerEmail'],
    ['a missing required value', sql`insert into things values (4, ${null}, 1)`, 'ownerEmail is required', 'ownerEmail'],
    ['a value a check refuses', sql`insert into things values (5, ${'c@b.test'}, ${-1})`, 'score is not allowed', 'score'],
    ['text that is not a number', sql`select ${'twelve'}::int`, 'A value given is not in a valid format', undefined],
    ['a number out of range', sql`select ${'99999999999'}::int`, 'A value given is out of range', undefined],
    ['a date that does not exist', sql`select ${'2026-13-45'}::timestamptz`, 'A value given is not a valid date or time', undefined],
    [
      'a NUL escaped in JSON',
      sql`select ${'{"a":"\\u0000"}'}::jsonb`,
      'A value given contains a character that cannot be stored (such as a NUL byte)',
      undefined,
    ],
  ])('%s is BAD_USER_INPUT', async (_name, statement, message, field) => {
    const error = await clientErrorOf(statement);
    expect(error.message).toBe(message);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', ...(field ? { field } : {}) });
  });
});

test('any other database error is INTERNAL_SERVER_ERROR with the request id; the log has the statement without its parameters', async () => {
  const error = await clientErrorOf(sql`select * from no_such_table where secret = ${'hunter2-secret'}`);
  expect(error.message).toBe('Something went wrong on our side (request id req-test-0001)');
  expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-test-0001' });
  const entry = lines.find((l) => l.requestId === 'req-test-0001' && l.sqlstate === '42P01');
  expect(entry).toMatchObject({ msg: 'Internal error', query: expect.stringContaining('no_such_table'), dbMessage: expect.stringContaining('no_such_table') });
  expect(JSON.stringify(lines)).not.toContain('hunter2-secret');
});

test('errors raised on purpose pass; an internal one gains the current request id; a plain Error says nothing of itself', () => {
  const refused = appError('FORBIDDEN', 'No', { http: { status: 403 } });
  expect(toClientError(refused, log)).toMatchObject({ message: 'No', extensions: { code: 'FORBIDDEN' } });
  const ours = withRequestId('req-test-0002', () => toClientError(appError('INTERNAL_SERVER_ERROR', 'No encryption key is configured'), log));
  expect(ours).toMatchObject({ message: 'No encryption key is configured', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-test-0002' } });
  const located = new GraphQLError('TypeError: x.y is not a function at /app/src/resolvers.ts:12', {
    path: ['teams'],
    originalError: new TypeError('x.y is not a function'),
  });
  const plain = withRequestId('req-test-0003', () => toClientError(located, log));
  expect(plain).toMatchObject({
    message: 'Something went wrong on our side (request id req-test-0003)',
    path: ['teams'],
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-test-0003' },
  });
  expect(lines.find((l) => l.requestId === 'req-test-0003')).toMatchObject({ error: 'TypeError: x.y is not a function', path: ['teams'] });
});

test("a database that is away is DATABASE_UNAVAILABLE, however the error reaches us; its status is the router's to set", () => {
  // What postgres.js raises when the server shuts down under a query (SQLSTATE 57P01), wrapped in
  // another library's error, and a broken socket under drizzle's.
  const shutdown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01', severity: 'FATAL' });
  const wrapped = new Error('Could not load the board', { cause: shutdown });
  const socket = Object.assign(new Error('write CONNECTION_CLOSED 127.0.0.1:5432'), { code: 'CONNECTION_CLOSED' });
  for (const err of [wrapped, new GraphQLError('x', { originalError: socket })]) {
    expect(toClientError(err, log)).toMatchObject({
      message: 'The database is not reachable right now; try again shortly',
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
  }
  const raised = toClientError(appError('DATABASE_UNAVAILABLE', 'The database is not reachable right now; try again shortly', { http: { status: 503 } }), log);
  expect(raised.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE' });
});
