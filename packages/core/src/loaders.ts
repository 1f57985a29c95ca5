import DataLoader from 'dataloader';
import { isUuid } from './ids.ts';

/**
 * Batch-function helpers: DataLoader wants results in the order of the keys, with a value
 * (or null / []) for every key, whatever the SQL returned.
 */
export function orderByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map<K, V>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((k) => byKey.get(k) ?? null);
}

export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const k = keyOf(row);
    let group = groups.get(k);
    if (!group) groups.set(k, (group = []));
    group.push(row);
  }
  return keys.map((k) => groups.get(k) ?? []);
}

/** A per-request loader; `maxBatchSize` keeps `IN (...)` lists within what Postgres plans well. */
export function loader<K, V>(batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  return new DataLoader<K, V>(batch, { maxBatchSize: 5000 });
}

/**
 * Ids reach loaders from clients and from other subgraphs' representations; one that is not a
 * UUID finds nothing, instead of failing the uuid cast for the whole batch.
 */
async function fetchValidIds<V>(ids: readonly string[], fetch: (ids: string[]) => Promise<V[]>): Promise<V[]> {
  const valid = ids.filter(isUuid);
  return valid.length ? fetch(valid) : [];
}

/** One row (or null) per id, fetched in one statement per batch. */
export const rowById = <V>(fetch: (ids: string[]) => Promise<V[]>, idOf: (row: V) => string) =>
  loader(async (ids: readonly string[]) => orderByKeys(ids, await fetchValidIds(ids, fetch), idOf));

/** The rows (possibly none) that belong to each id, fetched in one statement per batch. */
export const rowsById = <V>(fetch: (ids: string[]) => Promise<V[]>, idOf: (row: V) => string) =>
  loader(async (ids: readonly string[]) => groupByKeys(ids, await fetchValidIds(ids, fetch), idOf));
