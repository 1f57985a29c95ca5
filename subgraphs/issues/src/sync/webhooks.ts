import { createHmac, timingSafeEqual } from 'node:crypto';
import { appError, badInput, isUuid, jiraObjectId, type Database, type Runtime } from '@sprint-reports/core';
import * as data from '../data/index.ts';
import { connectionById, connectionsByIds } from '../data/index.ts';
import { deriveIssue, type SiteFields } from '../jira/derive.ts';
import { parseJiraDate } from '../jira/parse.ts';
import type { JiraHistory, JiraIssue } from '../jira/types.ts';
import { parseWebhookBody, type IssueWebhookEvent } from '../jira/webhook-payload.ts';
import type { ConnectionRow } from '../models.ts';
import { requireSecrets } from './connections.ts';
import { DEFAULT_DISCIPLINES } from './engine.ts';
import { DeleteSprintDocument, SprintsChangedDocument, SyncSprintsDocument } from '../remote/__generated__/sprints.ts';
import { backlogChanged } from '../remote/queues.ts';
import { usersByAccount } from './assignees.ts';
import { markDeleted, sprintsOfIssues, storeIssues } from '../data/issue-store.ts';
import { followParents } from '../data/subtasks.ts';
import { announceIssues } from '../events.ts';

/** JIRA signs webhook bodies with the connection's secret: `X-Hub-Signature: sha256=<hex HMAC>`. */
export function verifySignature(secret: string, body: Buffer, signature: string | null | undefined): boolean {
  const match = /^sha256=([0-9a-f]{64})$/i.exec(signature?.trim() ?? '');
  if (!match) return false;
  const expected = createHmac('sha256', secret).update(body).digest();
  return timingSafeEqual(expected, Buffer.from(match[1], 'hex'));
}

const UNSIGNED =
  "The webhook must be signed: X-Hub-Signature (sha256=<hex HMAC-SHA256 of the body with the connection's webhook secret>) is missing or does not match";

/**
 * Signing is required unless an admin turned it off for this connection (webhookSigning OFF): then
 * the signature is not looked at, since anyone may send an unsigned body anyway. A connection that
 * requires signing but has no secret yet (made before secrets were generated) refuses every
 * webhook until an admin rotates its secret into being.
 */
function checkSignature(runtime: Runtime, connection: ConnectionRow, body: Buffer, signature: string | null | undefined) {
  if (connection.webhookSigning === 'OFF') return;
  if (!connection.webhookSecretSealed) {
    runtime.log.warn(
      { connection: connection.id, tenant: connection.tenantId },
      'JIRA webhook refused: the connection requires signed webhooks but has no secret yet (rotateJiraWebhookSecret makes one)',
    );
    throw appError('UNAUTHENTICATED', UNSIGNED);
  }
  const secret = requireSecrets(runtime).open(connection.webhookSecretSealed);
  if (!verifySignature(secret, body, signature)) throw appError('UNAUTHENTICATED', UNSIGNED);
}

/** The site fields webhooks derive with: what the last sync learned and stored on the connection. */
export function siteFieldsOf(connection: ConnectionRow): SiteFields {
  return {
    sprintField: connection.sprintField,
    rankField: connection.rankField,
    storyPointsField: connection.effectiveStoryPointsField
      ? { id: connection.effectiveStoryPointsField, name: connection.effectiveStoryPointsFieldName ?? connection.effectiveStoryPointsField }
      : null,
    statuses: new Map(connection.statuses.map((s) => [s.id, { name: s.name, category: s.category }])),
    disciplines: DEFAULT_DISCIPLINES,
  };
}

/**
 * The tenant a webhook is for, from the connection its URL names: looked up across tenants (the
 * system scope), so that the webhook itself can then run in that tenant's scope. Null when there
 * is no such connection.
 */
export async function webhookTenant(db: Database, connectionId: string): Promise<string | null> {
  if (!isUuid(connectionId)) return null;
  return (await connectionById(db, connectionId))?.tenantId ?? null;
}

