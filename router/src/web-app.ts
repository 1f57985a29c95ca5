/**
 * The web app (app/, `npm run build:app`) at `/`: its content-hashed assets cached for a year, its
 * index.html for every page the app routes (a shared or reloaded /boards/<id> opens the app there),
 * always revalidated so a new build shows at the next visit. Nothing comes from a CDN.
 *
 * API paths never get the page: under /graphql, /health, /webhooks, /reports, /.well-known and the
 * like, an unknown path stays a JSON 404 (notFoundHandler), and so does any request that does not
 * ask for HTML first (curl, API clients) or names a file (/missing.js).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import type { NextFunction, Request, Response, Router } from 'express';

/** Absolute path of the built app; resolved from this file, not from cwd. */
export const APP_DIST = fileURLToPath(new URL('../../app/dist/', import.meta.url));
const INDEX_HTML = join(APP_DIST, 'index.html');

/** First path segments that belong to the API (today's routes and ones an operator may add in front). */
const API_PREFIXES = ['graphql', 'graphiql', 'health', 'metrics', 'webhooks', 'auth', 'reports', '.well-known', 'api', 'assets'];

/** Whether a GET is a browser asking for one of the app's pages. */
export function isAppPage(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const first = req.path.split('/')[1] ?? '';
  if (API_PREFIXES.includes(first.toLowerCase())) return false;
  // A file name (favicon.ico, a stale chunk): a 404, not a page.
  if (/\.[a-z0-9]+$/i.test(req.path)) return false;
  // JSON listed first: `*/*` or no Accept header (curl, clients) pick JSON.
  return req.accepts(['application/json', 'text/html']) === 'text/html';
}

function sendIndex(req: Request, res: Response, next: NextFunction) {
  if (!isAppPage(req)) return next();
  res.vary('Accept');
  res.sendFile(INDEX_HTML, { headers: { 'Cache-Control': 'no-cache' } }, (err?: NodeJS.ErrnoException) => {
    if (!err || res.headersSent) return;
    if (err.code === 'ENOENT') res.status(503).type('text/plain').send('Web app not built: run `npm run build:app`.\n');
    else next(err);
  });
}

/** Mount after the API's routes and before the JSON 404. */
export function webApp(): Router {
  const router = express.Router();
  router.use(
    '/assets',
    express.static(join(APP_DIST, 'assets'), {
      index: false,
      // Vite content-hashes everything under assets/: safe to cache forever.
      setHeaders: (res) => res.setHeader('Cache-Control', 'public, max-age=31536000, immutable'),
    }),
  );
  router.use(sendIndex);
  return router;
}
