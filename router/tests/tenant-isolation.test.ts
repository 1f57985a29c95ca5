import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  APP_ROLE,
  asSystem,
  executeInProcess,
  InProcessJobRunner,
  createLogger,
  serviceIdentity,
  stableId,
  SYSTEM_ROLE,
  withTenant,
  type Database,
  type Identity,
  type Runtime,
  type SubgraphName,
} from '@sprint-reports/core';
import { issuesTables, queuesTables, reportsTables, sprintsTables, usersTables } from '@sprint-reports/drizzle';
import type { Dataset } from '@sprint-reports/demo-data';
import { capacityData } from '@sprint-reports/capacity';
import { issuesData } from '@sprint-reports/issues';
import { queuesData } from '@sprint-reports/queues';
import { reportsData } from '@sprint-reports/reports';
import { sprintsData, subgraph as sprints } from '@sprint-reports/sprints';
import { usersData, subgraph as users } from '@sprint-reports/users';
import { seededDatabase, smallTeam, testRuntime, type TestDatabase } from '@sprint-reports/testing/router';

/**
 * Tenant isolation, from the catalog to the API. Two tenants, A and B, with rows in every table.
 * - The database: every table of the six schemas is under forced row-level security with the
 *   tenant_isolation policy; raw SQL as the application role sees and writes only its tenant's rows.
 * - The data functions: one called with B's id inside A's scope still finds nothing (row-level
 *   security, not the function's filter, stops it).
 * - The API: a user of A reaches none of B's entities, by id, in lists or through `_entities`, and
 *   changes none of them.
 * - afterCommit: what a failed request queued never runs; what a committed one queued sees its rows.
 */
const SCHEMAS = ['users', 'sprints', 'issues', 'capacity', 'queues', 'reports'];
/** Tables of no tenant, and why; each must still be closed to the application role. */
const NOT_TENANT_OWNED: Record<string, string> = {
  'users.signing_keys': "the keys that sign every tenant's access tokens: the system role only",
};

let database: TestDatabase;
let runtime: Runtime;
let a: Dataset;
let b: Dataset;
/** Per tenant: the ids of the rows no seeding helper writes (fill below). */
const extra = new Map<string, ReturnType<typeof extraIds>>();

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

const extraIds = (tenantId: string) => ({
  connection: stableId(tenantId, 'isolation', 'connection'),
  run: stableId(tenantId, 'isolation', 'run'),
  queue: stableId(tenantId, 'isolation', 'queue'),
  report: stableId(tenantId, 'isolation', 'report'),
});

