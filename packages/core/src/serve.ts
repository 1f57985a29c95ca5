import http from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { loadConfigOrExit, subgraphPort } from './config.ts';
import { databaseHealth } from './database-outage.ts';
import { openDatabase } from './db.ts';
import { listen } from './listen.ts';
import { createLogger } from './logger.ts';
import { operationKind, runOperation, type OperationKind, type SubgraphModule } from './subgraph.ts';
import { parseOnce } from './subgraph-client.ts';
import type { SubgraphContext } from './context.ts';
import { IDENTITY_HEADER, IdentitySigner } from './identity.ts';
import { closeRuntime, createRuntime, startSubgraphs } from './runtime.ts';
import { createSecretBox, loadSecretKeys } from './secrets.ts';
import { clientErrorFormatter, toClientError } from './client-errors.ts';
import { httpErrorHandler, inRequestScope, notFoundHandler, requestIds } from './http-errors.ts';
import { routeHandlers, signedIdentity } from './routes.ts';

/**
 * Runs one subgraph as its own process (what docker-compose runs): GraphQL at /graphql for the
 * router, /health for the orchestrator, and the subgraph's own HTTP routes (routes.ts), which the
 * router forwards here. PORT overrides the subgraph's default port.
 * Migrations are applied by the router or `npm run db:migrate`, not by each subgraph.
 */
export async function serveSubgraph(module: SubgraphModule<unknown>, defaultPort: number) {
  const config = loadConfigOrExit();
  const log = createLogger(config.logLevel, `subgraph-${module.name}`);
  // PGlite lives inside one process: separate subgraph processes must share a PostgreSQL server.
  if (!config.databaseUrl) {
    log.fatal(`The ${module.name} subgraph as its own process needs DATABASE_URL; \`npm start\` runs everything in one process on PGlite`);
    process.exit(1);
  }
  if (!config.internalSecret) {
    log.fatal(`The ${module.name} subgraph as its own process needs INTERNAL_SECRET (the same as the router's): it answers only requests the router signed`);
    process.exit(1);
  }
  const signer = new IdentitySigner(config.internalSecret);
  const database = await openDatabase({ url: config.databaseUrl, migrate: false });
  // Processes share keys through the environment; a generated file would differ per process.
  const secrets = config.encryptionKeys ? createSecretBox(loadSecretKeys({ ENCRYPTION_KEYS: config.encryptionKeys }).keys) : null;
  const runtime = createRuntime({ config, db: database.db, log, modules: [module], secrets, signer });
  await startSubgraphs(runtime);
  const app = express();
  app.disable('x-powered-by');
  // Answers to POSTs from the router: nothing revalidates them, so no body is hashed for an ETag.
  app.disable('etag');
  const httpServer = http.createServer(app);
  const server = new ApolloServer<SubgraphContext<unknown>>({
    schema: module.schema,
    // Inline traces only feed Apollo Studio usage reports, which this product never sends. Cache
    // hints are used by nobody (no @cacheControl, no response cache), and their plugin would wrap
    // every field's resolver of every request.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      operationOutcome,
    ],
    includeStacktraceInErrorResponses: !config.production,
    // What the router (and so a client) may see of an error; the rest is logged with the request id.
    formatError: clientErrorFormatter(log),
    // Our entry point owns SIGINT/SIGTERM; Apollo's own handlers would race it and re-raise the signal.
    stopOnTerminationSignals: false,
    logger: log,
  });
  await server.start();
  // The router's request id (X-Request-Id) goes on: this process's log lines for the request carry it too.
  app.use(requestIds);
  // 503 while the database is away (readiness); the process stays up and recovers by itself.
  app.get('/health', async (_req, res) => {
    const { status, body } = await databaseHealth(database.db, { subgraph: module.name });
    res.status(status).json(body);
  });
  app.use(
    '/graphql',
    (req, res, next) => (req.path === '/' ? next() : notFoundHandler(req, res, next)),
    // Above the router's 5 MB webhook limit: webhook bodies are passed on inside a JSON request.
    express.json({ limit: '8mb' }),
    inRequestScope,
    async (req, res) => {
      try {
        const identity = await signer.verify(req.get(IDENTITY_HEADER)).catch((err: Error) => {
          res.status(401).json({ errors: [{ message: err.message, extensions: { code: 'UNAUTHENTICATED' } }] });
          return null;
        });
        if (!identity) return;
        const headers = new HeaderMap();
        for (const [key, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(key, value);
        // The whole operation runs inside the identity's database scope (one transaction), read only
        // for a query: its kind is known before the transaction opens.
        const response = await runOperation(module, runtime, identity, requestedKind(req.body), (context) =>
          server.executeHTTPGraphQLRequest({
            httpGraphQLRequest: {
              method: req.method.toUpperCase(),
              headers,
              search: req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '',
              body: req.body,
            },
            context: async () => context,
          }),
        );
        for (const [key, value] of response.headers) res.setHeader(key, value);
        // A refused field (401/403 from the guard) is a GraphQL error for the router to pass on
        // with its code and message; as an HTTP status the gateway would report a failed fetch.
        res.status(response.status === 401 || response.status === 403 ? 200 : (response.status ?? 200));
        if (response.body.kind === 'complete') return void res.send(response.body.string);
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      } catch (err) {
        // The operation's transaction failed to open or commit: a GraphQL error too, for the same reason.
        if (res.headersSent) return void res.end();
        const error = toClientError(err, log);
        const { http: _http, ...extensions } = error.extensions;
        res.status(200).json({ errors: [{ message: error.message, extensions }] });
      }
    },
  );
  // The subgraph's own HTTP routes (a report's download, JIRA's webhooks): the router forwards
  // their paths here, after its edge checks, with the identity it verified signed.
  // On an app of their own: Express's defaults (ETags on pages and JSON), as where the router runs them.
  const routes = express();
  routes.disable('x-powered-by');
  for (const route of module.routes ?? []) routes[route.method](route.path, signedIdentity(signer), ...routeHandlers(route, runtime, log));
  app.use(routes);
  app.use(notFoundHandler);
  app.use(httpErrorHandler(log));
  const port = await listen(httpServer, subgraphPort(defaultPort), config.host).catch(async (err: Error) => {
    log.fatal(err.message);
    await server.stop();
    await closeRuntime(runtime);
    await database.close();
    process.exit(1);
  });
  log.info({ port, database: database.kind }, `${module.name} subgraph listening on http://localhost:${port}/graphql`);

  const stop = async () => {
    await server.stop();
    await closeRuntime(runtime);
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** The kind of operation a request body asks for; a query where that is not known (Apollo answers what is malformed). */
function requestedKind(body: unknown): OperationKind {
  const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return 'query';
  try {
    return operationKind(parseOnce(query), typeof operationName === 'string' ? operationName : null);
  } catch {
    return 'query';
  }
}

/** Tells runOperation whether the operation failed: a failed mutation's writes roll back. */
const operationOutcome: ApolloServerPlugin<SubgraphContext<unknown>> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind === 'single' && response.body.singleResult.errors?.length) contextValue.operation.failed = true;
      },
    };
  },
};
