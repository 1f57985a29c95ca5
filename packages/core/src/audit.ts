import type { Identity } from './identity.ts';
import type { Runtime } from './runtime.ts';
import { RecordAuditDocument } from './remote/__generated__/users.ts';

/** One change worth recording: `action` is `<thing>.<verb>` (jira_connection.created, user.updated). */
export interface AuditEvent {
  action: string;
  targetType: string;
  targetId?: string | null;
  /** What changed. Never secrets (tokens, passwords): the log is readable by every admin. */
  details?: Record<string, unknown>;
  /** Only for system-wide work (an identity without a tenant): the tenant whose log it goes to. */
  tenantId?: string;
}

/**
 * Appends to the tenant's audit log (the users subgraph owns it), with the caller's identity as the
 * actor (none for our own services). In-process the call joins the caller's transaction, so the entry
 * commits or rolls back with the change it records; over HTTP it is written when the call is made.
 */
export async function audit(ctx: { runtime: Runtime; identity: Identity }, event: AuditEvent): Promise<void> {
  const { identity } = ctx;
  const actor = identity.kind === 'user' ? { actorUserId: identity.userId, actorEmail: identity.email } : { actorUserId: null, actorEmail: null };
  const entry = {
    tenantId: identity.tenantId ? null : (event.tenantId ?? null),
    ...actor,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId ?? null,
    details: JSON.stringify(event.details ?? {}),
  };
  // The same scope as the caller's (its tenant, or system-wide): in-process, that joins its transaction.
  await ctx.runtime.client.execute('users', identity.tenantId, RecordAuditDocument, { entries: [entry] });
}
