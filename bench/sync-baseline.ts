/**
 * The sync benchmark's yardstick: how long PostgreSQL takes to load the rows a sync wrote when
 * nothing but loading happens. The rows are read back from the synced tables into memory first
 * (untimed), then loaded into empty copies of the five tables in a schema of their own:
 * `CREATE TABLE … (LIKE issues.<table> INCLUDING ALL)` (same columns, defaults, primary keys,
 * unique and other indexes) plus the same foreign keys to the copied issues table, since the sync
 * pays for those too. Each load is one transaction.
 *
 * - COPY (the headline baseline): `COPY … FROM STDIN` in text format, fed the exact bytes that
 *   `COPY … TO STDOUT` gave for the synced table. PostgreSQL's own bulk-load path, with no value
 *   serialisation in JS and no statement parsing: the fastest way these rows can get in, hence the
 *   strictest yardstick for "raw insert throughput".
 * - multi-row INSERT: what a client-side bulk write at its best looks like: postgres.js, every
 *   value a text parameter (the server casts), as many rows per statement as 65,535 parameters
 *   allow, no ON CONFLICT.
 */
import { pipeline } from 'node:stream/promises';
import { Readable, Writable } from 'node:stream';
import postgres from 'postgres';

/** Parents first: the children's foreign keys point at issues. */
export const SYNCED_TABLES = ['issues', 'issue_changelog', 'issue_sprints', 'issue_status_changes', 'issue_estimate_changes'] as const;
const MAX_PARAMS = 65_535;

export interface Baseline {
  name: string;
  ms: number;
  detail: string;
}

/** Rows and on-disk size (table, indexes, TOAST) of each synced table. */
export async function tableStats(db: { execute(query: any): Promise<any> }): Promise<{ table: string; rows: number; bytes: number }[]> {
  const { sql } = await import('drizzle-orm');
  const out = [];
  for (const table of SYNCED_TABLES) {
    const result = await db.execute(sql.raw(`select count(*)::int as n, pg_total_relation_size('issues.${table}')::bigint as bytes from issues.${table}`));
    const row = (Array.isArray(result) ? result[0] : result.rows[0]) as { n: number; bytes: string | number };
    out.push({ table, rows: Number(row.n), bytes: Number(row.bytes) });
  }
  return out;
}

/** Empty copies of the synced tables in `schema`, with the same indexes and foreign keys. */
async function copyTables(sql: postgres.Sql, schema: string) {
  await sql.unsafe(`create schema ${schema}`);
  for (const table of SYNCED_TABLES) await sql.unsafe(`create table ${schema}.${table} (like issues.${table} including all)`);
  const fks = await sql<{ table: string; name: string; def: string }[]>`
    select c.conrelid::regclass::text as table, c.conname as name, pg_get_constraintdef(c.oid) as def
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where n.nspname = 'issues' and c.contype = 'f' and c.conrelid::regclass::text = any(${SYNCED_TABLES.map((t) => `issues.${t}`)})`;
  for (const fk of fks) {
    const table = fk.table.replace(/^issues\./, '');
    await sql.unsafe(`alter table ${schema}.${table} add constraint ${fk.name} ${fk.def.replace(/REFERENCES issues\./g, `REFERENCES ${schema}.`)}`);
  }
  return fks.length;
}

/**
 * COPY … TO STDOUT into 1 MB buffers (postgres.js gives a row per chunk). Drained through
 * pipeline(): postgres.js 3.4.9 leaves the connection hanging when a `for await` loop reads it.
 */
async function copyOut(sql: postgres.Sql, query: string): Promise<Buffer[]> {
  const out: Buffer[] = [];
  let pending: Buffer[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length) out.push(Buffer.concat(pending));
    pending = [];
    size = 0;
  };
  await pipeline(
    await sql.unsafe(query).readable(),
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        pending.push(chunk);
        size += chunk.length;
        if (size >= 1 << 20) flush();
        done();
      },
      final(done) {
        flush();
        done();
      },
    }),
  );
  return out;
}

export async function bulkInsertBaselines(url: string): Promise<Baseline[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    // Read everything first (untimed): the COPY text of each table, and each row's values as text.
    const copyText = new Map<string, Buffer[]>();
    const rowsAsText = new Map<string, { columns: string[]; rows: (string | null)[][] }>();
    for (const table of SYNCED_TABLES) {
      copyText.set(table, await copyOut(sql, `copy issues.${table} to stdout`));
      const columns = (await sql<{ name: string }[]>`
        select column_name as name from information_schema.columns where table_schema = 'issues' and table_name = ${table} order by ordinal_position`).map((c) => c.name);
      const rows = await sql.unsafe(`select ${columns.map((c) => `"${c}"::text`).join(', ')} from issues.${table}`).values();
      rowsAsText.set(table, { columns, rows: rows as unknown as (string | null)[][] });
    }
    const bytes = [...copyText.values()].flat().reduce((n, b) => n + b.length, 0);
    const rowCount = [...rowsAsText.values()].reduce((n, t) => n + t.rows.length, 0);

    const fkCount = await copyTables(sql, 'bench_copy');
    await copyTables(sql, 'bench_insert');

    const copyStarted = performance.now();
    await sql.begin(async (tx) => {
      for (const table of SYNCED_TABLES) {
        const writable = await tx.unsafe(`copy bench_copy.${table} from stdin`).writable();
        await pipeline(Readable.from(copyText.get(table)!), writable);
      }
    });
    const copyMs = performance.now() - copyStarted;
    copyText.clear();

    let statements = 0;
    const insertStarted = performance.now();
    await sql.begin(async (tx) => {
      for (const table of SYNCED_TABLES) {
        const { columns, rows } = rowsAsText.get(table)!;
        const perStatement = Math.floor(MAX_PARAMS / columns.length);
        for (let i = 0; i < rows.length; i += perStatement) {
          const chunk = rows.slice(i, i + perStatement);
          const params: (string | null)[] = [];
          const tuples = chunk.map((row) => `(${row.map((v) => (params.push(v), `$${params.length}`)).join(',')})`);
          await tx.unsafe(`insert into bench_insert.${table} (${columns.map((c) => `"${c}"`).join(',')}) values ${tuples.join(',')}`, params);
          statements++;
        }
      }
    });
    const insertMs = performance.now() - insertStarted;

    return [
      { name: 'COPY', ms: copyMs, detail: `${rowCount.toLocaleString('en-US')} rows, ${(bytes / 1024 / 1024).toFixed(0)} MB of COPY text, ${fkCount} foreign keys, one transaction` },
      { name: 'multi-row INSERT', ms: insertMs, detail: `${statements} statements of up to 65,535 parameters, one transaction` },
    ];
  } finally {
    await sql.end({ timeout: 5 });
  }
}
