import './no-telemetry.ts';
import http from 'node:http';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { listen, type Config, type Logger, type Runtime } from '@sprint-reports/core';
import { routerContext, type RouterContext } from './context.ts';
import { createGateway } from './gateway.ts';
import { graphiqlMiddleware } from './graphiql.ts';
import { jiraWebhooks } from './webhooks.ts';
import { edgeProtection, parseLimits } from './armor.ts';

export interface RunningRouter {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * The router: the Apollo gateway over the static supergraph at /graphql (GraphiQL for browsers),
 * /health for orchestrators. Subgraphs in `local` run in this process; the rest over HTTP.
 */
export async function startRouter(opts: {
  config: Config;
  log: Logger;
  runtime: Runtime;
  port?: number;
  host?: string;
  /** INTERIM: the tenant of requests that name none. */
  defaultTenantId?: string;
}): Promise<RunningRouter> {
  const { config, log } = opts;
  const app = express();
  const httpServer = http.createServer(app);
  const armor = edgeProtection();
  const server = new ApolloServer<RouterContext>({
    gateway: createGateway(opts.runtime.local, config.subgraphUrls, opts.runtime.signer, config.subgraphTimeoutMs),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), ...(armor.plugins as ApolloServerPlugin<RouterContext>[])],
    validationRules: armor.validationRules,
    parseOptions: parseLimits(),
    allowBatchedHttpRequests: armor.allowBatchedHttpRequests,
    // Browsers may not send simple cross-site requests that run operations (Apollo's CSRF prevention).
    csrfPrevention: true,
    includeStacktraceInErrorResponses: !config.production,
    // Our entry point owns SIGINT/SIGTERM; Apollo's own handlers would race it and re-raise the signal.
    stopOnTerminationSignals: false,
    logger: log,
  });
  await server.start();

  app.get('/health', (_req, res) => void res.json({ status: 'ok' }));
  app.use(jiraWebhooks(opts.runtime, log));
  app.use(graphiqlMiddleware());
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(server, { context: async ({ req }) => routerContext(opts.defaultTenantId, (h) => req.get(h)) }),
  );

  const port = await listen(httpServer, opts.port ?? config.port, opts.host ?? config.host).catch(async (err) => {
    await server.stop();
    throw err;
  });
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    stop: () => server.stop(),
  };
}
