/**
 * GraphiQL 5 (+ explorer plugin) for browsers hitting the GraphQL endpoint.
 * The UI is a locally built Vite bundle (router/graphiql, `npm run build:graphiql`),
 * so nothing is fetched from a CDN at run time.
 *
 * Usage (Express 5), mounted BEFORE the GraphQL handler so browsers get the UI
 * and every other /graphql request (POST, JSON GET, ?query=…) falls through:
 *
 *   app.use(graphiqlMiddleware());                       // /graphiql/* assets + GET /graphql page
 *   app.use('/graphql', cors(), express.json(), expressMiddleware(apollo));
 *
 * The pieces are exported too, for custom mounting:
 *   app.use('/graphiql', graphiqlAssets());
 *   app.get('/graphql', serveGraphiqlPage);
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';

/** Absolute path of the built bundle; resolved from this file, not from cwd. */
export const GRAPHIQL_DIST = fileURLToPath(new URL('../graphiql/dist/', import.meta.url));
const INDEX_HTML = join(GRAPHIQL_DIST, 'index.html');
const HASHED_ASSETS = join(GRAPHIQL_DIST, 'assets', '/');

/** Static files of the bundle; mount at '/graphiql' (the Vite `base`). */
export function graphiqlAssets(): RequestHandler {
  return express.static(GRAPHIQL_DIST, {
    cacheControl: false, // set below, per file
    setHeaders(res, path) {
      // Vite content-hashes everything under assets/: safe to cache forever.
      res.setHeader('Cache-Control', path.startsWith(HASHED_ASSETS) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}

/**
 * Sends the GraphiQL page for a browser navigation (Accept prefers text/html, no
 * `query` parameter); calls next() otherwise. Mount on GET at the GraphQL path.
 * Responds 503 when the bundle has not been built.
 */
export function serveGraphiqlPage(req: Request, res: Response, next: NextFunction): void {
  const wantsHtml =
    (req.method === 'GET' || req.method === 'HEAD') &&
    req.query?.query === undefined &&
    // JSON types listed first: `*/*` or a missing Accept header (curl, clients) pick JSON.
    req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html';
  if (!wantsHtml) return next();

  res.vary('Accept'); // same URL, different representation
  res.sendFile(INDEX_HTML, { headers: { 'Cache-Control': 'no-cache' } }, (err?: NodeJS.ErrnoException) => {
    if (!err || res.headersSent) return;
    if (err.code === 'ENOENT') {
      res.status(503).type('text/plain').send('GraphiQL bundle not built: run `npm run build:graphiql`.\n');
    } else {
      next(err);
    }
  });
}

/** Both pieces in one router: '/graphiql/*' assets and the page on GET '/graphql'. */
export function graphiqlMiddleware(): Router {
  const router = express.Router();
  router.use('/graphiql', graphiqlAssets());
  router.get('/graphql', serveGraphiqlPage);
  return router;
}
