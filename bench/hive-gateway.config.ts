/**
 * Hive Gateway (@graphql-hive/gateway) in front of our six subgraph processes, for
 * `npm run bench:gateways` (bench/gateways.ts starts it; not part of the product):
 *
 *   node --import tsx node_modules/@graphql-hive/gateway/dist/bin.js supergraph schema/supergraph.graphql \
 *     -c bench/hive-gateway.config.ts --fork 1 --host 127.0.0.1 --port <port>
 *
 * It verifies nothing a client sends (no access token check, no rate limit): it only signs our
 * identity header for each subgraph call, with the router's INTERNAL_SECRET and the same
 * IdentitySigner the router uses, for the one identity the benchmark loads with (BENCH_IDENTITY,
 * the demo manager as the router would forward them). Environment:
 *   BENCH_HIVE_PLANNER  rust (default): the Rust query planner of @graphql-hive/router-runtime;
 *                       js: Hive Gateway's own JavaScript planner
 *   BENCH_IDENTITY      the identity to sign, as JSON
 *   INTERNAL_SECRET     the subgraphs' shared secret
 *   <NAME>_SUBGRAPH_URL each subgraph's URL (the supergraph names docker-compose hosts)
 */
import { defineConfig } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { IDENTITY_HEADER, IdentitySigner, subgraphNames, type Identity } from '@sprint-reports/core';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`bench/hive-gateway.config.ts needs ${name}`);
  return value;
}

const planner = process.env.BENCH_HIVE_PLANNER ?? 'rust';
if (planner !== 'rust' && planner !== 'js') throw new Error(`BENCH_HIVE_PLANNER must be rust or js, got "${planner}"`);
const identity = JSON.parse(required('BENCH_IDENTITY')) as Identity;
const signer = new IdentitySigner(required('INTERNAL_SECRET'));

export const gatewayConfig = defineConfig({
  ...(planner === 'rust' && { unifiedGraphHandler }),
  transportEntries: Object.fromEntries(
    subgraphNames.map((name) => [
      name,
      {
        location: required(`${name.toUpperCase()}_SUBGRAPH_URL`),
        // On by default, it keys on URL + body, not on the identity header set per call: two users'
        // identical queries would share the first one's answer. Our router does no such sharing.
        options: { deduplicateInflightRequests: false },
      },
    ]),
  ),
  // A fresh signature per subgraph call, as the router makes one (packages/core/src/identity.ts).
  propagateHeaders: { fromClientToSubgraphs: async () => ({ [IDENTITY_HEADER]: await signer.sign(identity) }) },
  graphiql: false,
  landingPage: false,
  logging: 'warn',
});
