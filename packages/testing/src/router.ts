import { loadConfig, type Config, type DatabaseHandle, type SubgraphName } from '@sprint-reports/core';
import { startEmbedded, type Embedded } from '@sprint-reports/router/src/embedded.ts';
import { testSecrets } from './subgraph.ts';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface TestRouter extends Embedded {
  url: string;
  /** POSTs an operation to the router, as a client would. */
  query<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
}

/** A real router on a free port over the given database, subgraphs in-process unless URLs are given. */
export async function startTestRouter(
  database: DatabaseHandle,
  opts: { tenantId?: string; subgraphUrls?: Partial<Record<SubgraphName, string>>; config?: Partial<Config> } = {},
): Promise<TestRouter> {
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' }), subgraphUrls: opts.subgraphUrls ?? {}, ...opts.config };
  const app = await startEmbedded(config, { database, seed: false, port: 0, host: '127.0.0.1', secrets: testSecrets(), defaultTenantId: opts.tenantId });
  const url = `http://127.0.0.1:${app.router.port}/graphql`;
  return {
    ...app,
    url,
    async query(query, variables = {}, headers = {}) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
      return (await res.json()) as GraphQLResponse;
    },
  };
}
