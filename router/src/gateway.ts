import './no-telemetry.ts';
import fs from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSource } from '@apollo/gateway';
import { appError, IDENTITY_HEADER, REQUEST_ID_HEADER, type IdentitySigner, type LocalSubgraph, type SubgraphName } from '@sprint-reports/core';
import type { RouterContext } from './context.ts';
import { InProcessDataSource } from './in-process-data-source.ts';

export const supergraphPath = new URL('../../schema/supergraph.graphql', import.meta.url);

/** Forwards the router's verified identity, signed, to a subgraph running as its own process. */
class SubgraphHttpDataSource extends RemoteGraphQLDataSource<RouterContext> {
  signer!: IdentitySigner;

  override async willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<RouterContext>['willSendRequest']>>[0]) {
    // Health checks and the like carry no identity: they go unsigned and the subgraph refuses them.
    if ('identity' in context && context.identity) request.http?.headers.set(IDENTITY_HEADER, await this.signer.sign(context.identity));
    // The subgraph process logs under the router's request id.
    if ('requestId' in context && context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
  }
}

/**
 * The gateway over the committed supergraph (no introspection at run time). Each subgraph is
 * served in-process when it runs here, else over HTTP at its configured URL.
 */
export function createGateway(local: Map<SubgraphName, LocalSubgraph>, urls: Partial<Record<SubgraphName, string>>, signer: IdentitySigner | null, timeoutMs = 10_000) {
  return new ApolloGateway({
    supergraphSdl: fs.readFileSync(supergraphPath, 'utf8'),
    buildService({ name, url }): GraphQLDataSource<RouterContext> {
      const here = local.get(name as SubgraphName);
      if (here) return new InProcessDataSource(here);
      const target = urls[name as SubgraphName];
      if (!target) throw new Error(`The ${name} subgraph is neither in this process nor has ${name.toUpperCase()}_SUBGRAPH_URL set (supergraph says ${url})`);
      if (!signer) throw new Error(`The ${name} subgraph runs as its own process: set INTERNAL_SECRET (the same in the router and every subgraph)`);
      // A subgraph that hangs fails its part of the request instead of holding it (and the client) open.
      return Object.assign(new SubgraphHttpDataSource({
        url: target,
        fetcher: (input, init) =>
          fetch(input, { ...(init as RequestInit), signal: AbortSignal.timeout(timeoutMs) }).catch((err: Error) => {
            // Our own clear message, coded so clients see it (client-errors.ts): the timeout's
            // DOMException has a read-only message, which error-rewriting plugins (graphql-armor's) trip over.
            throw appError('INTERNAL_SERVER_ERROR', err.name === 'TimeoutError' ? `The ${name} subgraph did not answer within ${timeoutMs} ms` : `The ${name} subgraph could not be reached: ${err.message}`);
          }) as ReturnType<NonNullable<RemoteGraphQLDataSource['fetcher']>>,
      }), { signer });
    },
  });
}
