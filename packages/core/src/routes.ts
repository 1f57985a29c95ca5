import type { Request, RequestHandler, Response } from 'express';
import { inRequestScope } from './http-errors.ts';
import { ANONYMOUS, IDENTITY_HEADER, type Identity, type IdentitySigner } from './identity.ts';
import type { Logger } from './logger.ts';
import type { Runtime } from './runtime.ts';

/**
 * An HTTP route a subgraph contributes beside GraphQL, for browsers, mail clients and JIRA (a
 * report's download, the unsubscribe page, JIRA's webhooks). The process that runs the subgraph
 * serves it: the router mounts the routes of the subgraphs in its process, and forwards the paths
 * of the others to their processes (`serveSubgraph` mounts them there). So the URL, statuses and
 * pages are the same however the subgraphs are deployed.
 *
 * The edge stays the router's: it signs the request in and counts it against the rate limits, as
 * `edge` asks, and the route receives the verified identity (over HTTP, signed like a GraphQL call).
 */
export interface SubgraphRoute {
  method: 'get' | 'post';
  /** An Express path, e.g. `/reports/:id/download`. */
  path: string;
  /**
   * What the router checks before the route runs:
   * - `sign-in`: what /graphql checks (a bearer token verified, or refused with 401; the request
   *   counted against its user's or IP's rate limit); the identity is the caller's, anonymous without a token.
   * - `ip-limit`: counted against the client's IP like an anonymous request; over it, `tooMany` answers.
   * - `none`: nothing (the route checks what it needs itself, as a webhook's signature).
   */
  edge: 'sign-in' | 'ip-limit' | 'none';
  /** The body parser the route reads its body with; run only where the route runs (a forwarding router passes the bytes on). */
  body?: RequestHandler;
  handle(req: Request, res: Response, context: RouteContext): Promise<void> | void;
  /** The answer over the IP limit (`edge: 'ip-limit'`), in the route's own format; JSON 429 without it. */
  tooMany?(res: Response, retryAfterSeconds: number): void;
  /**
   * The answer when the process holding the subgraph cannot be reached or is too slow
   * (SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT), in the route's own format; JSON 503 without it.
   */
  unavailable?(res: Response, code: string, log: Logger): void;
}

export interface RouteContext {
  /** The runtime of the process that runs the subgraph: its database, SubgraphClient, secrets. */
  runtime: Runtime;
  /** Who the request acts for, as the router verified it. */
  identity: Identity;
  log: Logger;
}

/**
 * The handlers that run `route` in this process, after whatever put the verified identity in
 * `res.locals.identity` (the router's edge, or a subgraph process's check of the router's signature):
 * the route's body parser, then the route with its runtime.
 */
export function routeHandlers(route: SubgraphRoute, runtime: Runtime, log: Logger): RequestHandler[] {
  const handle: RequestHandler = (req, res) => route.handle(req, res, { runtime, identity: (res.locals.identity as Identity | undefined) ?? ANONYMOUS, log });
  // Body parsers call `next` from the socket's events: the request's scope (its id) is entered again after them.
  return [...(route.body ? [route.body] : []), inRequestScope, handle];
}

/** A subgraph process's door to its routes: only requests the router signed (IDENTITY_HEADER), as on its /graphql. */
export function signedIdentity(signer: IdentitySigner): RequestHandler {
  return async (req, res, next) => {
    try {
      res.locals.identity = await signer.verify(req.get(IDENTITY_HEADER));
    } catch (err) {
      return void res.status(401).json({ errors: [{ message: (err as Error).message, extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    next();
  };
}
