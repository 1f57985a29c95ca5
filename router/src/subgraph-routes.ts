import http from 'node:http';
import https from 'node:https';
import express, { type RequestHandler, type Response, type Router } from 'express';
import {
  ANONYMOUS,
  IDENTITY_HEADER,
  REQUEST_ID_HEADER,
  routeHandlers,
  sendError,
  type Config,
  type IdentitySigner,
  type Logger,
  type Runtime,
  type SubgraphModule,
  type SubgraphName,
  type SubgraphRoute,
} from '@sprint-reports/core';
import { GraphQLError } from 'graphql';
import type { RouterContext } from './context.ts';
import { gate } from './gate.ts';
import { rateLimited, type RateLimits } from './rate-limit.ts';
import type { SignIn } from './sign-in.ts';

/**
 * The HTTP routes the subgraphs contribute (SubgraphRoute in core: report downloads, unsubscribe
 * pages, JIRA's webhooks), at the same paths whoever runs the subgraph. The router checks each
 * route's edge first (sign-in and rate limits, as for /graphql); then a route of a subgraph in this
 * process runs here, and a route of a subgraph in its own process is forwarded there, bytes as they
 * came, with the identity the router verified signed as on a GraphQL call, and its answer streamed
 * back as it is. When that process does not answer, the route says how to tell the client.
 */
export function subgraphRoutes(opts: {
  modules: readonly SubgraphModule<unknown>[];
  runtime: Runtime;
  config: Config;
  signIn: SignIn;
  limits: RateLimits;
  log: Logger;
}): Router {
  const { runtime, config, log } = opts;
  const router = express.Router();
  const door = gate(opts.signIn, opts.limits, log);
  for (const module of opts.modules) {
    const remote = runtime.local.has(module.name) ? undefined : config.subgraphUrls[module.name];
    if (!runtime.local.has(module.name) && !remote) continue;
    for (const route of module.routes ?? []) {
      const run = remote ? [forward(module.name, remote, route, runtime.signer, config.subgraphTimeoutMs, log)] : routeHandlers(route, runtime, log);
      router[route.method](route.path, edge(route, door, opts.limits), ...run);
    }
  }
  return router;
}

/** The route's edge: who the request acts for (res.locals.identity), after the checks the route asks for. */
function edge(route: SubgraphRoute, door: RequestHandler, limits: RateLimits): RequestHandler {
  if (route.edge === 'sign-in') {
    return (req, res, next) =>
      door(req, res, (err?: unknown) => {
        if (err) return next(err);
        res.locals.identity = (res.locals.router as RouterContext).identity;
        next();
      });
  }
  return async (req, res, next) => {
    res.locals.identity = ANONYMOUS;
    if (route.edge === 'ip-limit') {
      const wait = await limits.request(`ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`);
      if (wait) return route.tooMany ? route.tooMany(res, wait) : sendError(res, rateLimited(wait));
    }
    next();
  };
}

// Hop-by-hop headers (RFC 9110 7.6.1) are the connection's, not the message's; the caller's
// credentials stay at the edge (the identity travels signed instead).
const NOT_FORWARDED = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'authorization',
  'cookie',
  IDENTITY_HEADER,
]);
const NOT_RETURNED = new Set(['connection', 'keep-alive', 'proxy-connection', 'trailer', 'transfer-encoding', 'upgrade']);

/** Forwards the request to the subgraph's process (its /graphql URL's origin and prefix), streaming both ways. */
function forward(name: SubgraphName, graphqlUrl: string, route: SubgraphRoute, signer: IdentitySigner | null, timeoutMs: number, log: Logger): RequestHandler {
  const base = graphqlUrl.replace(/\/graphql\/?$/, '');
  return async (req, res) => {
    const headers: http.OutgoingHttpHeaders = {};
    for (const [key, value] of Object.entries(req.headers)) if (value !== undefined && !NOT_FORWARDED.has(key)) headers[key] = value;
    if (signer) headers[IDENTITY_HEADER] = await signer.sign(res.locals.identity ?? ANONYMOUS);
    if (res.locals.requestId) headers[REQUEST_ID_HEADER] = res.locals.requestId as string;
    const target = new URL(base + req.originalUrl);
    await new Promise<void>((resolve) => {
      const upstream = (target.protocol === 'https:' ? https : http).request(target, { method: req.method, headers });
      let timedOut = false;
      // Until the answer starts: a file may then take as long as it takes to stream.
      const timer = setTimeout(() => {
        timedOut = true;
        upstream.destroy();
      }, timeoutMs);
      upstream.on('response', (answer) => {
        clearTimeout(timer);
        res.status(answer.statusCode ?? 502);
        for (const [key, value] of Object.entries(answer.headers)) if (value !== undefined && !NOT_RETURNED.has(key)) res.setHeader(key, value);
        answer.pipe(res);
        answer.on('end', resolve);
        answer.on('error', () => {
          res.destroy();
          resolve();
        });
      });
      upstream.on('error', (err) => {
        clearTimeout(timer);
        resolve();
        if (res.headersSent) return void res.destroy();
        const code = timedOut ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE';
        log.warn(
          { subgraph: name, code, path: req.path, err: (err as NodeJS.ErrnoException).code ?? err.message },
          `Could not forward a ${name} route to its process`,
        );
        if (route.unavailable) route.unavailable(res, code, log);
        else unavailable(res, name, code);
      });
      req.pipe(upstream);
    });
  };
}

/** The default answer when the subgraph's process is away: JSON 503 with Retry-After, as /graphql's outages. */
function unavailable(res: Response, name: SubgraphName, code: string) {
  res.set('retry-after', '5');
  sendError(
    res,
    new GraphQLError(`The ${name} subgraph could not be reached; try again shortly`, { extensions: { code, subgraph: name, http: { status: 503 } } }),
  );
}
