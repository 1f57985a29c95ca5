import { audit, forbidden, notFound, orNotFound, parseId } from '@sprint-reports/core';
import type { CreateJiraConnectionInput, UpdateJiraConnectionInput } from './__generated__/resolvers-types.ts';
import type { Context } from './context.ts';
import { requestCancel } from './data/sync-runs.ts';
import { syncProgress } from './events.ts';
import { scheduleConnection, startSync } from './jobs.ts';
import { createConnection, deleteConnection, rotateWebhookSecret, updateConnection } from './sync/connections.ts';
import { REDERIVE_JOB } from './sync/rederive.ts';
import { receiveWebhook } from './sync/webhooks.ts';

/*
 * The JIRA connection mutations, audited: who connected what, never the credentials; and the
 * requests to the sync (startSync, cancelSync, receiveJiraWebhook), whose work is in sync/.
 */

export async function createJiraConnection(ctx: Context, input: CreateJiraConnectionInput) {
  const { runtime, tenantId } = ctx;
  const connection = await createConnection(runtime, tenantId, input);
  await scheduleConnection(runtime, connection);
  // Who connected what; never the credentials.
  await audit(ctx, {
    action: 'jira_connection.created',
    targetType: 'JiraConnection',
    targetId: connection.id,
    details: { name: connection.name, baseUrl: connection.baseUrl, flavor: connection.flavor, webhookSigning: connection.webhookSigning },
  });
  return connection;
}

export async function updateJiraConnection(ctx: Context, id: string, input: UpdateJiraConnectionInput) {
  const { runtime, loaders } = ctx;
  const existing = orNotFound(await loaders.connection.load(parseId(id)), 'JIRA connection', id);
  const updated = await updateConnection(runtime, existing, input);
  if (input.syncIntervalMinutes != null) await scheduleConnection(runtime, updated);
  if (input.storyPointsField !== undefined && updated.storyPointsField !== existing.storyPointsField) {
    await runtime.jobs.enqueue(REDERIVE_JOB, { connectionId: updated.id, tenantId: updated.tenantId });
  }
  // The names of the fields changed, not their values: a new token is a secret.
  const changed = Object.entries(input)
    .filter(([, value]) => value !== undefined)
    .map(([field]) => field);
  await audit(ctx, { action: 'jira_connection.updated', targetType: 'JiraConnection', targetId: updated.id, details: { name: updated.name, changed } });
  // Turning signing off opens the connection's webhooks to anyone: its own entry, easy to find.
  if (updated.webhookSigning !== existing.webhookSigning) {
    await audit(ctx, {
      action: 'jira_connection.webhook_signing_changed',
      targetType: 'JiraConnection',
      targetId: updated.id,
      details: { name: updated.name, from: existing.webhookSigning, to: updated.webhookSigning },
    });
  }
  return updated;
}

export async function rotateJiraWebhookSecret(ctx: Context, connectionId: string) {
  const existing = orNotFound(await ctx.loaders.connection.load(parseId(connectionId, 'connectionId')), 'JIRA connection', connectionId);
  const rotated = await rotateWebhookSecret(ctx.runtime, existing);
  await audit(ctx, { action: 'jira_connection.webhook_secret_rotated', targetType: 'JiraConnection', targetId: rotated.id, details: { name: rotated.name } });
  return rotated;
}

/** Another tenant's connection is as unknown as one that never was: NOT_FOUND, like every lookup by id. */
export async function deleteJiraConnection(ctx: Context, id: string) {
  const { runtime, tenantId } = ctx;
  const name = (await ctx.loaders.connection.load(parseId(id)))?.name;
  if (!(await deleteConnection(runtime, tenantId, parseId(id)))) throw notFound('JIRA connection', id);
  await audit(ctx, { action: 'jira_connection.deleted', targetType: 'JiraConnection', targetId: id, details: { name } });
  await scheduleConnection(runtime, { id, tenantId, syncIntervalMinutes: 0 });
  return true;
}

/** Queues a sync of the connection. The first sync of a connection is full whatever was asked: there is nothing to be incremental to. */
export async function requestSync({ runtime, tenantId, loaders }: Context, connectionId: string, full: boolean | null | undefined) {
  const connection = orNotFound(await loaders.connection.load(parseId(connectionId, 'connectionId')), 'JIRA connection', connectionId);
  return startSync(runtime, tenantId, connection.id, full === true || !connection.lastSyncedAt);
}

export async function cancelSync({ db, tenantId, runtime }: Context, id: string) {
  const run = orNotFound(await requestCancel(db, tenantId, parseId(id)), 'Sync run', id);
  await syncProgress(runtime, run);
  return run;
}

/** The whole webhook is the tenant's work, in its scope: the router finds the tenant first (jiraWebhookTenant). */
export function receiveJiraWebhook({ runtime, db, identity }: Context, connectionId: string, bodyBase64: string, signature: string | null | undefined) {
  if (!identity.tenantId) throw forbidden("receiveJiraWebhook runs as the connection's tenant: ask jiraWebhookTenant for it first");
  return receiveWebhook(runtime, db, identity.tenantId, connectionId, Buffer.from(bodyBase64, 'base64'), signature);
}
