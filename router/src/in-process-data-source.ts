import { execute, parse, type DocumentNode } from 'graphql';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { createSubgraphContext, TENANT_HEADER, type LocalSubgraph } from '@sprint-reports/core';
import type { RouterContext } from './context.ts';

/**
 * Executes a subgraph in this process (embedded mode) with the context its HTTP server would
 * build from the same headers, so both modes run the same resolvers the same way.
 */
export class InProcessDataSource implements GraphQLDataSource<RouterContext> {
  // The gateway sends a small set of query strings over and over: parse each once.
  private readonly documents = new Map<string, DocumentNode>();

  constructor(private readonly subgraph: LocalSubgraph) {}

  async process({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>): Promise<GatewayGraphQLResponse> {
    const query = request.query!;
    let document = this.documents.get(query);
    if (!document) {
      document = parse(query);
      if (this.documents.size > 1000) this.documents.clear();
      this.documents.set(query, document);
    }
    const headers: Record<string, string | undefined> = { [TENANT_HEADER]: 'tenantId' in context ? context.tenantId : undefined };
    const { module, db, log } = this.subgraph;
    const contextValue = createSubgraphContext(module, db, log, (name) => headers[name]);
    const result = await execute({ schema: module.schema, document, variableValues: request.variables, contextValue });
    return { data: result.data, errors: result.errors?.map((e) => e.toJSON()) } as GatewayGraphQLResponse;
  }
}