/**
 * Applies one JIRA webhook, in the request's transaction (`db`), scoped to the connection's tenant:
 * everything it writes, here and in the sprints subgraph, commits or rolls back together. The
 * signature is checked first (UNAUTHENTICATED), then the body's shape (BAD_USER_INPUT naming the
 * faults), so the domain below only ever reads what the schema let through.
 * Idempotent and safe out of order: change items are stored by their history id, an issue's fields
 * are only replaced by a newer `updated`, and its derived history is rebuilt from everything
 * stored. Unknown events are acknowledged and ignored. The analyses of the sprints it touches are
 * recomputed in the background once it commits. Returns what it did, for the log.
 */
export async function receiveWebhook(
  runtime: Runtime,
  db: Database,
  tenantId: string,
  connectionId: string,
  body: Buffer,
  signature: string | null | undefined,
): Promise<string> {
  if (!isUuid(connectionId)) throw appError('NOT_FOUND', `No JIRA connection ${connectionId}`);
  const [connection] = await connectionsByIds(db, tenantId, [connectionId]);
  if (!connection) throw appError('NOT_FOUND', `No JIRA connection ${connectionId}`);
  checkSignature(runtime, connection, body, signature);
  // The shape is checked before anything is read from it: a wrong type is a 400 naming it, never a crash half-way.
  const parsed = parseWebhookBody(body);
  if (!parsed.ok) throw badInput(parsed.reason);
  if ('ignored' in parsed) return `ignored ${parsed.ignored}`;
  const { event } = parsed;
  const scope = { tenantId, connectionId, runId: null };
  const at = event.timestamp ? new Date(event.timestamp) : new Date();
  let touched: string[] = [];
  let written: string[] = [];
  let outcome: string;

  switch (event.webhookEvent) {
    case 'jira:issue_created':
    case 'jira:issue_updated': {
      ({ sprintIds: touched, written } = await applyIssueEvent(runtime, db, connection, event, at));
      outcome = `${event.webhookEvent} ${event.issue.key}`;
      break;
    }
    case 'jira:issue_deleted': {
      written = (await markDeleted(db, scope, event.issue.id, at)).map((r) => r.id);
      touched = await sprintsOfIssues(db, tenantId, written);
      outcome = `${event.webhookEvent} ${event.issue.key}`;
      break;
    }
    case 'sprint_created':
    case 'sprint_updated':
    case 'sprint_started':
    case 'sprint_closed': {
      const s = event.sprint;
      const date = (d: string | null | undefined) => (d ? parseJiraDate(d).toISOString() : null);
      const { syncJiraSprints } = await runtime.client.execute('sprints', tenantId, SyncSprintsDocument, {
        connectionId,
        sprints: [
          {
            jiraSprintId: s.id,
            jiraBoardId: s.originBoardId ?? 0,
            originBoardId: s.originBoardId ?? null,
            name: s.name,
            state: s.state,
            goal: s.goal || null,
            startDate: date(s.startDate),
            activatedDate: date(s.activatedDate),
            endDate: date(s.endDate),
            completeDate: date(s.completeDate),
            eventAt: at.toISOString(),
          },
        ],
      });
      touched = syncJiraSprints;
      outcome = `${event.webhookEvent} ${s.id}`;
      break;
    }
    case 'sprint_deleted': {
      await runtime.client.execute('sprints', tenantId, DeleteSprintDocument, { connectionId, jiraSprintId: event.sprint.id, eventAt: at.toISOString() });
      outcome = `sprint_deleted ${event.sprint.id}`;
      break;
    }
  }
  if (touched.length) await runtime.client.execute('sprints', tenantId, SprintsChangedDocument, { sprintIds: touched, wait: false });
  await announceIssues(runtime, tenantId, written);
  await backlogChanged(runtime.client, tenantId);
  runtime.log.info({ connection: connectionId, tenant: tenantId, outcome, sprints: touched.length }, 'JIRA webhook applied');
  return outcome;
}

