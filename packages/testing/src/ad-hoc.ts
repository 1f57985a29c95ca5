import { parseOnce, type InternalOperation } from '@sprint-reports/core';

/**
 * An operation a test or a benchmark writes as text, for SubgraphClient: parsed, typed as the caller
 * says, and checked against no schema. Product code calls other subgraphs only with the typed
 * documents generated from its src/remote/<callee>.graphql.
 */
export const adHoc = <R = any>(query: string) => parseOnce(query) as InternalOperation<R, Record<string, unknown>>;
