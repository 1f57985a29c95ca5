import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { ANONYMOUS, executeInProcess, type LocalSubgraph } from '@sprint-reports/core';
import type { RouterContext } from './context.ts';

/** Lets the gateway call a subgraph that runs in this process (embedded mode) without HTTP. */
export class InProcessDataSource implements GraphQLDataSource<RouterContext> {
  constructor(private readonly subgraph: LocalSubgraph) {}

  async process({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>): Promise<GatewayGraphQLResponse> {
    const identity = 'identity' in context && context.identity ? context.identity : ANONYMOUS;
    const result = await executeInProcess(this.subgraph, identity, request.query!, request.variables);
    return { data: result.data, errors: result.errors?.map((e) => e.toJSON()) } as GatewayGraphQLResponse;
  }
}
