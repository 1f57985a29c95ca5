import http from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { loadConfig } from './config.ts';
import { openDatabase } from './db.ts';
import { listen } from './listen.ts';
import { createLogger } from './logger.ts';
import { createSubgraphContext, type SubgraphModule } from './subgraph.ts';
import { createRuntime, startSubgraphs } from './runtime.ts';
import { createSecretBox, loadSecretKeys } from './secrets.ts';

/**
 * Runs one subgraph as its own process (what docker-compose runs): GraphQL at /graphql for the
 * router, /health for the orchestrator. PORT overrides the subgraph's default port.
 * Migrations are applied by the router or `npm run db:migrate`, not by each subgraph.
 */
export async function serveSubgraph(module: SubgraphModule<unknown>, defaultPort: number) {
  const config = loadConfig();
  const log = createLogger(config.logLevel, `subgraph-${module.name}`);
  // PGlite lives inside one process: separate subgraph processes must share a PostgreSQL server.
  if (!config.databaseUrl) {
    log.fatal(`The ${module.name} subgraph as its own process needs DATABASE_URL; \`npm start\` runs everything in one process on PGlite`);
    process.exit(1);
  }
  const database = await openDatabase({ url: config.databaseUrl, migrate: false });
  // Processes share keys through the environment; a generated file would differ per process.
  const secrets = process.env.ENCRYPTION_KEYS || process.env.ENCRYPTION_KEY ? createSecretBox(loadSecretKeys(process.env).keys) : null;
  const runtime = createRuntime({ config, db: database.db, log, modules: [module], secrets });
  await startSubgraphs(runtime);
  const app = express();
  const httpServer = http.createServer(app);
  const server = new ApolloServer({
    schema: module.schema,
    // Inline traces only feed Apollo Studio usage reports, which this product never sends.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
    includeStacktraceInErrorResponses: !config.production,
    // Our entry point owns SIGINT/SIGTERM; Apollo's own handlers would race it and re-raise the signal.
    stopOnTerminationSignals: false,
    logger: log,
  });
  await server.start();
  app.get('/health', (_req, res) => void res.json({ status: 'ok', subgraph: module.name }));
  app.use(
    '/graphql',
    // Above the router's 5 MB webhook limit: webhook bodies are passed on inside a JSON request.
    express.json({ limit: '8mb' }),
    expressMiddleware(server, { context: async ({ req }) => createSubgraphContext(module, runtime, (h) => req.get(h)) }),
  );
  const port = await listen(httpServer, Number(process.env.PORT ?? defaultPort), config.host).catch(async (err: Error) => {
    log.fatal(err.message);
    await server.stop();
    await runtime.jobs.close();
    await database.close();
    process.exit(1);
  });
  log.info({ port, database: database.kind }, `${module.name} subgraph listening on http://localhost:${port}/graphql`);

  const stop = async () => {
    await server.stop();
    await runtime.jobs.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