/** Rows of the tables seedTenant does not write: a connection and its run, a queue and a pin (and capacity's copy of its points), a report with its document, schedule, delivery, an unsubscribe and a link key, a changelog item, identity rows. */
async function fillEveryTable(ds: Dataset) {
  const tenantId = ds.tenant.id;
  const ids = extraIds(tenantId);
  extra.set(tenantId, ids);
  const [issue] = ds.issues;
  const sprint = ds.sprints.find((s) => s.state === 'ACTIVE')!;
  await withTenant(database.db, tenantId, async (db) => {
    await db.insert(issuesTables.jiraConnections).values({
      id: ids.connection,
      tenantId,
      name: `${ds.tenant.slug} JIRA`,
      baseUrl: `https://${ds.tenant.slug}.atlassian.net`,
      flavor: 'CLOUD',
      email: 'jira@example.test',
      apiTokenSealed: 'sealed',
      syncIntervalMinutes: 0,
    });
    await db.insert(issuesTables.syncRuns).values({ id: ids.run, tenantId, connectionId: ids.connection, full: true, status: 'QUEUED' });
    await db
      .insert(issuesTables.issueChangelog)
      .values({ tenantId, issueId: issue.id, historyId: '1', itemIndex: 0, at: issue.createdAt, field: 'status', fromString: 'To Do', toString: 'Done' });
    await queuesData.insertQueue(
      db,
      { id: ids.queue, tenantId, sprintId: sprint.id, status: 'DRAFT', generatedAt: issue.createdAt },
      [{ tenantId, queueId: ids.queue, position: 1, issueId: issue.id, discipline: issue.discipline, points: issue.storyPoints, reason: 'RANK' }],
      [{ id: stableId(ids.queue, 'conflict'), tenantId, queueId: ids.queue, kind: 'UNESTIMATED', message: 'no estimate', issueIds: [issue.id] }],
    );
    await queuesData.setPin(db, { tenantId, sprintId: sprint.id, issueId: issue.id, position: 1 });
    // The queue written straight: capacity's copy of its planned points too (the read model).
    await capacityData.replaceQueueInputs(db, tenantId, [{ sprintId: sprint.id, planned: { [issue.discipline ?? 'Unassigned']: issue.storyPoints ?? 0 } }], []);
    const document = stableId(ids.report, 'document');
    const schedule = stableId(ids.report, 'schedule');
    await db.insert(reportsTables.documents).values({
      id: document,
      tenantId,
      fingerprint: 'f',
      title: 'Sprint report',
      content: Buffer.from('key\n'),
      contentType: 'text/csv',
      fileName: 'r.csv',
      sizeBytes: 4,
    });
    await db
      .insert(reportsTables.schedules)
      .values({ id: schedule, tenantId, teamId: ds.teams[0].id, kind: 'SPRINT', format: 'CSV', recipients: ['a@example.test'], atSprintClose: true });
    await reportsData.insertReport(db, {
      id: ids.report,
      tenantId,
      kind: 'SPRINT',
      format: 'CSV',
      status: 'READY',
      sprintId: sprint.id,
      boardId: sprint.boardId,
      teamId: ds.teams[0].id,
      documentId: document,
      scheduleId: schedule,
      sizeBytes: 4,
      createdAt: issue.createdAt,
    });
    await db.insert(reportsTables.deliveries).values({
      id: stableId(ids.report, 'delivery'),
      tenantId,
      reportId: ids.report,
      scheduleId: schedule,
      recipient: 'a@example.test',
      status: 'SENT',
      attempts: 1,
    });
    await db.insert(reportsTables.scheduleSprints).values({ tenantId, scheduleId: schedule, sprintId: sprint.id });
    await db.insert(reportsTables.unsubscribes).values({ id: stableId(ids.report, 'unsubscribe'), tenantId, email: 'b@example.test', scheduleId: null });
    await db.insert(reportsTables.linkKeys).values({ tenantId, secret: Buffer.alloc(32, 1) });
    await db.insert(usersTables.refreshTokens).values({
      id: randomUUID(),
      tenantId,
      userId: ds.users[0].id,
      tokenHash: randomUUID(),
      familyId: randomUUID(),
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    const providerId = randomUUID();
    await db.insert(usersTables.oidcProviders).values({
      id: providerId,
      tenantId,
      issuer: `https://idp.${ds.tenant.slug}.test`,
      audience: 'sprint-reports',
      jwksUrl: `https://idp.${ds.tenant.slug}.test/jwks`,
    });
    await db.insert(usersTables.oidcEmailDomains).values({ domain: `${ds.tenant.slug}.test`, tenantId, providerId });
    await db.insert(usersTables.auditLog).values({ id: randomUUID(), tenantId, action: 'isolation.fixture', targetType: 'Test' });
    await db
      .insert(sprintsTables.jiraSprintReports)
      .values({ sprintId: ds.sprints.find((s) => s.state === 'CLOSED')!.id, tenantId, outcome: 'UNAVAILABLE', reason: 'isolation fixture', fingerprint: 'f' });
    for (const tables of [usersTables, issuesTables, queuesTables, reportsTables]) {
      await db.insert(tables.idempotencyKeys).values({ tenantId, key: 'isolation', operation: 'fixture', requestHash: 'h', response: null });
    }
  });
}

interface Table {
  name: string;
  /** The column the tenant_isolation policy compares with app.tenant_id. */
  tenantColumn: string;
}

/** The six schemas' tables under tenant isolation, with their tenant column (from the policy itself). */
async function isolatedTables(): Promise<Table[]> {
  const rows = await asSystem(database.db, (db) =>
    db.execute(sql`select schemaname || '.' || tablename as name, qual from pg_policies
      where policyname = 'tenant_isolation' and schemaname in (${sql.join(
        SCHEMAS.map((s) => sql`${s}`),
        sql`, `,
      )}) order by 1`),
  );
  return rowsOf<{ name: string; qual: string }>(rows).map(({ name, qual }) => ({ name, tenantColumn: /^\(\(?(\w+) = /.exec(qual)![1] }));
}

const ident = (name: string) =>
  sql.raw(
    name
      .split('.')
      .map((part) => `"${part}"`)
      .join('.'),
  );

/** Raw SQL as the application role, as `set role` and `set app.tenant_id` would do it by hand. */
function asAppRole<T>(tenantId: string | null, fn: (db: Database) => Promise<T>): Promise<T> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local role ${APP_ROLE}`));
    if (tenantId) await tx.execute(sql.raw(`set local app.tenant_id = '${tenantId}'`));
    return fn(tx as unknown as Database);
  });
}

/** Every row of the tenant in every table, as the system sees them: to show nothing of theirs changed. */
async function fingerprint(tenantId: string) {
  const tables = await isolatedTables();
  return asSystem(database.db, async (db) => {
    const out: Record<string, { n: number; hash: string }> = {};
    for (const t of tables) {
      const [row] = rowsOf<{ n: number; hash: string }>(
        await db.execute(
          sql`select count(*)::int as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as hash from ${ident(t.name)} x where ${sql.identifier(t.tenantColumn)} = ${tenantId}::uuid`,
        ),
      );
      out[t.name] = row;
    }
    return out;
  });
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (err: Error) => err,
  );
const rlsRefusal = (err: Error | null) => (err?.cause as Error | undefined)?.message ?? err?.message ?? 'no error';

beforeAll(async () => {
  ({
    database,
    tenants: { 'isolation-a': a, 'isolation-b': b },
  } = await seededDatabase({
    'isolation-a': [smallTeam('Atlas', { sprints: 4, issuesPerSprint: 10, issues: 60 })],
    'isolation-b': [smallTeam('Zeta', { sprints: 4, issuesPerSprint: 10, issues: 60 })],
  }));
  for (const ds of [a, b]) await fillEveryTable(ds);
  runtime = testRuntime(database);
}, 120_000);
afterAll(async () => {
  await runtime?.jobs.close();
  await database?.close();
});

describe('the database', () => {
  test('every table of the six schemas has row-level security, enabled and forced, and the tenant_isolation policy', async () => {
    const tables = rowsOf<{ name: string; rls: boolean; forced: boolean; policies: string[] }>(
      await asSystem(database.db, (db) =>
        db.execute(sql`select n.nspname || '.' || c.relname as name, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
            coalesce((select array_agg(p.policyname::text order by p.policyname) from pg_policies p where p.schemaname = n.nspname and p.tablename = c.relname), '{}') as policies
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where c.relkind in ('r', 'p') and n.nspname in (${sql.join(
            SCHEMAS.map((s) => sql`${s}`),
            sql`, `,
          )}) order by 1`),
      ),
    );
    expect(tables.length).toBeGreaterThanOrEqual(20);
    for (const t of tables) {
      expect({ table: t.name, rls: t.rls, forced: t.forced }, 'row-level security enabled and forced').toEqual({ table: t.name, rls: true, forced: true });
      if (NOT_TENANT_OWNED[t.name]) {
        expect(t.policies, `${t.name}: ${NOT_TENANT_OWNED[t.name]}`).toEqual(['system_access']);
        continue;
      }
      // Added by public.sprint_reports_isolate(...) in the migration that creates the table.
      expect(t.policies, `${t.name} needs SELECT public.sprint_reports_isolate('${t.name}') in its migration`).toEqual(['system_access', 'tenant_isolation']);
    }
    expect(Object.keys(NOT_TENANT_OWNED).every((name) => tables.some((t) => t.name === name))).toBe(true);
  });

  test('tenant_isolation limits the application role, for reading and writing, to app.tenant_id; system_access is for the system role only', async () => {
    const policies = rowsOf<{ name: string; policy: string; roles: string[]; cmd: string; qual: string; check: string }>(
      await asSystem(database.db, (db) =>
        db.execute(sql`select schemaname || '.' || tablename as name, policyname as policy, roles::text[] as roles, cmd, qual, with_check as check
          from pg_policies where schemaname in (${sql.join(
            SCHEMAS.map((s) => sql`${s}`),
            sql`, `,
          )}) order by 1, 2`),
      ),
    );
    for (const p of policies) {
      if (p.policy === 'system_access') {
        expect({ name: p.name, roles: p.roles, cmd: p.cmd, qual: p.qual }).toEqual({ name: p.name, roles: [SYSTEM_ROLE], cmd: 'ALL', qual: 'true' });
        continue;
      }
      expect({ name: p.name, policy: p.policy, roles: p.roles, cmd: p.cmd }).toEqual({
        name: p.name,
        policy: 'tenant_isolation',
        roles: [APP_ROLE],
        cmd: 'ALL',
      });
      expect(p.qual, p.name).toMatch(/^\(\(?\w+ = \(NULLIF\(current_setting\('app\.tenant_id'::text, true\), ''::text\)\)::uuid\)$/);
      expect(p.check, p.name).toBe(p.qual);
    }
    for (const name of Object.keys(NOT_TENANT_OWNED)) {
      const [closed] = rowsOf<{ app: boolean }>(
        await asSystem(database.db, (db) => db.execute(sql`select has_table_privilege(${APP_ROLE}, ${name}, 'SELECT,INSERT,UPDATE,DELETE') as app`)),
      );
      expect({ name, ...closed }).toEqual({ name, app: false });
    }
  });

  test("raw SQL as the application role with app.tenant_id = A sees A's rows of every table and no one else's; with no tenant, nothing", async () => {
    const tables = await isolatedTables();
    const bare = await fingerprint(b.tenant.id);
    const own = await fingerprint(a.tenant.id);
    for (const t of tables) {
      // Rows of both tenants exist, or the table proves nothing: give it a row in fillEveryTable.
      expect(own[t.name].n, `rows of A in ${t.name}`).toBeGreaterThan(0);
      expect(bare[t.name].n, `rows of B in ${t.name}`).toBeGreaterThan(0);
      const seen = await asAppRole(
        a.tenant.id,
        async (db) =>
          rowsOf<{ total: number; others: number }>(
            await db.execute(
              sql`select count(*)::int as total, count(*) filter (where ${sql.identifier(t.tenantColumn)} is distinct from ${a.tenant.id}::uuid)::int as others from ${ident(t.name)}`,
            ),
          )[0],
      );
      expect({ table: t.name, ...seen }).toEqual({ table: t.name, total: own[t.name].n, others: 0 });
      const none = await asAppRole(
        null,
        async (db) => rowsOf<{ total: number }>(await db.execute(sql`select count(*)::int as total from ${ident(t.name)}`))[0],
      );
      expect({ table: t.name, ...none }).toEqual({ table: t.name, total: 0 });
    }
  });

  /** Tables the application may only append to. */
  const APPEND_ONLY = ['users.audit_log'];

  test("the application role of A cannot insert a row into B, move one of its rows to B, or touch B's rows", async () => {
    const tables = await isolatedTables();
    const before = await fingerprint(b.tenant.id);
    for (const t of tables) {
      const column = sql.identifier(t.tenantColumn);
      // A copy of one of A's rows, as B's: refused by the policy's WITH CHECK before any constraint is looked at.
      const insert = await failure(
        asAppRole(a.tenant.id, (db) =>
          db.execute(
            sql`insert into ${ident(t.name)} select (jsonb_populate_record(null::${ident(t.name)}, to_jsonb(x) || jsonb_build_object(${t.tenantColumn}::text, ${b.tenant.id}::text))).* from ${ident(t.name)} x limit 1`,
          ),
        ),
      );
      expect(rlsRefusal(insert), `insert into ${t.name}`).toMatch(/new row violates row-level security policy/);
      if (APPEND_ONLY.includes(t.name)) {
        // No update or delete at all, of anyone's rows.
        for (const statement of [sql`update ${ident(t.name)} set ${column} = ${column}`, sql`delete from ${ident(t.name)}`]) {
          expect(rlsRefusal(await failure(asAppRole(a.tenant.id, (db) => db.execute(statement)))), `${t.name} is append-only`).toMatch(/permission denied/);
        }
        continue;
      }
      const move = await failure(
        asAppRole(a.tenant.id, (db) => db.execute(sql`update ${ident(t.name)} set ${column} = ${b.tenant.id}::uuid where ${column} = ${a.tenant.id}::uuid`)),
      );
      expect(rlsRefusal(move), `update of ${t.name}`).toMatch(/new row violates row-level security policy/);
      const touched = await asAppRole(a.tenant.id, async (db) => {
        const updated = rowsOf(await db.execute(sql`update ${ident(t.name)} set ${column} = ${column} where ${column} = ${b.tenant.id}::uuid returning 1`));
        const deleted = rowsOf(await db.execute(sql`delete from ${ident(t.name)} where ${column} = ${b.tenant.id}::uuid returning 1`));
        return updated.length + deleted.length;
      });
      expect(touched, `rows of B updated or deleted in ${t.name}`).toBe(0);
    }
    expect(await fingerprint(b.tenant.id)).toEqual(before);
  });

  test("row-level security holds even where a data function is handed the wrong tenant: inside A, B's id finds nothing", async () => {
    const bIssues = b.issues.slice(0, 5).map((i) => i.id);
    // The control: the system scope (no row-level limit) finds B's rows through the same functions.
    const control = await asSystem(database.db, async (db) => ({
      boards: (await sprintsData.listBoards(db, b.tenant.id)).length,
      issues: (await issuesData.issuesByIds(db, b.tenant.id, bIssues)).length,
      users: (await usersData.listUsers(db, b.tenant.id)).length,
      settings: (
        await capacityData.settingsByIds(
          db,
          b.tenant.id,
          b.capacitySettings.map((s) => s.id),
        )
      ).length,
    }));
    expect(control).toEqual({ boards: b.boards.length, issues: 5, users: b.users.length, settings: b.capacitySettings.length });
    // A resolver that passed the wrong tenant (or forgot the filter) inside a request of A.
    const leaked = await withTenant(database.db, a.tenant.id, async (db) => ({
      boards: (await sprintsData.listBoards(db, b.tenant.id)).length,
      issues: (await issuesData.issuesByIds(db, b.tenant.id, bIssues)).length,
      users: (await usersData.listUsers(db, b.tenant.id)).length,
      settings: (
        await capacityData.settingsByIds(
          db,
          b.tenant.id,
          b.capacitySettings.map((s) => s.id),
        )
      ).length,
      connection: await issuesData.connectionById(db, extra.get(b.tenant.id)!.connection),
    }));
    expect(leaked).toEqual({ boards: 0, issues: 0, users: 0, settings: 0, connection: null });
  });
});

describe("the API: a user of A and B's entities", () => {
  const userOfA = (): Identity => ({ kind: 'user', tenantId: a.tenant.id, userId: a.users[0].id, role: 'ADMIN', email: a.users[0].email, teams: {} });
  const run = async (name: SubgraphName, query: string, variables: Record<string, unknown> = {}) => {
    const result = await executeInProcess(runtime.local.get(name)!, userOfA(), query, variables);
    return { data: result.data as Record<string, any> | null | undefined, codes: (result.errors ?? []).map((e) => e.extensions?.code) };
  };
  const entities = async (name: SubgraphName, typename: string, fields: string, representations: Record<string, unknown>[]) => {
    const { data, codes } = await run(name, `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${fields} } } }`, {
      r: representations.map((r) => ({ __typename: typename, ...r })),
    });
    expect(codes).toEqual([]);
    return data!._entities as (Record<string, unknown> | null)[];
  };
  /** A root field by id: NOT_FOUND, and no data. */
  const notFound = async (name: SubgraphName, query: string, variables: Record<string, unknown>) => {
    const { data, codes } = await run(name, query, variables);
    expect({ query, codes }).toEqual({ query, codes: ['NOT_FOUND'] });
    expect(Object.values(data ?? {}).filter((v) => v !== null)).toEqual([]);
  };
  const bIds = () => ({ ...extra.get(b.tenant.id)!, sprint: b.sprints.find((s) => s.state === 'CLOSED')! });

  test('Tenant: the tenant field is A, and B is no entity', async () => {
    expect((await run('users', '{ tenant { id } }')).data).toEqual({ tenant: { id: a.tenant.id } });
    expect(await entities('users', 'Tenant', 'id name', [{ id: b.tenant.id }, { id: a.tenant.id }])).toEqual([null, { id: a.tenant.id, name: a.tenant.name }]);
  });

  test('User and Team: not by id, not in the lists, not as entities', async () => {
    await notFound('users', 'query($id: ID!) { user(id: $id) { id } }', { id: b.users[0].id });
    await notFound('users', 'query($id: ID!) { team(id: $id) { id } }', { id: b.teams[0].id });
    const lists = (await run('users', '{ users { id } teams { id } }')).data!;
    expect(lists.users.map((u: { id: string }) => u.id).sort()).toEqual(a.users.map((u) => u.id).sort());
    expect(lists.teams.map((t: { id: string }) => t.id)).toEqual(a.teams.map((t) => t.id));
    expect(await entities('users', 'User', 'id email', [{ id: b.users[0].id }])).toEqual([null]);
    expect(await entities('users', 'Team', 'id name', [{ id: b.teams[0].id }])).toEqual([null]);
    // The subgraphs that extend Team find nothing of B's team either.
    expect(await entities('sprints', 'Team', 'id boards { id }', [{ id: b.teams[0].id }])).toEqual([{ id: b.teams[0].id, boards: [] }]);
    expect(await entities('capacity', 'Team', 'id capacitySettings { id }', [{ id: b.teams[0].id }])).toEqual([{ id: b.teams[0].id, capacitySettings: [] }]);
  });

  test('Board, Sprint and its analysis: not by id, not in the lists, not as entities', async () => {
    const { sprint } = bIds();
    await notFound('sprints', 'query($id: ID!) { board(id: $id) { id } }', { id: b.boards[0].id });
    await notFound('sprints', 'query($id: ID!) { sprint(id: $id) { id analysis { committedPoints } } }', { id: sprint.id });
    expect((await run('sprints', '{ boards { id } }')).data!.boards).toEqual(a.boards.map((x) => ({ id: x.id })));
    expect(await entities('sprints', 'Board', 'id name', [{ id: b.boards[0].id }])).toEqual([null]);
    expect(await entities('sprints', 'Sprint', 'id name analysis { committedPoints }', [{ id: sprint.id }])).toEqual([null]);
    // Sprint's fields in other subgraphs: no issues, queue or reports of B's sprint.
    expect(await entities('issues', 'Sprint', 'id issues { id }', [{ id: sprint.id }])).toEqual([{ id: sprint.id, issues: [] }]);
    const active = b.sprints.find((s) => s.state === 'ACTIVE')!;
    expect(await entities('queues', 'Sprint', 'id queue { id }', [{ id: active.id }])).toEqual([{ id: active.id, queue: null }]);
    expect(await entities('reports', 'Sprint', 'id reports { id }', [{ id: active.id }])).toEqual([{ id: active.id, reports: [] }]);
  });

  test('Issue: not by key, not as an entity by id or by key', async () => {
    const issue = b.issues[0];
    await notFound('issues', 'query($key: String!) { issue(key: $key) { id } }', { key: issue.key });
    expect(await entities('issues', 'Issue', 'id key summary', [{ id: issue.id }, { key: issue.key }])).toEqual([null, null]);
  });

  test('JiraConnection and SyncRun: not by id, not in the lists, not as entities', async () => {
    const { connection, run: syncRun } = bIds();
    await notFound('issues', 'query($id: ID!) { jiraConnection(id: $id) { id } }', { id: connection });
    await notFound('issues', 'query($id: ID!) { syncRun(id: $id) { id } }', { id: syncRun });
    const { jiraConnections } = (await run('issues', '{ jiraConnections { id syncRuns { id } } }')).data!;
    const mine = extra.get(a.tenant.id)!;
    expect(jiraConnections).toEqual([{ id: mine.connection, syncRuns: [{ id: mine.run }] }]);
    expect(await entities('issues', 'JiraConnection', 'id name baseUrl', [{ id: connection }])).toEqual([null]);
    expect(await entities('issues', 'SyncRun', 'id status', [{ id: syncRun }])).toEqual([null]);
  });

  test('CapacitySetting, Queue and Report: not by id, not as entities', async () => {
    const { queue, report } = bIds();
    const setting = b.capacitySettings[0].id;
    await notFound('capacity', 'query($id: ID!) { capacitySetting(id: $id) { id } }', { id: setting });
    await notFound('queues', 'query($id: ID!) { queue(id: $id) { id } }', { id: queue });
    await notFound('reports', 'query($id: ID!) { report(id: $id) { id } }', { id: report });
    expect(await entities('capacity', 'CapacitySetting', 'id discipline', [{ id: setting }])).toEqual([null]);
    expect(await entities('queues', 'Queue', 'id status items { position }', [{ id: queue }])).toEqual([null]);
    expect(await entities('reports', 'Report', 'id format', [{ id: report }])).toEqual([null]);
  });

  test("A's ADMIN cannot change B's board team, connection or runs: NOT_FOUND, and nothing of B's changes", async () => {
    const { connection, run: syncRun } = bIds();
    const before = await fingerprint(b.tenant.id);
    const attempts: [SubgraphName, string, Record<string, unknown>][] = [
      ['sprints', 'mutation($id: ID!, $team: ID) { setBoardTeam(boardId: $id, teamId: $team) { id } }', { id: b.boards[0].id, team: a.teams[0].id }],
      ['sprints', 'mutation($id: ID!) { setBoardTeam(boardId: $id, teamId: null) { id } }', { id: b.boards[0].id }],
      ['issues', 'mutation($id: ID!) { updateJiraConnection(id: $id, input: { name: "Mine now", syncIntervalMinutes: 5 }) { id } }', { id: connection }],
      ['issues', 'mutation($id: ID!) { deleteJiraConnection(id: $id) }', { id: connection }],
      ['issues', 'mutation($id: ID!) { startSync(connectionId: $id, full: true) { id } }', { id: connection }],
      ['issues', 'mutation($id: ID!) { cancelSync(id: $id) { id } }', { id: syncRun }],
    ];
    for (const [name, query, variables] of attempts) await notFound(name, query, variables);
    expect(await fingerprint(b.tenant.id)).toEqual(before);
  });
});

describe('jobs queued in a request (afterCommit)', () => {
  /** Sets a board's team and queues the recomputation of a sprint in one request; `fail` adds a field that fails it. */
  const operation = (fail: boolean) => /* GraphQL */ `
    mutation($board: ID!, $team: ID, $sprints: [ID!]!) {
      setBoardTeam(boardId: $board, teamId: $team) { id }
      sprintsChanged(sprintIds: $sprints, wait: false)
      ${fail ? 'fail: setBoardTeam(boardId: "not-an-id") { id }' : ''}
    }`;

  test('a failed request rolls back and its job never runs; a committed one runs after the commit and sees the rows', async () => {
    // A runtime whose job runner is watched: the sprints subgraph queues its refresh job on it (and
    // records its audit entries with the users subgraph, in the same transaction).
    const jobs = new InProcessJobRunner(createLogger('silent'));
    const watched = testRuntime(database, { modules: [sprints, users], jobs });
    const seen: { sprintIds: string[]; team: string | null }[] = [];
    const board = a.boards[0];
    jobs.handle<{ tenantId: string; sprintIds: string[] }>('sprints.refresh-analyses', async ({ tenantId, sprintIds }) => {
      const [row] = await withTenant(database.db, tenantId, (db) => sprintsData.boardsByIds(db, tenantId, [board.id]));
      seen.push({ sprintIds, team: row.teamId });
    });
    const request = (fail: boolean, team: string | null) =>
      executeInProcess(watched.local.get('sprints')!, serviceIdentity(a.tenant.id), operation(fail), { board: board.id, team, sprints: [a.sprints[0].id] });
    const teamNow = async () => (await withTenant(database.db, a.tenant.id, (db) => sprintsData.boardsByIds(db, a.tenant.id, [board.id])))[0].teamId;
    const teamBefore = await teamNow();

    const failed = await request(true, null);
    expect(failed.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    await jobs.idle();
    expect(seen).toEqual([]);
    expect(await teamNow()).toBe(teamBefore);

    const committed = await request(false, null);
    expect(committed.errors).toBeUndefined();
    await jobs.idle();
    // Queued after the commit: the jobs' own transactions read the team the request set (setBoardTeam
    // queues the board's re-analysis too: disciplines fall back to the team's).
    expect(seen).toContainEqual({ sprintIds: [a.sprints[0].id], team: null });
    expect(seen.map((s) => s.team)).toEqual(seen.map(() => null));
    await jobs.close();
    await withTenant(database.db, a.tenant.id, (db) => sprintsData.setBoardTeam(db, a.tenant.id, board.id, teamBefore));
  });
});
