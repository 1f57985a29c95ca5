import { createHmac } from 'node:crypto';
import { renderFields, renderHistory, renderSprint, renderWebhookUser, ALL_FIELDS, type RenderContext } from './render.ts';
import type { JiraChangelogItem, JiraHistory, SimIssue, SimSprint } from './site.ts';

/** Webhook bodies as JIRA posts them, and the signed POST. */

export type IssueWebhookEvent = 'jira:issue_updated' | 'jira:issue_created' | 'jira:issue_deleted';
export type SprintWebhookEvent = 'sprint_started' | 'sprint_closed' | 'sprint_updated' | 'sprint_created' | 'sprint_deleted';

export interface IssueWebhookBody {
  timestamp: number;
  webhookEvent: IssueWebhookEvent;
  issue_event_type_name: string;
  user: Record<string, unknown>;
  issue: { id: string; key: string; self: string; fields: Record<string, unknown> };
  changelog?: { id: string; items: JiraChangelogItem[] };
}

export interface SprintWebhookBody {
  timestamp: number;
  webhookEvent: SprintWebhookEvent;
  sprint: ReturnType<typeof renderSprint>;
}

export type WebhookBody = IssueWebhookBody | SprintWebhookBody;

export function issueWebhook(ctx: RenderContext, event: IssueWebhookEvent, issue: SimIssue, at: Date, history?: JiraHistory): IssueWebhookBody {
  const eventType =
    event === 'jira:issue_created'
      ? 'issue_created'
      : event === 'jira:issue_deleted'
        ? 'issue_deleted'
        : // JIRA names workflow transitions "issue_generic", field edits "issue_updated".
          history?.items.some((i) => i.field === 'status')
          ? 'issue_generic'
          : 'issue_updated';
  return {
    timestamp: at.getTime(),
    webhookEvent: event,
    issue_event_type_name: eventType,
    user: renderWebhookUser(ctx),
    issue: { id: issue.id, key: issue.key, self: `${ctx.baseUrl}/rest/api/2/issue/${issue.id}`, fields: renderFields(ctx, issue, ALL_FIELDS) },
    ...(history && history.items.length ? { changelog: { id: history.id, items: renderHistory(ctx, history).items } } : {}),
  };
}

export function sprintWebhook(ctx: RenderContext, event: SprintWebhookEvent, sprint: SimSprint, at: Date): SprintWebhookBody {
  return { timestamp: at.getTime(), webhookEvent: event, sprint: renderSprint(ctx, sprint) };
}

/** `sha256=<hex HMAC-SHA256 of the raw body>`: the X-Hub-Signature JIRA sends for a webhook with a secret. */
export function webhookSignature(rawBody: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

/** POSTs a webhook body as JIRA does; returns the receiver's status. */
export async function sendWebhook(targetUrl: string, body: unknown, secret?: string): Promise<number> {
  const raw = JSON.stringify(body);
  const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8', 'User-Agent': 'Atlassian Webhook HTTP Client' };
  if (secret) headers['X-Hub-Signature'] = webhookSignature(raw, secret);
  const res = await fetch(targetUrl, { method: 'POST', headers, body: raw });
  await res.arrayBuffer();
  return res.status;
}
