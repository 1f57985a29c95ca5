import './no-telemetry.ts';
import http from 'node:http';
import express from 'express';
import proxyaddr from 'proxy-addr';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  clientErrorFormatter,
  databaseHealth,
  databaseOutageStatus,
  httpErrorHandler,
  inRequestScope,
  listen,
  notFoundHandler,
  requestIds,
  type Config,
  type Logger,
  type Runtime,
} from '@sprint-reports/core';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { RouterContext } from './context.ts';
import type { LiveHub } from './live/hub.ts';
import { createGateway } from './gateway.ts';
import { graphiqlMiddleware } from './graphiql.ts';
import { webApp } from './web-app.ts';
import { subgraphRoutes } from './subgraph-routes.ts';
import { allSubgraphs } from './subgraphs.ts';
import { edgeProtection, parseLimits } from './armor.ts';
import { SignIn, type SignInOptions } from './sign-in.ts';
import { createRateLimits, signInAttemptLimit } from './rate-limit.ts';
import { introspectionPolicy } from './introspection.ts';
import { gate } from './gate.ts';
import { serveLive } from './live/server.ts';
import { subscriptionsOverWebSocket } from './live/http.ts';

/**
 * An operationName the document does not have (or none for a document of several operations) is the
 * client's mistake: 400 OPERATION_RESOLUTION_FAILURE, where the gateway would fail with a 500.
 */
const operationResolution: ApolloServerPlugin<RouterContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request }) {
        if (operation) return;
        const message = request.operationName
          ? `The document has no operation named "${request.operationName}"`
          : 'The document has several operations: name one in operationName';
        throw new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
      },
    };
  },
};

export interface RunningRouter {
  /** The GraphQL endpoint (GraphiQL in a browser). */
  url: string;
  /** The web app. */
  appUrl: string;
  port: number;
  /** The live subscriptions this router serves. */
  live: LiveHub;
  stop(): Promise<void>;
}

/** How the edge behaves beyond Config: for tests and for running several routers side by side. */
export interface EdgeOptions extends SignInOptions {
  /** The Redis key prefix of the rate limits: routers with the same prefix (and Redis) share them. */
  rateLimitPrefix?: string;
  /** Where the rate limits count, when not config.redisUrl (tests keep jobs in-process but count in Redis). */
  rateLimitRedisUrl?: string;
  /** WebSocket keep-alive: ping every so often, drop a client that does not answer within as long. */
  keepAliveMs?: number;
}

/**
 * The router: the Apollo gateway over the static supergraph at /graphql (GraphiQL for browsers),
 * subscriptions over WebSocket on the same URL (live/), /health for orchestrators,
 * /.well-known/jwks.json for whoever verifies our access tokens, and the routes the subgraphs
 * contribute (report downloads, unsubscribe links, JIRA's webhooks; subgraph-routes.ts).
 * Subgraphs in `local` run in this process; the rest over HTTP.
 */
