import './no-telemetry.ts';
import fs from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSource } from '@apollo/gateway';
import { TENANT_HEADER, type LocalSubgraph, type SubgraphName } from '@sprint-reports/core';
import type { RouterContext } from './context.ts';
import { InProcessDataSource } from './in-process-data-source.ts';

export const supergraphPath = new URL('../../schema/supergraph.graphql', import.meta.url);

/** Forwards the router's verified request identity to a subgraph running as its own process. */
class SubgraphHttpDataSource extends RemoteGraphQLDataSource<RouterContext> {
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<RouterContext>['willSendRequest']>>[0]) {
    if ('tenantId' in context && context.tenantId) request.http?.headers.set(TENANT_HEADER, context.tenantId);
  }
}

/**
 * The gateway over the committed supergraph (no introspection at run time). Each subgraph is
 * served in-process when it runs here, else over HTTP at its configured URL.
 */
export function createGateway(local: Map<SubgraphName, LocalSubgraph>, urls: Partial<Record<SubgraphName, string>>) {
  return new ApolloGateway({
    supergraphSdl: fs.readFileSync(supergraphPath, 'utf8'),
    buildService({ name, url }): GraphQLDataSource<RouterContext> {
      const here = local.get(name as SubgraphName);
      if (here) return new InProcessDataSource(here);
      const target = urls[name as SubgraphName];
      if (!target) throw new Error(`The ${name} subgraph is neither in this process nor has ${name.toUpperCase()}_SUBGRAPH_URL set (supergraph says ${url})`);
      return new SubgraphHttpDataSource({ url: target });
    },
  });
}
