/**
 * The product's entry: everything in one process, without the demo (`npm start` runs the demo's
 * entry, tools/demo/src/main.ts, which is this with the demo tenant added). With no environment:
 * PGlite under DATA_DIR (./.data), router at http://localhost:4000/graphql. Set DATABASE_URL for
 * PostgreSQL, and <NAME>_SUBGRAPH_URL for subgraphs that run as their own processes.
 */
import { createLogger, loadConfigOrExit } from '@sprint-reports/core';
import { runProduct } from './run.ts';

const config = loadConfigOrExit();
await runProduct({ config, log: createLogger(config.logLevel) });
