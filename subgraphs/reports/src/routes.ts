import express, { type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import {
  errorCodeOf,
  httpStatusOf,
  isDatabaseUnavailable,
  isUuid,
  outageCodeOf,
  sendError,
  unauthenticated,
  withTenant,
  type Identity,
  type Runtime,
  type SubgraphRoute,
} from '@sprint-reports/core';
import * as data from './data.ts';
import type { DocumentRow, ReportRow } from './models.ts';
import { tenantOfLink, verifyDownload } from './links.ts';
import { escapeXml } from './render/xml.ts';
import { UnsubscribeDocument, UnsubscribeLinkDocument } from './remote/__generated__/reports.ts';

/** A subgraph's message without the "reports subgraph: " the client adds. */
const messageOf = (err: unknown) => (err as Error).message.replace(/^reports subgraph: /, '');

/** An error answered as the GraphQL endpoint answers one (`{ errors: [...] }`), with this HTTP status. */
const failure = (status: number, code: string, message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extensions, http: { status } } });
/** The query string's token, when it is one string (`?token=a&token=b` is not). */
const tokenOf = (req: Request) => (typeof req.query.token === 'string' && req.query.token ? req.query.token : null);

/** The tenant a link's token names, when it names one that can be a tenant. */
const linkTenant = (token: string) => {
  const tenantId = tenantOfLink(token);
  return isUuid(tenantId) ? tenantId : null;
};

/**
 * `attachment; filename="…"` (RFC 6266). Our file names are ASCII slugs; anything else is replaced
 * in the quoted form and kept in `filename*` (RFC 8187).
 */
