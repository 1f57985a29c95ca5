import { randomUUID } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  afterCommit,
  APP_ROLE,
  asSystem,
  currentTenantId,
  openDatabase,
  outsideScope,
  Rollback,
  rollbackOn,
  SYSTEM_ROLE,
  withTenant,
  type Database,
  type DatabaseHandle,
} from '@sprint-reports/core';
import { usersTables } from '@sprint-reports/drizzle';
import { createTestDatabase, testDatabaseUrl } from '@sprint-reports/testing';

/**
 * tenancy.ts on a real database: what a scope sets for its transaction and for nothing after it,
 * which nested scopes join and which are refused, and when afterCommit work runs.
 */
const { tenants } = usersTables;
let database: Awaited<ReturnType<typeof createTestDatabase>>;
/** One connection: what one scope leaves behind is what the next unscoped query meets. */
let single: DatabaseHandle;

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);
const one = async <T>(db: Database, query: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(query))[0];
const tenantRow = (id = randomUUID()) => ({ id, name: `Tenant ${id.slice(0, 8)}`, slug: `tenancy-${id}` });
const tenantIds = (db: Database, ids: string[]) =>
  db
    .select({ id: tenants.id })
    .from(tenants)
    .where(inArray(tenants.id, ids))
    .then((rows) => rows.map((r) => r.id).sort());

beforeAll(async () => {
  database = await createTestDatabase();
  single = database.url ? await openDatabase({ url: database.url, migrate: false, maxConnections: 1 }) : database;
});
afterAll(async () => {
  if (single !== database) await single?.close();
  await database?.close();
});

describe('a scope', () => {
  test('takes its role and tenant for its own transaction only: the next query on the connection has neither', async () => {
    const tenantId = randomUUID();
    const inside = await withTenant(single.db, tenantId, (tx) =>
      one<{ role: string; tenant: string }>(tx, sql`select current_user as role, current_setting('app.tenant_id', true) as tenant`),
    );
    expect(inside).toEqual({ role: APP_ROLE, tenant: tenantId });
    const system = await asSystem(single.db, (tx) =>
      one<{ role: string; tenant: string }>(tx, sql`select current_user as role, current_setting('app.tenant_id', true) as tenant`),
    );
    expect(system).toEqual({ role: SYSTEM_ROLE, tenant: '' });

    const after = await one<{ role: string; tenant: string | null }>(
      single.db,
      sql`select current_user as role, current_setting('app.tenant_id', true) as tenant`,
    );
    expect([APP_ROLE, SYSTEM_ROLE]).not.toContain(after.role);
    expect(after.tenant ?? '').toBe('');
  });

  test("sees only its tenant's rows; the system scope sees every tenant's", async () => {
    const [a, b] = [tenantRow(), tenantRow()];
    await asSystem(database.db, (tx) => tx.insert(tenants).values([a, b]));
    expect(await withTenant(database.db, a.id, (tx) => tenantIds(tx, [a.id, b.id]))).toEqual([a.id]);
    expect(await asSystem(database.db, (tx) => tenantIds(tx, [a.id, b.id]))).toEqual([a.id, b.id].sort());
  });

  test.skipIf(!testDatabaseUrl)('is the only way in: outside one, the application role may read and write nothing', async () => {
    const failure = await database.db
      .select()
      .from(tenants)
      .then(
        () => null,
        (err: Error) => err,
      );
    expect((failure?.cause as { code?: string } | undefined)?.code).toBe('42501'); // insufficient_privilege
    const write = await database.db
      .insert(tenants)
      .values(tenantRow())
      .then(
        () => null,
        (err: Error) => err,
      );
    expect((write?.cause as { code?: string } | undefined)?.code).toBe('42501');
  });
});

