/**
 * The sync benchmark's yardstick: how long PostgreSQL takes to load the rows a sync wrote when
 * nothing but loading happens. The rows are read back from the synced tables into memory first
 * (untimed), then loaded into empty copies of the five tables in a schema of their own:
 * `CREATE TABLE … (LIKE issues.<table> INCLUDING ALL)` (same columns, defaults, primary keys,
 * unique and other indexes) plus the same foreign keys (to the copied issues table, and from it to
 * the real connection row), since the sync pays for those too. Each load is one transaction.
 *
 * - COPY (the headline baseline): `COPY … FROM STDIN` in text format, of the synced rows' values as
 *   PostgreSQL prints them. Its own bulk-load path, with no value serialisation in JS (the text is
 *   built before the clock starts) and no statement parsing: the fastest way these rows can get
 *   in, hence the strictest yardstick for "raw insert throughput".
 * - multi-row INSERT: what a client-side bulk write at its best looks like: postgres.js, every
 *   value a text parameter (the server casts), as many rows per statement as postgres.js's 65,533
 *   parameters allow, no ON CONFLICT.
 */
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import postgres from 'postgres';

/** Parents first: the children's foreign keys point at issues. */
export const SYNCED_TABLES = ['issues', 'issue_changelog', 'issue_sprints', 'issue_status_changes', 'issue_estimate_changes'] as const;
const MAX_PARAMS = 65_533; // postgres.js refuses 65,534 and more

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
    // A reference to one of the copied tables points at its copy; any other (the connection) stays.
    const def = fk.def.replace(/REFERENCES issues\.(\w+)/g, (ref, target: string) =>
      (SYNCED_TABLES as readonly string[]).includes(target) ? `REFERENCES ${schema}.${target}` : ref,
    );
    await sql.unsafe(`alter table ${schema}.${table} add constraint ${fk.name} ${def}`);
  }
  return fks.length;
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Rows of text values as COPY's text format (tab-separated, \N for NULL, backslash escapes), in
 * buffers of about 1 MB. Built here rather than read with COPY … TO STDOUT: postgres.js 3.4.9 now
 * and then never delivers the result of the query after a COPY out on the same connection.
 */
function copyText(rows: (string | null)[][]): Buffer[] {
  const out: Buffer[] = [];
  let lines: string[] = [];
  let size = 0;
  for (const row of rows) {
    const line = row.map((v) => (v === null ? '\\N' : v.replace(/[\\\n\r\t]/g, (c) => COPY_ESCAPES[c]))).join('\t');
    lines.push(line);
    size += line.length;
    if (size >= 1 << 20) {
      out.push(Buffer.from(`${lines.join('\n')}\n`));
      lines = [];
      size = 0;
    }
  }
  if (lines.length) out.push(Buffer.from(`${lines.join('\n')}\n`));
  return out;
}

export async function bulkInsertBaselines(url: string): Promise<Baseline[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    // Read everything first (untimed): each row's values as text, and the same as COPY text.
    const copyBuffers = new Map<string, Buffer[]>();
    const rowsAsText = new Map<string, { columns: string[]; rows: (string | null)[][] }>();
    for (const table of SYNCED_TABLES) {
      const columns = (
        await sql<{ name: string }[]>`
        select column_name as name from information_schema.columns where table_schema = 'issues' and table_name = ${table} order by ordinal_position`
      ).map((c) => c.name);
      const rows = (await sql.unsafe(`select ${columns.map((c) => `"${c}"::text`).join(', ')} from issues.${table}`).values()) as unknown as (
        string | null
      )[][];
      rowsAsText.set(table, { columns, rows });
      copyBuffers.set(table, copyText(rows));
    }
    const bytes = [...copyBuffers.values()].flat().reduce((n, b) => n + b.length, 0);
    const rowCount = [...rowsAsText.values()].reduce((n, t) => n + t.rows.length, 0);

    const fkCount = await copyTables(sql, 'bench_copy');
    await copyTables(sql, 'bench_insert');

    const copyStarted = performance.now();
    await sql.begin(async (tx) => {
      for (const table of SYNCED_TABLES) {
        const writable = await tx.unsafe(`copy bench_copy.${table} from stdin`).writable();
        await pipeline(Readable.from(copyBuffers.get(table)!), writable);
      }
    });
    const copyMs = performance.now() - copyStarted;
    copyBuffers.clear();

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
      {
        name: 'COPY',
        ms: copyMs,
        detail: `${rowCount.toLocaleString('en-US')} rows, ${(bytes / 1024 / 1024).toFixed(0)} MB of COPY text, ${fkCount} foreign keys, one transaction`,
      },
      { name: 'multi-row INSERT', ms: insertMs, detail: `${statements} statements of up to 65,533 parameters, one transaction` },
    ];
  } finally {
    await sql.end({ timeout: 5 });
  }
}
