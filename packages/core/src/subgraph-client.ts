import { GraphQLError, execute, parse, type DocumentNode, type ExecutionResult } from 'graphql';
import type { SubgraphName } from './config.ts';
import { TENANT_HEADER } from './context.ts';
import type { Runtime } from './runtime.ts';
import { createSubgraphContext, type SubgraphModule } from './subgraph.ts';

/** A subgraph running in this process: its module and the process's runtime. */
export interface LocalSubgraph {
  module: SubgraphModule<unknown>;
  runtime: Runtime;
}

// The gateway and background jobs send a small set of query strings over and over: parse each once.
const documents = new Map<string, DocumentNode>();
function parseOnce(query: string): DocumentNode {
  let document = documents.get(query);
  if (!document) {
    if (documents.size >= 1000) documents.clear();
    documents.set(query, (document = parse(query)));
  }
  return document;
}

/**
 * Executes an operation on a subgraph in this process, with the context its HTTP server would
 * build from the same tenant header: both ways run the same resolvers the same way.
 */
export function executeInProcess(
  local: LocalSubgraph,
  tenantId: string | undefined,
  query: string,
  variables?: Record<string, unknown>,
): Promise<ExecutionResult> {
  const headers: Record<string, string | undefined> = { [TENANT_HEADER]: tenantId };
  const contextValue = createSubgraphContext(local.module, local.runtime, (h) => headers[h]);
  return Promise.resolve(execute({ schema: local.module.schema, document: parseOnce(query), variableValues: variables, contextValue }));
}

/**
 * Lets one subgraph's background work ask another subgraph for its entities (`_entities`),
 * in-process when both run here and over HTTP when they are separate processes. This is
 * how domains join data without SQL across schemas.
 */
export class SubgraphClient {
  constructor(
    private readonly local: Map<SubgraphName, LocalSubgraph>,
    private readonly urls: Partial<Record<SubgraphName, string>>,
  ) {}

  async execute<T>(name: SubgraphName, tenantId: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const local = this.local.get(name);
    let result: { data?: unknown; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };
    if (local) {
      result = await executeInProcess(local, tenantId, query, variables);
    } else {
      const url = this.urls[name];
      if (!url) throw new Error(`No URL for the ${name} subgraph: set ${name.toUpperCase()}_SUBGRAPH_URL`);
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TENANT_HEADER]: tenantId },
        body: JSON.stringify({ query, variables }),
      });
      if (!res.ok) throw new Error(`${name} subgraph answered HTTP ${res.status}`);
      result = (await res.json()) as typeof result;
    }
    // The first error's code travels on, so callers can answer a client with it.
    if (result.errors?.length) {
      throw new GraphQLError(`${name} subgraph: ${result.errors.map((e) => e.message).join('; ')}`, { extensions: { code: result.errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR' } });
    }
    return result.data as T;
  }
}
