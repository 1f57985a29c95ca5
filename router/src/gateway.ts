import './no-telemetry.ts';
import fs from 'node:fs';
import { GraphQLError } from 'graphql';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSource } from '@apollo/gateway';
import {
  IDENTITY_HEADER,
  REQUEST_ID_HEADER,
  unconfirmedWrite,
  type IdentitySigner,
  type LocalSubgraph,
  type Logger,
  type SubgraphName,
} from '@sprint-reports/core';
import type { RouterContext } from './context.ts';
import { sendDistinctRepresentations } from './distinct-representations.ts';
import { InProcessDataSource } from './in-process-data-source.ts';
import { subgraphFailure } from './subgraph-failure.ts';

export const supergraphPath = new URL('../../schema/supergraph.graphql', import.meta.url);

type DidEncounterError = RemoteGraphQLDataSource<RouterContext>['didEncounterError'];

/** Forwards the router's verified identity, signed, to a subgraph running as its own process. */
class SubgraphHttpDataSource extends RemoteGraphQLDataSource<RouterContext> {
  name!: string;
  signer!: IdentitySigner;
  timeoutMs!: number;
  log?: Logger;

  override async willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<RouterContext>['willSendRequest']>>[0]) {
    // Health checks and the like carry no identity: they go unsigned and the subgraph refuses them.
    if ('identity' in context && context.identity) request.http?.headers.set(IDENTITY_HEADER, await this.signer.sign(context.identity));
    // The subgraph process logs under the router's request id.
    if ('requestId' in context && context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
  }

  /** Each distinct entity goes over the wire once per fetch, however often the answer mentions it. */
  override process(options: Parameters<RemoteGraphQLDataSource<RouterContext>['process']>[0]) {
    return sendDistinctRepresentations(options.request, (request) => super.process({ ...options, request }));
  }

  /**
   * A subgraph that is down or too slow costs only its own fields: the gateway keeps the rest of the
   * answer and reports this error, with a code and the subgraph's name (not INTERNAL_SERVER_ERROR).
   */
  override didEncounterError(...[error, _fetchRequest, response, _context, request]: Parameters<DidEncounterError>): void {
    const failure = subgraphFailure(this.name, error, response, this.timeoutMs);
    if (!failure) throw error;
    this.log?.warn(
      { subgraph: this.name, code: failure.extensions.code, err: error.message, cause: (error.cause as Error | undefined)?.message },
      failure.message,
    );
    throw writeOutcomeUnknown(failure, error, request?.query) ?? failure;
  }
}

/** A write the subgraph got but did not answer may still commit there (core's unconfirmedWrite). */
function writeOutcomeUnknown(failure: GraphQLError, error: Error, query: string | undefined): GraphQLError | null {
  if (!query || !/^\s*mutation\b/.test(query)) return null;
  return unconfirmedWrite(failure.message.split(':')[0], String(failure.extensions.subgraph), error);
}

/**
 * The gateway over the committed supergraph (no introspection at run time). Each subgraph is
 * served in-process when it runs here, else over HTTP at its configured URL.
 */
export function createGateway(
  local: Map<SubgraphName, LocalSubgraph>,
  urls: Partial<Record<SubgraphName, string>>,
  signer: IdentitySigner | null,
  timeoutMs = 10_000,
  log?: Logger,
) {
  return new ApolloGateway({
    supergraphSdl: fs.readFileSync(supergraphPath, 'utf8'),
    buildService({ name, url }): GraphQLDataSource<RouterContext> {
      const here = local.get(name as SubgraphName);
      if (here) return new InProcessDataSource(here);
      const target = urls[name as SubgraphName];
      if (!target) throw new Error(`The ${name} subgraph is neither in this process nor has ${name.toUpperCase()}_SUBGRAPH_URL set (supergraph says ${url})`);
      if (!signer) throw new Error(`The ${name} subgraph runs as its own process: set INTERNAL_SECRET (the same in the router and every subgraph)`);
      // A subgraph that hangs fails its part of the request instead of holding it (and the client) open.
      return Object.assign(
        new SubgraphHttpDataSource({
          url: target,
          fetcher: (input, init) =>
            fetch(input, { ...(init as RequestInit), signal: AbortSignal.timeout(timeoutMs) }) as unknown as ReturnType<
              NonNullable<RemoteGraphQLDataSource['fetcher']>
            >,
        }),
        { name, signer, timeoutMs, log },
      );
    },
  });
}
