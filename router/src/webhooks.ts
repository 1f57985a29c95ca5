import express, { type Router } from 'express';
import { GraphQLError } from 'graphql';
import { appError, outageCodeOf, type Logger, type Runtime } from '@sprint-reports/core';
import { ReceiveDocument, WebhookTenantDocument } from './remote/__generated__/issues.ts';


const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404 };

/**
 * `POST /webhooks/jira/:connectionId`: JIRA's webhooks. The body is kept raw, byte for byte, because
 * the signature (X-Hub-Signature) is an HMAC of exactly those bytes. Two calls to the issues
 * subgraph: the system scope finds the connection's tenant (nothing else runs across tenants), then
 * the webhook runs as a service of that tenant, in one transaction scoped to it, which checks the
 * signature (401 unless the connection's signing is OFF), then the body's shape (400 naming what is
 * wrong), and applies the event (or, on any error, writes nothing). A 500 is a fault of ours.
 */
export function jiraWebhooks(runtime: Runtime, log: Logger): Router {
  const router = express.Router();
  router.post('/webhooks/jira/:connectionId', express.raw({ type: () => true, limit: '5mb' }), async (req, res) => {
    // The exact bytes travel on (base64): the signature is an HMAC of them.
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    try {
      const { jiraWebhookTenant: tenantId } = await runtime.client.execute('issues', null, WebhookTenantDocument, {
        connectionId: req.params.connectionId,
      });
      if (!tenantId) throw appError('NOT_FOUND', `No JIRA connection ${req.params.connectionId}`);
      const data = await runtime.client.execute('issues', tenantId, ReceiveDocument, {
        connectionId: req.params.connectionId,
        bodyBase64: body.toString('base64'),
        signature: req.get('x-hub-signature') ?? null,
      });
      res.json({ ok: true, result: data.receiveJiraWebhook });
    } catch (err) {
      const code = err instanceof GraphQLError ? String(err.extensions.code ?? '') : '';
      // The database or a subgraph is away: 503 and Retry-After, so JIRA delivers it again (applying it twice changes nothing).
      if (outageCodeOf(err)) {
        log.warn({ code, connection: req.params.connectionId }, 'JIRA webhook not applied: a part of the system is away');
        return void res.status(503).set('retry-after', '5').json({ ok: false, code, message: 'The webhook could not be applied right now; send it again shortly' });
      }
      const status = STATUS[code] ?? 500;
      if (status === 500) log.error({ err: (err as Error).message }, 'JIRA webhook failed');
      else log.warn({ code, connection: req.params.connectionId }, 'JIRA webhook rejected');
      res.status(status).json({ ok: false, code: code || 'INTERNAL_SERVER_ERROR', message: status === 500 ? 'The webhook could not be applied' : (err as Error).message.replace(/^issues subgraph: /, '') });
    }
  });
  return router;
}