function contentDisposition(fileName: string) {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return ascii === fileName ? `attachment; filename="${fileName}"` : `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Headers of every answer that carries a token in its URL or a tenant's data. */
function privateHeaders(res: Response) {
  res.setHeader('cache-control', 'private, no-store');
  res.setHeader('x-content-type-options', 'nosniff');
  // The URL holds a token: never hand it on to where the page links (it links nowhere, but still).
  res.setHeader('referrer-policy', 'no-referrer');
}

/**
 * The reports subgraph's routes, outside GraphQL because they are for browsers and mail clients,
 * served by the process that runs the subgraph (routes.ts in core):
 *
 * - `GET /reports/:id/download`: the report's file, read from this subgraph's own tables. With
 *   `?token=` (a `downloadUrl`, valid 15 minutes) nobody needs to be signed in: the token names its
 *   tenant, and is checked against that tenant's key and the report id (a bad, expired or other
 *   report's token: 404). Otherwise `Authorization: Bearer <access token>`, checked by the router
 *   as /graphql's (the token check, a refused token counted as a failed sign-in, the request
 *   counted against the caller's rate limit; so is a request with a link, by its IP): a user of any
 *   role downloads their own tenant's reports; another tenant's or an unknown id is 404, a report
 *   not READY yet (or FAILED) is 409 with its status.
 * - `GET /reports/unsubscribe?token=`: a page with the address and a button; link scanners fetch
 *   GETs, so only the `POST` of that form (or a mail client's RFC 8058 one-click POST,
 *   `List-Unsubscribe=One-Click`) unsubscribes, through this subgraph's internal mutation.
 */
export const reportRoutes: SubgraphRoute[] = [
  {
    method: 'get',
    path: '/reports/unsubscribe',
    edge: 'ip-limit',
    tooMany,
    unavailable: (res) => somethingWentWrong(res),
    async handle(req, res, { runtime, log }) {
      const token = tokenOf(req);
      const tenantId = token ? linkTenant(token) : null;
      const damaged = () =>
        page(res, 400, 'This link does not work', [
          'This unsubscribe link is incomplete or damaged. Copy the whole link from the email, or ask whoever sends the reports to remove your address.',
        ]);
      if (!token || !tenantId) return damaged();
      // The page shows only what the link's signature vouches for (read, not done: a GET unsubscribes nobody).
      let link: { email: string; scope: string | null } | null;
      try {
        link = (await runtime.client.execute('reports', tenantId, UnsubscribeLinkDocument, { token })).unsubscribeLink;
      } catch (err) {
        if (httpStatusOf(errorCodeOf(err)) < 500) return damaged();
        log.error({ err: messageOf(err) }, 'Reading an unsubscribe link failed');
        return somethingWentWrong(res);
      }
      // The schema lets the answer be null; the subgraph refuses a bad link with an error instead.
      if (!link) return damaged();
      const what = link.scope ? `“${escapeXml(link.scope)}”` : 'all report emails from this organisation';
      page(res, 200, 'Unsubscribe from report emails', [`Stop sending ${what} to <strong>${escapeXml(link.email)}</strong>?`], {
        // Relative: the same path, whatever prefix a proxy serves the router under.
        action: `unsubscribe?token=${encodeURIComponent(token)}`,
      });
    },
  },
  {
    method: 'post',
    path: '/reports/unsubscribe',
    edge: 'ip-limit',
    body: express.urlencoded({ extended: false, limit: '4kb' }),
    tooMany,
    unavailable: (res) => notUnsubscribed(res),
    async handle(req, res, { runtime, log }) {
      const token = tokenOf(req);
      const tenantId = token ? linkTenant(token) : null;
      if (!token || !tenantId) return page(res, 400, 'This link does not work', ['This unsubscribe link is incomplete or damaged.']);
      try {
        const { unsubscribeReportEmail: done } = await runtime.client.execute('reports', tenantId, UnsubscribeDocument, { token });
        const what = done.scope ? `“${escapeXml(done.scope)}”` : 'any report emails from this organisation';
        log.info({ tenantId, scope: done.scope ?? 'all' }, 'Unsubscribed from report emails');
        page(res, 200, 'You are unsubscribed', [`You will no longer receive ${what} at <strong>${escapeXml(done.email)}</strong>.`]);
      } catch (err) {
        const status = httpStatusOf(errorCodeOf(err));
        if (status >= 500) {
          log.error({ err: messageOf(err) }, 'Unsubscribing failed');
          return notUnsubscribed(res);
        }
        page(res, status === 404 ? 404 : 400, 'This link does not work', [
          'This unsubscribe link is not valid (it may be damaged, or belong to another organisation).',
        ]);
      }
    },
  },
  {
    method: 'get',
    path: '/reports/:id/download',
    edge: 'sign-in',
    unavailable: (res, code) => {
      privateHeaders(res);
      cannotReadNow(res, code);
    },
    async handle(req, res, { runtime, identity, log }) {
      const id = String(req.params.id);
      const token = tokenOf(req);
      privateHeaders(res);
      if (!isUuid(id)) return sendError(res, failure(400, 'BAD_USER_INPUT', `"${id}" is not a report id`));
      // A link names its own tenant; a signed-in user reads their own.
      const tenantId = downloadTenant(identity, token);
      if (tenantId === undefined) {
        const error = unauthenticated('Sign in (Authorization: Bearer <access token>) or use the report’s downloadUrl');
        res.setHeader('www-authenticate', 'Bearer');
        return sendError(res, error);
      }
      const missing = () => sendError(res, failure(404, 'NOT_FOUND', `Report ${id} was not found${token ? ', or the link has expired' : ''}`));
      if (!tenantId) return missing();
      let file: StoredFile;
      try {
        file = await storedFile(runtime, tenantId, id, token);
      } catch (err) {
        // The database is away: worth asking again shortly, not a missing report.
        if (isDatabaseUnavailable(err) || outageCodeOf(err)) return cannotReadNow(res, outageCodeOf(err) ?? 'DATABASE_UNAVAILABLE');
        log.error({ err: messageOf(err), reportId: id }, 'Report download failed');
        return sendError(res, failure(500, 'INTERNAL_SERVER_ERROR', 'The report could not be read'));
      }
      if (file.kind === 'missing') return missing();
      if (file.kind === 'not-ready') {
        const { report } = file;
        const why =
          report.status === 'FAILED' ? `it failed: ${report.error ?? 'unknown error'}` : `it is ${report.status} (${Math.round(report.progress * 100)} %)`;
        if (report.status === 'QUEUED' || report.status === 'RUNNING') res.setHeader('retry-after', '1');
        return sendError(res, failure(409, 'REPORT_NOT_READY', `Report ${id} has no file: ${why}`, { status: report.status, progress: report.progress }));
      }
      const { document } = file;
      res.status(200);
      res.setHeader('content-type', document.contentType);
      res.setHeader('content-disposition', contentDisposition(document.fileName));
      res.setHeader('content-length', String(document.content.length));
      res.end(document.content);
    },
  },
];

/**
 * The tenant whose report a download reads: a link's own (null when it names none that can be a
 * tenant), a signed-in user's; undefined when neither (sign in or use a link).
 */
function downloadTenant(identity: Identity, token: string | null): string | null | undefined {
  if (token) return linkTenant(token);
  return identity.kind === 'user' ? identity.tenantId : undefined;
}

type StoredFile = { kind: 'missing' } | { kind: 'not-ready'; report: ReportRow } | { kind: 'ready'; document: DocumentRow };

/**
 * The report's stored document, read in one read-only transaction scoped to its tenant: missing
 * when the report is not the tenant's or a link's token does not vouch for it, not ready while it
 * has no document (QUEUED, RUNNING, FAILED).
 */
function storedFile(runtime: Runtime, tenantId: string, id: string, token: string | null): Promise<StoredFile> {
  return withTenant(
    runtime.db,
    tenantId,
    async (tx): Promise<StoredFile> => {
      const [report] = await data.reportsByIds(tx, tenantId, [id]);
      if (!report || (token != null && !(await verifyDownload(tx, tenantId, id, token)))) return { kind: 'missing' };
      const document = report.documentId ? await data.documentById(tx, tenantId, report.documentId) : null;
      return document ? { kind: 'ready', document } : { kind: 'not-ready', report };
    },
    { readOnly: true },
  );
}

/** The database or the subgraph's process is away: 503 with Retry-After, as /graphql's outages. */
function cannotReadNow(res: Response, code: string) {
  res.set('retry-after', '5');
  sendError(res, failure(503, code, 'The report cannot be read right now; try again shortly'));
}

const somethingWentWrong = (res: Response) => page(res, 500, 'Something went wrong', ['Please try again in a few minutes.']);
const notUnsubscribed = (res: Response) =>
  page(res, 500, 'Something went wrong', ['Your address could not be unsubscribed right now. Please try again in a few minutes.']);

/** Over the IP limit the unsubscribe pages count against (as anonymous GraphQL requests): a page saying when to try again. */
function tooMany(res: Response, wait: number) {
  res.setHeader('retry-after', String(wait));
  page(res, 429, 'Too many requests', [`Please try again in ${wait} s.`]);
}

/**
 * A small self-contained page: inline style, nothing loaded from elsewhere (the CSP says so), not
 * to be framed or cached. `paragraphs` are HTML the caller escaped.
 */
function page(res: Response, status: number, title: string, paragraphs: string[], form?: { action: string }) {
  privateHeaders(res);
  res.setHeader('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
  res.setHeader('x-frame-options', 'DENY');
  const button = form
    ? `<form method="post" action="${escapeXml(form.action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>`
    : '';
  res
    .status(status)
    .type('html')
    .send(
      `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeXml(title)} · Sprint Reports</title>
<style>
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2933; background: #f5f7fa; margin: 0; }
main { max-width: 32rem; margin: 10vh auto; padding: 2rem; background: #fff; border-radius: 8px; box-shadow: 0 1px 3px rgba(0, 0, 0, 0.12); }
h1 { font-size: 1.35rem; margin: 0 0 1rem; }
button { font: inherit; padding: 0.5rem 1.25rem; border: 0; border-radius: 6px; background: #2563eb; color: #fff; cursor: pointer; }
button:hover { background: #1d4ed8; }
footer { margin-top: 1.5rem; font-size: 0.85rem; color: #616e7c; }
</style>
</head>
<body>
<main>
<h1>${escapeXml(title)}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
${button}
<footer>Sprint Reports</footer>
</main>
</body>
</html>
`,
    );
}
