import { sql } from 'drizzle-orm';
import type { Database } from '@sprint-reports/core';
import { issuesTables } from '@sprint-reports/drizzle';
import type { PreparedIssues, StoreScope } from './issue-store.ts';

const { issues, issueSprints } = issuesTables;

/** Rows of db.execute: postgres.js returns them as an array, PGlite in `rows`. */
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

/**
 * Sub-tasks have no Sprint history of their own in JIRA: they are in their parent's sprints (the
 * Sprint field mirrors the parent's, the changelog has no Sprint items, and moving the parent does
 * not update them). So a sub-task's memberships are its parent's, from the sub-task's creation on
 * (one created while the parent was in a running sprint joined it then; a membership that ended
 * before it existed is none of its own). Applied, once they are stored, to the sub-tasks written
 * and to the sub-tasks of the parents written; a sub-task whose parent is not stored (a board not
 * synced) keeps what its own fields say. Returns the sub-tasks whose memberships changed, and the
 * sprints of the memberships changed, for their analyses.
 */
export async function followParents(
  db: Database,
  scope: StoreScope,
  written: { subtaskIds: string[]; parentKeys: string[] },
): Promise<{ subtaskIds: string[]; sprintIds: string[] }> {
  if (!written.subtaskIds.length && !written.parentKeys.length) return { subtaskIds: [], sprintIds: [] };
  const { tenantId, connectionId } = scope;
  // One array parameter each: uuids as they are, keys quoted.
  const ids = `{${written.subtaskIds.join(',')}}`;
  const keys = `{${written.parentKeys.map((k) => `"${k.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
  // The sub-tasks concerned (by primary key; by the sub-tasks' partial index), each with its live
  // parent, looked up by key one at a time: a join would let the planner hash every issue of the
  // connection, on every page, while a first sync has left the statistics behind.
  const targets = sql`select s.id, s.created_at, p.id as parent_id
    from (
      select id, created_at, parent_key from ${issues}
      where tenant_id = ${tenantId} and connection_id = ${connectionId} and is_subtask and id = any(${ids}::uuid[])
      union
      select id, created_at, parent_key from ${issues}
      where tenant_id = ${tenantId} and connection_id = ${connectionId} and is_subtask and parent_key = any(${keys}::text[])
    ) s
    cross join lateral (
      select id from ${issues} p where p.tenant_id = ${tenantId} and p.connection_id = ${connectionId} and p.key = s.parent_key and p.deleted_at is null limit 1
    ) p`;
  // One statement: the memberships they should have are upserted, and those they have beyond
  // them deleted (disjoint rows, so the two parts cannot collide).
  const result = await db.execute(sql`with t as (${targets}),
    wanted as (
      select distinct on (t.id, pm.sprint_id, greatest(pm.added_at, t.created_at)) t.id as issue_id, pm.sprint_id, greatest(pm.added_at, t.created_at) as added_at, pm.removed_at
      from t join ${issueSprints} pm on pm.tenant_id = ${tenantId} and pm.issue_id = t.parent_id
      where pm.removed_at is null or pm.removed_at > t.created_at
    ),
    added as (
      insert into ${issueSprints} (tenant_id, issue_id, sprint_id, added_at, removed_at)
      select ${tenantId}::uuid, issue_id, sprint_id, added_at, removed_at from wanted
      on conflict (issue_id, sprint_id, added_at) do update set removed_at = excluded.removed_at
        where ${issueSprints.removedAt} is distinct from excluded.removed_at
      returning issue_id, sprint_id
    ),
    removed as (
      delete from ${issueSprints} m using t
      where m.tenant_id = ${tenantId} and m.issue_id = t.id
        and not exists (select 1 from wanted w where w.issue_id = m.issue_id and w.sprint_id = m.sprint_id and w.added_at = m.added_at)
      returning m.issue_id, m.sprint_id
    )
    select issue_id, sprint_id from added union select issue_id, sprint_id from removed`);
  const rows = rowsOf<{ issue_id: string; sprint_id: string }>(result);
  return { subtaskIds: [...new Set(rows.map((r) => r.issue_id))], sprintIds: [...new Set(rows.map((r) => r.sprint_id))] };
}

/** Of a page's issues written: the sub-tasks, and the keys of the others (parents, perhaps). */
export function writtenFamilies(prepared: PreparedIssues, written: readonly string[]) {
  const wrote = new Set(written);
  const out = { subtaskIds: [] as string[], parentKeys: [] as string[] };
  for (const { row } of prepared.chunks.flatMap((c) => c.issues)) {
    if (!wrote.has(row.id)) continue;
    if (row.isSubtask) out.subtaskIds.push(row.id);
    else out.parentKeys.push(row.key);
  }
  return out;
}
