import { badInput, forbidden, isUuid } from '@sprint-reports/core';
import type { Context } from './context.ts';
import type { AuditRow } from './data/audit-log.ts';

/* What the audit log accepts (recordAudit) and filters by (auditLog's kind); storing and paging it is data/audit-log.ts. */

const KIND = /^[a-z][a-z0-9_]*$/;

/** A kind to filter by: the first part of an action (jira_connection, user, team_member...). */
export function validKind(kind: string): string {
  const k = kind.trim();
  if (!KIND.test(k)) throw badInput(`"${kind}" is not a kind of audit entry (the part of an action before its dot, e.g. user or jira_connection)`, 'kind');
  return k;
}

export interface AuditEntryInput {
  tenantId?: string | null;
  actorUserId?: string | null;
  actorEmail?: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  details?: string | null;
}

const ACTION = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

/**
 * `recordAudit`: entries go to the calling service's tenant. A system-wide caller (no tenant) names
 * the tenant of each entry; a tenant's caller cannot write into another tenant's log.
 */
export function auditRowsFrom(ctx: Context, entries: readonly AuditEntryInput[]): AuditRow[] {
  const own = ctx.identity.tenantId;
  return entries.map((e, i) => {
    const tenantId = e.tenantId ?? own;
    if (!tenantId || !isUuid(tenantId)) throw badInput(`Audit entry ${i} needs a tenant`, 'tenantId');
    if (own && tenantId !== own) throw forbidden("An audit entry can only be written to the caller's own tenant");
    if (!ACTION.test(e.action)) throw badInput(`"${e.action}" is not an audit action (thing.verb, e.g. jira_connection.created)`, 'action');
    if (!e.targetType.trim()) throw badInput('An audit entry needs a target type', 'targetType');
    if (e.actorUserId != null && !isUuid(e.actorUserId)) throw badInput(`"${e.actorUserId}" is not a valid id`, 'actorUserId');
    let details: Record<string, unknown> = {};
    if (e.details) {
      try {
        details = JSON.parse(e.details) as Record<string, unknown>;
      } catch {
        throw badInput('Audit details must be a JSON object', 'details');
      }
      if (!details || typeof details !== 'object' || Array.isArray(details)) throw badInput('Audit details must be a JSON object', 'details');
    }
    return {
      tenantId,
      actorUserId: e.actorUserId ?? null,
      actorEmail: e.actorEmail ?? null,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId ?? null,
      details,
    };
  });
}
