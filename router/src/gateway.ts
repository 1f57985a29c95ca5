import './no-telemetry.ts';
import fs from 'node:fs';
import { GraphQLError } from 'graphql';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSource } from '@apollo/gateway';
import { IDENTITY_HEADER, type IdentitySigner, type LocalSubgraph, type SubgraphName } from '@sprint-reports/core';
import type { RouterContext } from './context.ts';
import { InProcessDataSource } from './in-process-data-source.ts';

export const supergraphPath = new URL('../../schema/supergraph.graphql', import.meta.url);

/** Forwards the router's verified identity, signed, to a subgraph running as its own process. */
class SubgraphHttpDataSource extends RemoteGraphQLDataSource<RouterContext> {
  signer!: IdentitySigner;

  override async willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<RouterContext>['willSendRequest']>>[0]) {
    // Health checks and the like carry no identity: they go unsigned and the subgraph refuses them.
    if ('identity' in context && context.identity) request.http?.headers.set(IDENTITY_HEADER, await this.signer.sign(context.identity));
  }
}

/** Whether a subgraph request's body is a mutation (the gateway sends one operation per fetch). */
function isMutation(body: unknown): boolean {
  try {
    return typeof body === 'string' && /^\s*mutation\b/.test((JSON.parse(body) as { query?: string }).query ?? '');
  } catch {
    return false;
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
            // A plain Error with a clear message: the timeout's DOMException has a read-only message,
            // which error-rewriting plugins (graphql-armor's) trip over.
            const what = err.name === 'TimeoutError' ? `The ${name} subgraph did not answer within ${timeoutMs} ms` : `The ${name} subgraph could not be reached: ${err.message}`;
            // A write that reached the subgraph may still commit there after we stop waiting: its
            // outcome is unknown, not failed (a refused connection never reached it).
            if (isMutation(init?.body) && (err.cause as { code?: string } | undefined)?.code !== 'ECONNREFUSED') {
              throw new GraphQLError(`${what}: the change may have been saved. Retry with the same idempotencyKey to get its result without saving it twice`, { extensions: { code: 'OUTCOME_UNKNOWN' } });
            }
            throw new Error(what);
          }) as ReturnType<NonNullable<RemoteGraphQLDataSource['fetcher']>>,
      }), { signer });
    },
  });
}
