export { startRouter, type EdgeOptions, type RunningRouter } from './server.ts';
export { createGateway, supergraphPath } from './gateway.ts';
export { startEmbedded, embeddedRuntime, allSubgraphs } from './embedded.ts';
