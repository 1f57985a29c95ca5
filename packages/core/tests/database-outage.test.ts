import net from 'node:net';
import { sql } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase, type DatabaseHandle } from '@sprint-reports/core';
import { createTestDatabase, testDatabaseUrl, type TestDatabase } from '@sprint-reports/testing';

/**
 * A connection the server terminates just after it opened, at its first statement (postgres.js's
 * query for the server's array types): what a restart or failover does to connections that are
 * starting up. The pool opens another and goes on; nothing escapes as an unhandled rejection,
 * which ends a Node process, and the terminated connection's error does not fail the next one
 * (both did: patches/postgres+3.4.9.patch).
 */

/** The ErrorResponse PostgreSQL sends to a backend it terminates (a restart, pg_terminate_backend). */
function terminatingError() {
  const fields = { S: 'FATAL', V: 'FATAL', C: '57P01', M: 'terminating connection due to administrator command' };
  const body = Buffer.concat([...Object.entries(fields).map(([k, v]) => Buffer.from(`${k}${v}\0`)), Buffer.from([0])]);
  const head = Buffer.alloc(5);
  head.write('E');
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

/**
 * A TCP proxy to PostgreSQL that terminates its first `cut` connections when the client sends its
 * first statement (a simple or extended query): the server's error, then the socket closes.
 */
async function terminatingProxy(target: URL, cut: number) {
  let connections = 0;
  const server = net.createServer((client) => {
    const doomed = ++connections <= cut;
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    let buffered = Buffer.alloc(0);
    let startupDone = false;
    client.on('data', (chunk) => {
      if (doomed) {
        // Messages after the startup message are a type byte and an int32 length.
        buffered = Buffer.concat([buffered, chunk]);
        while (buffered.length >= 5) {
          if (!startupDone) {
            const length = buffered.readInt32BE(0);
            if (buffered.length < length) break;
            buffered = buffered.subarray(length);
            startupDone = true;
            continue;
          }
          const type = String.fromCharCode(buffered[0]!);
          if (type === 'Q' || type === 'P') {
            upstream.destroy();
            client.end(terminatingError());
            return;
          }
          const length = buffered.readInt32BE(1);
          if (buffered.length < length + 1) break;
          buffered = buffered.subarray(length + 1);
        }
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => client.write(chunk));
    client.on('error', () => undefined);
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = Object.assign(new URL(target), { hostname: '127.0.0.1', port: String((server.address() as net.AddressInfo).port) });
  return { url: url.toString(), close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const probe = pgTable('outage_probe', { id: integer('id').primaryKey(), names: text('names').array().notNull() });

describe.runIf(testDatabaseUrl)('a PostgreSQL connection dropped as it opens', () => {
  let database: TestDatabase;
  let proxy: Awaited<ReturnType<typeof terminatingProxy>>;
  let handle: DatabaseHandle;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    database = await createTestDatabase();
    proxy = await terminatingProxy(new URL(database.ownerUrl!), 1);
    handle = await openDatabase({ url: proxy.url, migrate: false, maxConnections: 1 });
    process.on('unhandledRejection', onUnhandled);
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await handle?.close();
    await proxy?.close();
    await database?.close();
  });

  test('the statement waiting for the terminated connection is answered on the next one, and no rejection goes unhandled', async () => {
    expect(await handle.db.execute(sql`select 1 as one`)).toMatchObject([{ one: 1 }]);
    await handle.db.execute(sql`create table outage_probe (id integer primary key, names text[] not null)`);
    await handle.db.insert(probe).values({ id: 1, names: ["Won't Do", 'Duplicate, "old"'] });
    // The next connection read the array types: array columns arrive as arrays.
    expect(await handle.db.select().from(probe)).toEqual([{ id: 1, names: ["Won't Do", 'Duplicate, "old"'] }]);
    // A rejection nobody handles is reported on the next turns of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(unhandled).toEqual([]);
  });
});