describe('nested scopes', () => {
  test('the same role and tenant join the open transaction', async () => {
    const tenantId = randomUUID();
    const [outer, inner] = await withTenant(database.db, tenantId, async (tx) => {
      const outerTx = await one<{ id: string }>(tx, sql`select txid_current()::text as id`);
      // A helper that scopes itself, given the base database, called from inside the scope.
      const innerTx = await withTenant(database.db, tenantId, (tx2) => one<{ id: string }>(tx2, sql`select txid_current()::text as id`));
      return [outerTx.id, innerTx.id];
    });
    expect(inner).toBe(outer);
  });

  test('another tenant, or the system, inside a tenant scope is refused (on PGlite it would wait for itself)', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    await withTenant(database.db, a, async () => {
      await expect(withTenant(database.db, b, async () => 1)).rejects.toThrow(
        `Cannot open a ${APP_ROLE} scope for tenant ${b} inside the ${APP_ROLE} scope of tenant ${a}`,
      );
      await expect(asSystem(database.db, async () => 1)).rejects.toThrow(`Cannot open a ${SYSTEM_ROLE} scope inside the ${APP_ROLE} scope of tenant ${a}`);
    });
    await asSystem(database.db, async () => {
      await expect(withTenant(database.db, a, async () => 1)).rejects.toThrow(
        /Cannot open a sprint_reports_app scope for tenant .* inside the sprint_reports_system scope/,
      );
    });
  });

  test('work handed out of a scope (outsideScope) is not part of it', async () => {
    const tenantId = randomUUID();
    const seen = await withTenant(database.db, tenantId, async () => ({ inside: currentTenantId(), handedOut: outsideScope(() => currentTenantId()) }));
    expect(seen).toEqual({ inside: tenantId, handedOut: null });
    expect(currentTenantId()).toBeNull();
  });
});

describe('afterCommit', () => {
  test('runs once the transaction has committed: a new transaction sees the rows', async () => {
    const row = tenantRow();
    const seen: string[][] = [];
    await withTenant(database.db, row.id, async (tx) => {
      await tx.insert(tenants).values(row);
      await afterCommit(async () => void seen.push(await withTenant(database.db, row.id, (t) => tenantIds(t, [row.id]))));
      expect(seen).toEqual([]); // not yet: the transaction is still open
    });
    expect(seen).toEqual([[row.id]]);
  });

  test('never runs when the transaction rolls back, by an error or by Rollback', async () => {
    const ran: string[] = [];
    const failing = tenantRow();
    await expect(
      withTenant(database.db, failing.id, async (tx) => {
        await tx.insert(tenants).values(failing);
        await afterCommit(() => ran.push('error'));
        throw new Error('the mutation failed');
      }),
    ).rejects.toThrow('the mutation failed');

    const rolledBack = tenantRow();
    const value = await rollbackOn(
      (fn) => withTenant(database.db, rolledBack.id, fn),
      async (tx) => {
        await tx.insert(tenants).values(rolledBack);
        await afterCommit(() => ran.push('rollback'));
        throw new Rollback('the result, without its writes');
      },
    );
    expect(value).toBe('the result, without its writes');
    expect(ran).toEqual([]);
    expect(await asSystem(database.db, (tx) => tenantIds(tx, [failing.id, rolledBack.id]))).toEqual([]);
  });

  test('outside a scope, runs at once', async () => {
    let ran = false;
    await afterCommit(() => (ran = true));
    expect(ran).toBe(true);
  });
});

describe('the roles', () => {
  test('cannot log in, are not superusers and do not bypass row-level security', async () => {
    const roles = await asSystem(database.db, (tx) =>
      tx.execute(sql`select rolname, rolcanlogin, rolsuper, rolbypassrls from pg_roles where rolname in (${APP_ROLE}, ${SYSTEM_ROLE}) order by rolname`),
    );
    expect(rowsOf(roles)).toEqual([
      { rolname: APP_ROLE, rolcanlogin: false, rolsuper: false, rolbypassrls: false },
      { rolname: SYSTEM_ROLE, rolcanlogin: false, rolsuper: false, rolbypassrls: false },
    ]);
  });

  test.skipIf(!testDatabaseUrl)("the tests' application role is an ordinary member: no superuser, no owner, no privileges of its own", async () => {
    const [me] = rowsOf<Record<string, unknown>>(
      await single.db.execute(sql`select rolsuper, rolinherit, rolbypassrls, rolcreatedb, rolcreaterole,
        pg_has_role(current_user, ${APP_ROLE}, 'MEMBER') as app_member, pg_has_role(current_user, ${SYSTEM_ROLE}, 'MEMBER') as system_member,
        (select count(*)::int from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname in ('users', 'sprints', 'issues', 'capacity', 'queues', 'reports') and pg_get_userbyid(c.relowner) = current_user) as owns
        from pg_roles where rolname = current_user`),
    );
    expect(me).toEqual({
      rolsuper: false,
      rolinherit: false,
      rolbypassrls: false,
      rolcreatedb: false,
      rolcreaterole: false,
      app_member: true,
      system_member: true,
      owns: 0,
    });
    expect(
      await single.db
        .select()
        .from(tenants)
        .where(eq(tenants.id, randomUUID()))
        .then(
          () => 'read',
          () => 'refused',
        ),
    ).toBe('refused');
  });
});
