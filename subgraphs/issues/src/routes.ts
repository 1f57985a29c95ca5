import express, { type Response } from 'express';
import { appError, errorCodeOf, httpStatusOf, outageCodeOf, type Logger, type SubgraphRoute } from '@sprint-reports/core';
import { ReceiveDocument, WebhookTenantDocument } from './remote/__generated__/issues.ts';

/** The database or a subgraph is away: 503 and Retry-After, so JIRA delivers it again (applying it twice changes nothing). */
function away(res: Response, code: string, connection: string, log: Logger) {
  log.warn({ code, connection }, 'JIRA webhook not applied: a part of the system is away');
  res.status(503).set('retry-after', '5').json({ ok: false, code, message: 'The webhook could not be applied right now; send it again shortly' });
}

/**
 * `POST /webhooks/jira/:connectionId`: JIRA's webhooks. The body is kept raw, byte for byte, because
 * the signature (X-Hub-Signature) is an HMAC of exactly those bytes. Served by the process that runs
 * the issues subgraph (routes.ts in core), which calls its own schema twice: the system scope finds
 * the connection's tenant (nothing else runs across tenants), then the webhook runs as a service of
 * that tenant, in one transaction scoped to it, which checks the signature (401 unless the
 * connection's signing is OFF), then the body's shape (400 naming what is wrong), and applies the
 * event (or, on any error, writes nothing). A 500 is a fault of ours.
 */
export const jiraWebhook: SubgraphRoute = {
  method: 'post',
  path: '/webhooks/jira/:connectionId',
  // JIRA signs its webhooks; it signs in nowhere.
  edge: 'none',
  body: express.raw({ type: () => true, limit: '5mb' }),
  unavailable: (res, code, log) => away(res, code, String(res.req.params.connectionId ?? ''), log),
  async handle(req, res, { runtime, log }) {
    const connectionId = String(req.params.connectionId);
    // The exact bytes travel on (base64): the signature is an HMAC of them.
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    try {
      const { jiraWebhookTenant: tenantId } = await runtime.client.execute('issues', null, WebhookTenantDocument, { connectionId });
      if (!tenantId) throw appError('NOT_FOUND', `No JIRA connection ${connectionId}`);
      const data = await runtime.client.execute('issues', tenantId, ReceiveDocument, {
        connectionId,
        bodyBase64: body.toString('base64'),
        signature: req.get('x-hub-signature') ?? null,
      });
      res.json({ ok: true, result: data.receiveJiraWebhook });
    } catch (err) {
      const code = errorCodeOf(err);
      if (outageCodeOf(err)) return away(res, code, connectionId, log);
      const status = httpStatusOf(code);
      if (status === 500) log.error({ err: (err as Error).message }, 'JIRA webhook failed');
      else log.warn({ code, connection: connectionId }, 'JIRA webhook rejected');
      res.status(status).json({
        ok: false,
        code: code || 'INTERNAL_SERVER_ERROR',
        message: status === 500 ? 'The webhook could not be applied' : (err as Error).message.replace(/^issues subgraph: /, ''),
      });
    }
  },
};
