import { randomUUID } from 'node:crypto';
import { parse } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  afterCommit,
  asSystem,
  createLogger,
  createRuntime,
  executeInProcess,
  InProcessJobRunner,
  loadConfig,
  openDatabase,
  serviceIdentity,
  withTenant,
  type Database,
  type DatabaseHandle,
  type Runtime,
  type SubgraphCall,
  type SubgraphContext,
  type SubgraphModule,
} from '@sprint-reports/core';
import { usersTables } from '@sprint-reports/drizzle';
import { createTestDatabase, testDatabaseUrl } from '@sprint-reports/testing/router';

/**
 * The one-way read path in core: a query's transaction refuses writes (on PostgreSQL and on
 * PGlite), and a subgraph answering a query may not call another, while a mutation and work queued
 * after the query's commit (afterCommit, jobs) may.
 */
const { tenants } = usersTables;
const tenantRow = () => {
  const id = randomUUID();
  return { id, name: `Tenant ${id.slice(0, 8)}`, slug: `read-path-${id}` };
};
/** The SQLSTATE a statement failed with (drizzle wraps the driver's error). */
const codeOf = (err: unknown) => (err as { cause?: { code?: string } } | null)?.cause?.code ?? (err as { code?: string } | null)?.code;

const databases: { name: string; open: () => Promise<DatabaseHandle> }[] = [
  { name: 'PGlite', open: () => openDatabase({}) },
  ...(testDatabaseUrl ? [{ name: 'PostgreSQL', open: () => createTestDatabase() }] : []),
];

describe.each(databases)('a read-only scope on $name', ({ open }) => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(() => database?.close());

  test('reads, and a write in it fails in the database (25006); the next scope on the connection writes again', async () => {
    const row = tenantRow();
    const write = await asSystem(database.db, (tx) => tx.insert(tenants).values(row), { readOnly: true }).then(
      () => null,
      (err: unknown) => err,
    );
    expect(codeOf(write)).toBe('25006'); // read_only_sql_transaction
    expect(await withTenant(database.db, row.id, (tx) => tx.select().from(tenants), { readOnly: true })).toEqual([]);
    await asSystem(database.db, (tx) => tx.insert(tenants).values(row));
    expect((await asSystem(database.db, (tx) => tx.select({ id: tenants.id }).from(tenants))).map((r) => r.id)).toContain(row.id);
  });

  test('a scope joined inside a read-only one stays read only', async () => {
    const write = await asSystem(database.db, () => asSystem(database.db, (tx) => tx.insert(tenants).values(tenantRow())), { readOnly: true }).then(
      () => null,
      (err: unknown) => err,
    );
    expect(codeOf(write)).toBe('25006');
  });
});

/** Two small subgraphs: `users` answers `echo`; `sprints` asks it, from a query, a mutation, after its commit, or from a job. */
function testModules(): SubgraphModule<unknown>[] {
  type Ctx = SubgraphContext<unknown>;
  const echo: SubgraphModule<unknown> = {
    name: 'users',
    typeDefs: parse('type Query { echo: String! }'),
    schema: buildSubgraphSchema([{ typeDefs: parse('type Query { echo: String! }'), resolvers: { Query: { echo: () => 'echo' } } }]),
    createLoaders: () => ({}),
  };
  const ask = (ctx: Ctx) => ctx.runtime.client.execute<{ echo: string }>('users', ctx.identity.tenantId, '{ echo }').then((d) => d.echo);
  const sdl = parse(`
    type Query { ask: String!, askLater: Boolean!, askInJob: Boolean!, write: Boolean! }
    type Mutation { ask: String!, write: Boolean! }
  `);
  const write = async (_: unknown, __: unknown, ctx: Ctx) => {
    await ctx.db.insert(tenants).values(tenantRow());
    return true;
  };
  const caller: SubgraphModule<unknown> = {
    name: 'sprints',
    typeDefs: sdl,
    schema: buildSubgraphSchema([
      {
        typeDefs: sdl,
        resolvers: {
          Query: {
            ask: (_: unknown, __: unknown, ctx: Ctx) => ask(ctx),
            askLater: async (_: unknown, __: unknown, ctx: Ctx) => {
              await afterCommit(() => ask(ctx).then((answer) => later.push(answer)));
              return true;
            },
            askInJob: async (_: unknown, __: unknown, ctx: Ctx) => {
              await ctx.runtime.jobs.enqueue('ask', { tenantId: ctx.tenantId });
              return true;
            },
            write,
          },
          Mutation: { ask: (_: unknown, __: unknown, ctx: Ctx) => ask(ctx), write },
        },
      },
    ]),
    createLoaders: () => ({}),
  };
  return [echo, caller];
}
const later: string[] = [];

describe('subgraph calls while answering an operation', () => {
  let database: DatabaseHandle;
  let runtime: Runtime;
  const calls: SubgraphCall[] = [];
  const run = (query: string) => executeInProcess(runtime.local.get('sprints')!, serviceIdentity(null), query);

  beforeAll(async () => {
    database = await openDatabase({});
    const log = createLogger('silent', 'read-path-test');
    runtime = createRuntime({ config: loadConfig({ NODE_ENV: 'test' }), db: database.db, log, modules: testModules(), jobs: new InProcessJobRunner(log) });
    runtime.jobs.handle<{ tenantId: string }>('ask', async () => {
      later.push((await runtime.client.execute<{ echo: string }>('users', null, '{ echo }')).echo);
    });
    runtime.client.events.on('call', (call: SubgraphCall) => calls.push(call));
  });
  afterAll(async () => {
    await runtime?.jobs.close();
    await database?.close();
  });

  test('a query may not call another subgraph: an internal error, and the call is reported as refused', async () => {
    calls.length = 0;
    const res = await run('{ ask }');
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(res.data).toBeNull();
    expect(calls).toEqual([{ from: 'sprints', kind: 'query', to: 'users', refused: true }]);
  });

  test('a mutation may', async () => {
    calls.length = 0;
    expect(await run('mutation { ask }')).toEqual({ data: { ask: 'echo' } });
    // The callee answers a query of its own.
    expect(calls).toEqual([{ from: 'sprints', kind: 'mutation', to: 'users', refused: false }]);
  });

  test('work a query queues runs after it, outside it: after its commit and in a job, it may call', async () => {
    later.length = 0;
    calls.length = 0;
    expect(await run('{ askLater askInJob }')).toEqual({ data: { askLater: true, askInJob: true } });
    await runtime.jobs.idle();
    expect(later).toEqual(['echo', 'echo']);
    expect(calls).toEqual([
      { from: null, kind: null, to: 'users', refused: false },
      { from: null, kind: null, to: 'users', refused: false },
    ]);
  });

  test('a write in a query fails in the database and nothing is written; in a mutation it is', async () => {
    const count = () => asSystem(database.db, (tx: Database) => tx.select({ id: tenants.id }).from(tenants)).then((r) => r.length);
    const before = await count();
    const refused = await run('{ write }');
    expect(refused.errors?.length).toBe(1);
    expect(await count()).toBe(before);
    expect(await run('mutation { write }')).toEqual({ data: { write: true } });
    expect(await count()).toBe(before + 1);
  });
});
