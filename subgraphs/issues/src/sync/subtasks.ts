import { sql } from 'drizzle-orm';
import type { Database } from '@sprint-reports/core';
import { issuesTables } from '@sprint-reports/drizzle';
import type { StoreScope } from './store.ts';

const { issues, issueSprints } = issuesTables;

/** Rows of db.execute: postgres.js returns them as an array, PGlite in `rows`. */
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

/**
 * Sub-tasks have no Sprint history of their own in JIRA: they are in their parent's sprints (the
 * Sprint field mirrors the parent's, the changelog has no Sprint items, and moving the parent does
 * not update them). So a sub-task's memberships are its parent's, from the sub-task's creation on
 * (one created while the parent was in a running sprint joined it then; a membership that ended
 * before it existed is none of its own). Applied to the sub-tasks among `written` and the
 * sub-tasks of the parents among them, after they are stored; a sub-task whose parent is not
 * stored (a board not synced) keeps what its own fields say. Returns the sub-tasks re-derived, and
 * the sprints whose membership this may have changed (before and after), for their analyses.
 */
export async function followParents(db: Database, scope: StoreScope, written: string[]): Promise<{ subtaskIds: string[]; sprintIds: string[] }> {
  if (!written.length) return { subtaskIds: [], sprintIds: [] };
  const { tenantId, connectionId } = scope;
  const ids = `{${written.join(',')}}`; // uuids: one array parameter
  // The sub-tasks concerned, each with its (live) parent.
  const targets = sql`select s.id, s.created_at, p.id as parent_id
    from ${issues} s join ${issues} p on p.connection_id = s.connection_id and p.key = s.parent_key and p.deleted_at is null and p.tenant_id = s.tenant_id
    where s.tenant_id = ${tenantId} and s.connection_id = ${connectionId} and s.is_subtask and s.parent_key is not null
      and (s.id = any(${ids}::uuid[]) or s.parent_key in (select key from ${issues} w where w.tenant_id = ${tenantId} and w.id = any(${ids}::uuid[])))`;
  // Two statements: a delete and an insert of the same keys in one would race inside it.
  const removed = rowsOf<{ issue_id: string; sprint_id: string }>(await db.execute(sql`with t as (${targets})
    delete from ${issueSprints} m using t where m.tenant_id = ${tenantId} and m.issue_id = t.id returning m.issue_id, m.sprint_id`));
  const added = rowsOf<{ issue_id: string; sprint_id: string }>(await db.execute(sql`with t as (${targets})
    insert into ${issueSprints} (tenant_id, issue_id, sprint_id, added_at, removed_at)
    select ${tenantId}::uuid, t.id, pm.sprint_id, greatest(pm.added_at, t.created_at), pm.removed_at
    from t join ${issueSprints} pm on pm.tenant_id = ${tenantId} and pm.issue_id = t.parent_id
    where pm.removed_at is null or pm.removed_at > t.created_at
    on conflict do nothing
    returning issue_id, sprint_id`));
  const rows = [...removed, ...added];
  return { subtaskIds: [...new Set(rows.map((r) => r.issue_id))], sprintIds: [...new Set(rows.map((r) => r.sprint_id))] };
}