export async function startRouter(opts: {
  config: Config;
  log: Logger;
  runtime: Runtime;
  port?: number;
  host?: string;
  edge?: EdgeOptions;
}): Promise<RunningRouter> {
  const { config, log } = opts;
  const app = express();
  app.disable('x-powered-by');
  // Each request's id: answered in X-Request-Id, sent on to subgraphs, on every log line and in internal errors.
  app.use(requestIds);
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);
  const httpServer = http.createServer(app);
  const armor = edgeProtection();
  const signIn = new SignIn(opts.runtime.client, { outgoing: opts.runtime.outgoing, ...opts.edge });
  const limits = await createRateLimits(config, log, { keyPrefix: opts.edge?.rateLimitPrefix, redisUrl: opts.edge?.rateLimitRedisUrl });
  const gateway = createGateway(opts.runtime.local, config.subgraphUrls, opts.runtime.signer, config.subgraphTimeoutMs, log);
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema: schema }) => void (apiSchema = schema));
  const server = new ApolloServer<RouterContext>({
    gateway,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      subscriptionsOverWebSocket,
      ApolloServerPluginLandingPageDisabled(),
      introspectionPolicy({ production: config.production }),
      signInAttemptLimit(limits),
      operationResolution,
      databaseOutageStatus as ApolloServerPlugin<RouterContext>,
      ...(armor.plugins as ApolloServerPlugin<RouterContext>[]),
    ],
    // Allowed here and restricted by introspectionPolicy (Apollo's own switch knows no identities).
    introspection: true,
    validationRules: armor.validationRules,
    parseOptions: parseLimits(),
    allowBatchedHttpRequests: armor.allowBatchedHttpRequests,
    // Browsers may not send simple cross-site requests that run operations (Apollo's CSRF prevention).
    csrfPrevention: true,
    includeStacktraceInErrorResponses: !config.production,
    // No database, driver or stack text reaches a client: see packages/core/src/client-errors.ts.
    formatError: clientErrorFormatter(log),
    // Our entry point owns SIGINT/SIGTERM; Apollo's own handlers would race it and re-raise the signal.
    stopOnTerminationSignals: false,
    logger: log,
  });
  await server.start().catch(async (err) => {
    await limits.close();
    throw err;
  });
  const live = await serveLive({
    httpServer,
    apollo: server,
    schema: () => apiSchema!,
    validationRules: armor.validationRules,
    signIn,
    limits,
    events: opts.runtime.events,
    log,
    clientIp: (request) => proxyaddr(request, app.get('trust proxy fn')),
    keepAliveMs: opts.edge?.keepAliveMs,
  }).catch(async (err) => {
    await server.stop();
    await limits.close();
    throw err;
  });
  if (Object.keys(config.subgraphUrls).length && opts.runtime.events.kind === 'in-process') {
    log.warn(
      'Subgraphs run as separate processes but REDIS_URL is not set: their live events cannot reach this router, so subscriptions receive only what this process changes',
    );
  }

  // With subgraphs in this process, 503 while their database is away (readiness); the process stays up.
  app.get('/health', async (_req, res) => {
    const { status, body } = await databaseHealth(opts.runtime.local.size ? opts.runtime.db : null);
    res.status(status).json(body);
  });
  app.get('/.well-known/jwks.json', async (_req, res) => {
    try {
      // At most a minute old: a key the users subgraph just started signing with shows soon.
      res.set('cache-control', 'public, max-age=60').json(await signIn.keys.current(60_000));
    } catch (err) {
      log.error({ err: (err as Error).message }, 'Could not read the access-token keys');
      res.status(503).json({ error: 'The signing keys are unavailable right now' });
    }
  });
  // The subgraphs' own routes (report downloads, unsubscribe pages, JIRA's webhooks): run here, or forwarded to their process.
  app.use(subgraphRoutes({ modules: allSubgraphs, runtime: opts.runtime, config, signIn, limits, log }));
  app.use(graphiqlMiddleware());
  app.use(
    '/graphql',
    // /graphql/anything is not the API.
    (req, res, next) => (req.path === '/' ? next() : notFoundHandler(req, res, next)),
    gate(signIn, limits, log),
    express.json({ limit: '1mb' }),
    inRequestScope,
    expressMiddleware(server, { context: async ({ res }) => res.locals.router as RouterContext }),
  );
  // The web app's pages and assets at / (API paths never reach it).
  app.use(webApp());
  // Unknown paths and unreadable bodies (bad JSON, a charset or encoding we do not read, too large) answer JSON.
  app.use(notFoundHandler);
  app.use(httpErrorHandler(log));

  const port = await listen(httpServer, opts.port ?? config.port, opts.host ?? config.host).catch(async (err) => {
    await live.close();
    await server.stop();
    await limits.close();
    throw err;
  });
  return {
    url: `http://localhost:${port}/graphql`,
    appUrl: `http://localhost:${port}/`,
    port,
    live: live.hub,
    async stop() {
      // Subscribers first (1001 Going Away: they reconnect elsewhere), then in-flight requests drain.
      await live.close();
      await server.stop();
      await limits.close();
    },
  };
}