/** Stores the event's issue; answers the issues written (none, or the one) and the sprints whose analyses they touch. */
async function applyIssueEvent(
  runtime: Runtime,
  t: Database,
  connection: ConnectionRow,
  event: IssueWebhookEvent,
  at: Date,
): Promise<{ written: string[]; sprintIds: string[] }> {
  const payload = event.issue;
  const tenantId = connection.tenantId;
  const issueId = jiraObjectId(tenantId, connection.id, 'issue', payload.id);
  const [stored] = await data.issuesByIds(t, tenantId, [issueId]);
  const assignee = payload.fields.assignee;
  // In-process, the users subgraph answers in this transaction; over HTTP, in its own.
  const users = await usersByAccount(runtime, tenantId, [stored?.assigneeAccountId, assignee?.accountId ?? assignee?.key ?? assignee?.name]);
  const payloadUpdated = payload.fields.updated ? parseJiraDate(payload.fields.updated) : at;
  // JIRA deletes for good: an event about the issue as it was before its deletion arrived late
  // (or is a retry) and must not bring it back. One updated after it (an issue the sweep marked
  // deleted when it left every board, now back) is applied, and the upsert clears deletedAt.
  if (stored?.deletedAt && payloadUpdated.getTime() <= stored.deletedAt.getTime()) return { written: [], sprintIds: [] };
  const newer = !stored || payloadUpdated.getTime() >= stored.updatedAt.getTime();
  const fields = newer || !stored.rawFields ? payload.fields : stored.rawFields;
  const change: JiraHistory[] = event.changelog?.items.length ? [{ id: event.changelog.id, created: at.toISOString(), items: event.changelog.items }] : [];
  // A new issue's history is this event's change (storeIssues writes it with the issue); a known
  // issue's is everything stored, this change added (its items are keyed by history id).
  let histories = change;
  if (stored) {
    if (change.length) {
      await data.addChangelogItems(
        t,
        change[0].items.map((item, itemIndex) => ({
          tenantId,
          issueId,
          historyId: change[0].id,
          itemIndex,
          at,
          field: item.field,
          fieldId: item.fieldId ?? null,
          fromValue: item.from,
          fromString: item.fromString,
          toValue: item.to,
          toString: item.toString,
        })),
      );
    }
    histories = await storedHistories(t, tenantId, issueId);
  }
  const site = siteFieldsOf(connection);
  const issue: JiraIssue = { id: payload.id, key: payload.key, fields };
  const derived = deriveIssue(issue, histories, site);
  const assigneeId = derived.assigneeAccountId ? (users.get(derived.assigneeAccountId) ?? null) : null;
  const scope = { tenantId, connectionId: connection.id, runId: null };
  const { written, sprintIds } = await storeIssues(t, scope, [{ derived, rawFields: fields, assigneeId }]);
  // A parent moved between sprints takes its sub-tasks along (JIRA sends nothing for them).
  const family = derived.isSubtask ? { subtaskIds: written, parentKeys: [] } : { subtaskIds: [], parentKeys: written.length ? [derived.key] : [] };
  const followed = await followParents(t, scope, family);
  return { written: [...new Set([...written, ...followed.subtaskIds])], sprintIds: [...new Set([...sprintIds, ...followed.sprintIds])] };
}

/** An issue's stored change items, regrouped into JIRA's histories. */
export async function storedHistories(db: Database, tenantId: string, issueId: string): Promise<JiraHistory[]> {
  const rows = await data.changelogOfIssue(db, tenantId, issueId);
  const histories = new Map<string, JiraHistory>();
  for (const r of rows) {
    let h = histories.get(r.historyId);
    if (!h) histories.set(r.historyId, (h = { id: r.historyId, created: r.at.toISOString(), items: [] }));
    h.items.push({ field: r.field, fieldId: r.fieldId ?? undefined, from: r.fromValue, fromString: r.fromString, to: r.toValue, toString: r.toString });
  }
  return [...histories.values()];
}
