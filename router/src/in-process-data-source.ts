import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { ANONYMOUS, executeInProcess, type LocalSubgraph } from '@sprint-reports/core';
import type { RouterContext } from './context.ts';
import { sendDistinctRepresentations } from './distinct-representations.ts';

/** Lets the gateway call a subgraph that runs in this process (embedded mode) without HTTP. */
export class InProcessDataSource implements GraphQLDataSource<RouterContext> {
  constructor(private readonly subgraph: LocalSubgraph) {}

  process({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>): Promise<GatewayGraphQLResponse> {
    const identity = 'identity' in context && context.identity ? context.identity : ANONYMOUS;
    // Each distinct entity is resolved once per fetch, however often the answer mentions it.
    return sendDistinctRepresentations(request, async ({ query, variables }) => {
      const result = await executeInProcess(this.subgraph, identity, query!, variables);
      return { data: result.data, errors: result.errors?.map((e) => e.toJSON()) } as GatewayGraphQLResponse;
    });
  }
}
