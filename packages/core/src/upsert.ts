import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { IndexColumn, PgColumn, PgTable } from 'drizzle-orm/pg-core';

type TenantTable = PgTable & { tenantId: PgColumn };

/**
 * The conflict clause of an idempotent, tenant-safe upsert: on conflict, take these columns from
 * the incoming row (`excluded.<column>`), so a re-run of the same write changes nothing; and
 * only when the stored row belongs to the same tenant, so an id can never move data across tenants.
 */
export function upsertOn<T extends TenantTable>(
  table: T,
  target: IndexColumn | IndexColumn[],
  keys: (keyof T['_']['columns'] & string)[],
): { target: IndexColumn | IndexColumn[]; set: Record<string, SQL>; setWhere: SQL } {
  const columns = getTableColumns(table);
  return {
    target,
    set: Object.fromEntries(keys.map((k) => [k, sql.raw(`excluded."${columns[k].name}"`)])),
    setWhere: sql`${table.tenantId} = excluded.tenant_id`,
  };
}

/** Writes rows in chunks: Postgres takes at most 65,535 bind parameters per statement. */
export async function inChunks<T>(rows: T[], size: number, write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}
