// The router's public entry: what entries (tools/demo), the test harness (packages/testing) and the benchmarks use.
export { startRouter, type EdgeOptions, type RunningRouter } from './server.ts';
export { createGateway, supergraphPath } from './gateway.ts';
export { startEmbedded, embeddedRuntime, type Embedded, type StartExtension } from './embedded.ts';
export { allSubgraphs } from './subgraphs.ts';
export { runProduct } from './run.ts';
