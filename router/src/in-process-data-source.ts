import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { executeInProcess, type LocalSubgraph } from '@sprint-reports/core';
import type { RouterContext } from './context.ts';

/** Lets the gateway call a subgraph that runs in this process (embedded mode) without HTTP. */
export class InProcessDataSource implements GraphQLDataSource<RouterContext> {
  constructor(private readonly subgraph: LocalSubgraph) {}

  async process({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>): Promise<GatewayGraphQLResponse> {
    const tenantId = 'tenantId' in context ? context.tenantId : undefined;
    const result = await executeInProcess(this.subgraph, tenantId, request.query!, request.variables);
    return { data: result.data, errors: result.errors?.map((e) => e.toJSON()) } as GatewayGraphQLResponse;
  }
}
